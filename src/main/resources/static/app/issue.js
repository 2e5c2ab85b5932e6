import { query } from './graphql.js';
import { tableOfContents } from './contents.js';
import { el, externalLink, linkList, pageLink, projectPath, show, time } from './dom.js';

const ISSUE = `query IssuePage($slug: String!) {
  issue(slug: $slug) {
    slug title date author description readingMinutes tags html
    headings { level text anchor }
    projects { name }
    questions { id kind asker question answer followUps { question answer } project { name } url }
    releases { id project { name } version changes notesUrl }
    events { id title kind date startsAt signupUrl description projects { name } }
  }
}`;

// One issue: its table of contents and its HTML as the server renders it, then what was extracted from it, as
// lists. The page's own ids hold a '.', which no heading anchor of the HTML can (letters, digits, '-' and '_'
// only), and an extracted item's id is its API id (base64, with capitals, which anchors never have), so a link
// to #anchor always finds the heading, and a search hit's link finds its item.
export async function issuePage(slug) {
  const { issue } = await query(ISSUE, { slug });
  if (!issue) {
    document.title = 'No such issue · Weekly archive';
    show(el('h1', {}, 'No such issue'), el('p', {}, 'The archive has no issue “' + slug + '”. ', pageLink('/', 'See every issue.')));
    return;
  }
  document.title = issue.title + ' · Weekly archive';
  const body = el('div', { class: 'issue-body', lang: 'zh-Hans' });
  // The only HTML the page inserts: rendered by the server, which escapes any raw HTML in the source.
  body.innerHTML = issue.html;
  show(
    el('nav', { class: 'breadcrumbs', 'aria-label': 'Breadcrumbs' }, pageLink('/', 'Issues'), ' › ',
      el('span', { 'aria-current': 'page', lang: 'zh-Hans' }, issue.title)),
    el('article', { class: 'issue' },
      el('header', {},
        el('h1', { lang: 'zh-Hans' }, issue.title),
        el('p', { class: 'meta' }, time(issue.date), issue.author ? ' · ' + issue.author : '', ' · ', issue.readingMinutes + ' min read'),
        linkList('Projects', issue.projects, (project) => pageLink(projectPath(project.name), project.name)),
        linkList('Tags', issue.tags, (tag) => pageLink('/?tag=' + encodeURIComponent(tag), '#' + tag, { class: 'tag' }))),
      tableOfContents(issue.headings),
      body),
    releases(issue.releases),
    questions(issue.questions),
    events(issue.events),
  );
}

function section(name, title, count, content) {
  return el('section', { class: 'extracted', 'aria-labelledby': 'page.' + name, id: 'page.' + name + '-section' },
    el('h2', { id: 'page.' + name }, title + ' ', el('span', { class: 'count' }, '(' + count + ')')),
    content);
}

function releases(list) {
  if (!list.length) return null;
  return section('releases', 'Releases', list.length, el('ul', { class: 'release-list' }, list.map((release) =>
    el('li', { class: 'release', id: release.id },
      el('h3', {}, pageLink(projectPath(release.project.name), release.project.name), ' ', release.version),
      release.changes.length ? el('ul', { class: 'changes', lang: 'zh-Hans' }, release.changes.map((change) => el('li', {}, change))) : null,
      release.notesUrl ? el('p', {}, externalLink(release.notesUrl, 'Release notes')) : null))));
}

function questions(list) {
  if (!list.length) return null;
  return section('questions', 'Questions', list.length, el('ol', { class: 'question-list' }, list.map((thread) =>
    el('li', { class: 'question', id: thread.id },
      el('p', { class: 'asker' }, thread.asker ? '@' + thread.asker + ' asked' : 'A reader asked',
        thread.project ? [' about ', pageLink(projectPath(thread.project.name), thread.project.name)] : null,
        thread.kind === 'GITHUB_ISSUE' ? ' (GitHub issue)' : null),
      el('blockquote', { lang: 'zh-Hans' }, thread.question),
      thread.answer ? el('p', { class: 'answer', lang: 'zh-Hans' }, el('strong', {}, 'A: '), thread.answer) : null,
      thread.followUps.map((round) => [
        el('blockquote', { lang: 'zh-Hans' }, round.question),
        round.answer ? el('p', { class: 'answer', lang: 'zh-Hans' }, el('strong', {}, 'A: '), round.answer) : null]),
      thread.url ? el('p', {}, externalLink(thread.url, thread.url)) : null))));
}

function events(list) {
  if (!list.length) return null;
  return section('events', 'Events', list.length, el('ul', { class: 'event-list' }, list.map((event) =>
    el('li', { class: 'event', id: event.id },
      el('h3', { lang: 'zh-Hans' }, event.title),
      el('p', { class: 'meta' }, eventKindName(event.kind),
        event.startsAt ? [' · ', time(event.startsAt, event.startsAt.replace('T', ' ').slice(0, 16))]
          : event.date ? [' · ', time(event.date)] : null,
        event.projects.length ? [' · ', event.projects.map((project, i) =>
          [i ? ', ' : '', pageLink(projectPath(project.name), project.name)])] : null),
      event.description ? el('p', { lang: 'zh-Hans' }, event.description) : null,
      event.signupUrl ? el('p', {}, externalLink(event.signupUrl, 'Sign up')) : null))));
}

export function eventKindName(kind) {
  return {
    LIVE_STREAM: 'Live stream', MEETUP: 'Meetup', COMMUNITY_MEETING: 'Community meeting', CONFERENCE: 'Conference',
  }[kind] || 'Event';
}
