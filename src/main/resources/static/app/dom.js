// Elements built from data: text always goes in as text, never as HTML.

export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

// A link to a page of this site; every path segment is encoded.
export function pageLink(path, text, attributes = {}) {
  return el('a', { ...attributes, href: path }, text);
}

export function issuePath(slug) {
  return '/issues/' + encodeURIComponent(slug);
}

export function projectPath(name) {
  return '/projects/' + encodeURIComponent(name);
}

// A link out of the site, only for http(s) URLs: content cannot smuggle in javascript: or data: links.
export function externalLink(url, text) {
  const safe = safeUrl(url);
  if (!safe) {
    return document.createTextNode(text || '');
  }
  return el('a', { href: safe, rel: 'noopener noreferrer external' }, text || safe);
}

export function safeUrl(url) {
  try {
    const parsed = new URL(url, window.location.origin);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

export function time(dateText, shown) {
  return el('time', { datetime: dateText }, shown || dateText.slice(0, 10));
}

export function show(...children) {
  const main = document.getElementById('main');
  main.replaceChildren(...children.flat().filter(Boolean));
  main.setAttribute('aria-busy', 'false');
}

export function showProblem(message) {
  show(el('h1', {}, 'Something went wrong'), el('p', { class: 'problem', role: 'alert' }, message),
    el('p', {}, pageLink('/', 'Back to the issues')));
}

// A list of links joined as "a · b · c", in a <ul> so a screen reader announces how many there are.
export function linkList(label, items, toLink) {
  if (!items.length) {
    return null;
  }
  return el('ul', { class: 'inline-list', 'aria-label': label }, items.map((item) => el('li', {}, toLink(item))));
}
