import { el } from './dom.js';

// An issue's table of contents from its headings (Issue.headings), nested as an outline: each entry goes under
// the nearest heading before it of a higher rank (a smaller level), or at the top when there is none, so levels
// may skip (### then #####) or start deep. Each links to #anchor, the id the heading has in the HTML.
export function tableOfContents(headings) {
  if (!headings.length) {
    return null;
  }
  const top = el('ol');
  const above = [];
  for (const heading of headings) {
    while (above.length && above[above.length - 1].level >= heading.level) {
      above.pop();
    }
    const parent = above[above.length - 1];
    const entry = el('li', {}, el('a', { href: '#' + encodeURIComponent(heading.anchor) }, heading.text));
    if (parent) {
      parent.list = parent.list || parent.entry.appendChild(el('ol'));
      parent.list.append(entry);
    } else {
      top.append(entry);
    }
    above.push({ level: heading.level, entry, list: null });
  }
  return el('nav', { class: 'contents', 'aria-labelledby': 'page.contents', lang: 'zh-Hans' },
    el('h2', { id: 'page.contents', lang: 'en' }, 'Contents'), top);
}
