import { query, RefusedError } from './graphql.js';
import { el, externalLink, issuePath, pageLink, show, time } from './dom.js';
import { eventKindName } from './issue.js';

const PAGE_SIZE = 20;

// The kinds a person can narrow to, as written in the address (?kind=question) and as the API names them.
const KINDS = [
  { param: 'issue', kind: 'ISSUE', label: 'Issues' },
  { param: 'question', kind: 'QUESTION', label: 'Questions' },
  { param: 'release', kind: 'RELEASE', label: 'Releases' },
  { param: 'event', kind: 'EVENT', label: 'Events' },
  { param: 'reading', kind: 'READING', label: 'Readings' },
];

const ISSUE_OF_HIT = 'issue { slug title date }';

// One request: the page of hits, and how many items of each kind match (first: 0 asks for the count alone).
// An event's date is a Date, an issue's a DateTime: one name in one selection cannot be both, hence `day`.
const SEARCH = `query Search($query: String!, $kinds: [SearchKind!], $after: String) {
  search(query: $query, kinds: $kinds, first: ${PAGE_SIZE}, after: $after) {
    totalCount
    edges {
      highlights
      node {
        __typename
        ... on Issue { slug title date }
        ... on Question { id question asker ${ISSUE_OF_HIT} }
        ... on Release { id version project { name } ${ISSUE_OF_HIT} }
        ... on Event { id title kind day: date ${ISSUE_OF_HIT} }
        ... on Reading { id title url series ${ISSUE_OF_HIT} }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
  ${KINDS.map((kind) => `${kind.param}: search(query: $query, kinds: [${kind.kind}], first: 0) { totalCount }`).join('\n  ')}
}`;

// Search results for /search?q=…(&kind=…)(&after=…): ranked hits of every kind, each with the server's snippets.
export async function search(params) {
  const text = params.get('q') || '';
  const chosen = KINDS.find((kind) => kind.param === params.get('kind')) || null;
  const after = params.get('after');
  document.getElementById('search-q').value = text;
  if (!text.trim()) {
    document.title = 'Search · Weekly archive';
    show(el('h1', {}, 'Search'), el('p', {}, 'Type what you are looking for in the search box above.'), syntaxHelp(true));
    return;
  }
  document.title = 'Search: ' + text + ' · Weekly archive';
  let data;
  try {
    data = await query(SEARCH, { query: text, kinds: chosen ? [chosen.kind] : null, after });
  } catch (e) {
    if (!(e instanceof RefusedError)) {
      throw e;
    }
    // The service's own words: they say what to change in the query, which is still in the box to edit.
    show(heading(text),
      el('p', { class: 'problem', role: 'alert' }, e.message),
      syntaxHelp(true));
    return;
  }
  const counts = KINDS.map((kind) => ({ ...kind, count: data[kind.param].totalCount }));
  const hits = data.search.edges;
  show(
    heading(text),
    kindFilter(text, chosen, counts),
    el('p', { class: 'summary', role: 'status' }, summary(data.search.totalCount, chosen, after)),
    hits.length ? el('ol', { class: 'hit-list' }, hits.map(hit))
      : el('p', {}, after ? 'No more results.' : 'Nothing matches. Every word has to match: try fewer words, or other ones.'),
    pager(params, after, data.search.pageInfo),
    syntaxHelp(!hits.length),
  );
}

function heading(text) {
  return el('h1', {}, 'Search: ', el('q', { lang: 'zh-Hans' }, text));
}

function summary(count, chosen, after) {
  let text = count + (count === 1 ? ' result' : ' results');
  if (chosen) text += ' among the ' + chosen.label.toLowerCase();
  return text + (after ? ', best first (continued)' : ', best first');
}

// Links narrowing the hits to one kind, each with how many match; a kind without hits is not a link.
function kindFilter(text, chosen, counts) {
  const all = counts.reduce((sum, kind) => sum + kind.count, 0);
  const option = (kind, label, count) => {
    const current = (kind && chosen && kind.param === chosen.param) || (!kind && !chosen);
    const words = [label + ' ', el('span', { class: 'count' }, '(' + count + ')')];
    if (!count && !current) {
      return el('li', {}, el('span', { class: 'none' }, words));
    }
    return el('li', {}, pageLink(searchPath(text, kind ? kind.param : null), words, current ? { 'aria-current': 'page' } : {}));
  };
  return el('nav', { class: 'kind-filter', 'aria-label': 'Kinds of results' },
    el('ul', {}, option(null, 'All', all), counts.map((kind) => option(kind, kind.label, kind.count))));
}

function hit(edge) {
  const node = edge.node;
  const shape = HIT_SHAPES[node.__typename](node);
  return el('li', { class: 'hit', 'data-kind': node.__typename },
    el('article', {},
      el('h2', {}, pageLink(shape.href, shape.title, { lang: 'zh-Hans' })),
      el('p', { class: 'meta' }, el('span', { class: 'kind' }, shape.kind), shape.meta),
      edge.highlights.map((highlight) => el('p', { class: 'snippet', lang: 'zh-Hans' }, snippet(highlight)))));
}

// Per kind: the hit's title, where it leads (an item listed on its issue's page leads to its place there, by
// the id the issue page gives it) and what says where it comes from.
const HIT_SHAPES = {
  Issue: (issue) => ({ kind: 'Issue', title: issue.title, href: issuePath(issue.slug), meta: [' · ', time(issue.date)] }),
  Question: (question) => ({
    kind: question.asker ? 'Question from @' + question.asker : 'Question',
    title: shorten(question.question),
    href: placeInIssue(question),
    meta: inIssue(question.issue),
  }),
  Release: (release) => ({
    kind: 'Release',
    title: release.project.name + ' ' + release.version,
    href: placeInIssue(release),
    meta: inIssue(release.issue),
  }),
  Event: (event) => ({
    kind: eventKindName(event.kind),
    title: event.title,
    href: placeInIssue(event),
    meta: [event.day ? [' on ', time(event.day)] : null, inIssue(event.issue)],
  }),
  // Readings are links inside the issue's text, not listed apart: the hit leads to the issue and to the article.
  Reading: (reading) => ({
    kind: 'Reading',
    title: reading.title,
    href: issuePath(reading.issue.slug),
    meta: [reading.series ? [' · ', el('span', { lang: 'zh-Hans' }, reading.series)] : null, inIssue(reading.issue),
      articleLink(reading.url)],
  }),
};

function placeInIssue(item) {
  return issuePath(item.issue.slug) + '#' + encodeURIComponent(item.id);
}

function inIssue(issue) {
  return [' · in ', pageLink(issuePath(issue.slug), issue.title, { lang: 'zh-Hans' }), ' · ', time(issue.date)];
}

// Only a full http(s) address leads out: the newsletter also links its own site's pages by path, which this
// site does not serve.
function articleLink(url) {
  return /^https?:\/\//i.test(url) ? [' · ', externalLink(url, 'read the article')] : null;
}

// A question can run to paragraphs; its first words name it, the snippets show where it matched.
function shorten(text) {
  const characters = Array.from(text.replace(/\s+/g, ' ').trim());
  return characters.length <= 120 ? characters.join('') : characters.slice(0, 120).join('') + '…';
}

// A snippet is text the server HTML-escaped, with the matches in <mark>. Parsed in an inert <template> (no
// script runs, nothing loads), only its text and its <mark>s are kept: an element the server had failed to
// escape would come out as its bare text, never as an element.
function snippet(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) =>
    node.nodeName === 'MARK' ? el('mark', {}, node.textContent) : document.createTextNode(node.textContent));
}

function pager(params, after, pageInfo) {
  const links = [];
  if (after) {
    const first = new URLSearchParams(params);
    first.delete('after');
    links.push(pageLink('/search?' + first.toString(), '← Best results', { rel: 'first' }));
  }
  if (pageInfo.hasNextPage && pageInfo.endCursor) {
    const next = new URLSearchParams(params);
    next.set('after', pageInfo.endCursor);
    links.push(pageLink('/search?' + next.toString(), 'More results →', { rel: 'next' }));
  }
  return links.length ? el('nav', { class: 'pager', 'aria-label': 'Pages' }, links) : null;
}

function searchPath(text, kind) {
  const params = new URLSearchParams({ q: text });
  if (kind) params.set('kind', kind);
  return '/search?' + params.toString();
}

function syntaxHelp(open) {
  return el('details', { class: 'syntax', open },
    el('summary', {}, 'How to search'),
    el('ul', {},
      el('li', {}, el('code', {}, 'seata 事务'), ': every word must match; Chinese needs no spaces'),
      el('li', {}, el('code', {}, '"社区会议"'), ': these words in this order'),
      el('li', {}, el('code', {}, '-RheaKV'), ': leave out what has this word'),
      el('li', {}, el('code', {}, 'jraft OR mosn'), ': either word'),
      el('li', {}, 'A project is found by any of its names (', el('code', {}, 'jraft'), ' finds SOFAJRaft); a version as written (',
        el('code', {}, '1.3.8'), ').')));
}
