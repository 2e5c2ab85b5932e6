import { query } from './graphql.js';
import { el, issuePath, linkList, pageLink, projectPath, show, time } from './dom.js';

const PAGE_SIZE = 20;

const ARCHIVE = `query Archive($filter: ContentFilter, $first: Int, $after: String, $last: Int, $before: String) {
  issues(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { node { slug title date excerpt readingMinutes tags projects { name } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
  projects { name }
  newest: issues(first: 1) { edges { node { date } } }
  oldest: issues(first: 1, order: OLDEST_FIRST) { edges { node { date } } }
}`;

// The archive, newest first: filters by tag, project and year, twenty issues a page.
export async function archive(params) {
  const chosen = {
    tag: params.get('tag') || '',
    project: params.get('project') || '',
    year: params.get('year') || '',
  };
  const filter = {};
  if (chosen.tag) filter.tags = [chosen.tag];
  if (chosen.project) filter.projects = [chosen.project];
  if (/^\d{4}$/.test(chosen.year)) {
    filter.from = chosen.year + '-01-01';
    filter.to = chosen.year + '-12-31';
  }
  const variables = { filter };
  if (params.get('before')) {
    variables.last = PAGE_SIZE;
    variables.before = params.get('before');
  } else {
    variables.first = PAGE_SIZE;
    variables.after = params.get('after');
  }
  const data = await query(ARCHIVE, variables);
  const issues = data.issues.edges.map((edge) => edge.node);
  document.title = 'Issues · Weekly archive';
  show(
    el('h1', {}, 'Issues'),
    filterForm(chosen, data, issues),
    el('p', { class: 'summary', role: 'status' }, summary(data.issues.totalCount, chosen)),
    issues.length ? el('ol', { class: 'issue-list' }, issues.map(issueCard)) : el('p', {}, 'No issue matches these filters.'),
    pager(params, data.issues.pageInfo),
  );
}

function summary(count, chosen) {
  let text = count + (count === 1 ? ' issue' : ' issues');
  if (chosen.tag) text += ' tagged “' + chosen.tag + '”';
  if (chosen.project) text += ' about ' + chosen.project;
  if (chosen.year) text += ' in ' + chosen.year;
  return text + ', newest first';
}

function filterForm(chosen, data, issues) {
  const years = yearsBetween(data.oldest.edges[0], data.newest.edges[0]);
  const tagsSeen = [...new Set(issues.flatMap((issue) => issue.tags))].sort();
  const form = el('form', { class: 'filters', action: '/', method: 'get', 'aria-label': 'Filter the issues' },
    field('Tag', el('input', { id: 'filter-tag', name: 'tag', type: 'text', value: chosen.tag, list: 'tags-seen', autocomplete: 'off' })),
    el('datalist', { id: 'tags-seen' }, tagsSeen.map((tag) => el('option', { value: tag }))),
    field('Project', select('filter-project', 'project', chosen.project, 'Any project', data.projects.map((project) => project.name))),
    field('Year', select('filter-year', 'year', chosen.year, 'Any year', years)),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Filter'), ' ', pageLink('/', 'Clear filters')),
  );
  // Empty fields stay out of the URL, so a filtered page has a short address to share.
  form.addEventListener('submit', () => {
    for (const input of form.querySelectorAll('input, select')) {
      if (!input.value) input.disabled = true;
    }
  });
  return form;
}

function field(label, control) {
  return el('div', { class: 'field' }, el('label', { for: control.id }, label), control);
}

function select(id, name, value, anyLabel, options) {
  return el('select', { id, name },
    el('option', { value: '' }, anyLabel),
    options.map((option) => el('option', { value: option, selected: String(option) === value }, option)));
}

function yearsBetween(oldest, newest) {
  if (!oldest || !newest) return [];
  const years = [];
  for (let year = Number(newest.node.date.slice(0, 4)); year >= Number(oldest.node.date.slice(0, 4)); year--) {
    years.push(String(year));
  }
  return years;
}

function issueCard(issue) {
  return el('li', {},
    el('article', { class: 'issue-card' },
      el('h2', {}, pageLink(issuePath(issue.slug), issue.title, { lang: 'zh-Hans' })),
      el('p', { class: 'meta' }, time(issue.date), ' · ', issue.readingMinutes + ' min read'),
      issue.excerpt ? el('p', { class: 'excerpt', lang: 'zh-Hans' }, issue.excerpt) : null,
      linkList('Projects', issue.projects, (project) => pageLink(projectPath(project.name), project.name)),
      linkList('Tags', issue.tags, (tag) => pageLink('/?tag=' + encodeURIComponent(tag), '#' + tag, { class: 'tag' })),
    ));
}

function pager(params, pageInfo) {
  const links = [];
  if (pageInfo.hasPreviousPage && pageInfo.startCursor) {
    links.push(pageLink(withCursor(params, 'before', pageInfo.startCursor), '← Newer issues', { rel: 'prev' }));
  }
  if (pageInfo.hasNextPage && pageInfo.endCursor) {
    links.push(pageLink(withCursor(params, 'after', pageInfo.endCursor), 'Older issues →', { rel: 'next' }));
  }
  return links.length ? el('nav', { class: 'pager', 'aria-label': 'Pages' }, links) : null;
}

function withCursor(params, name, cursor) {
  const next = new URLSearchParams(params);
  next.delete('after');
  next.delete('before');
  next.set(name, cursor);
  return '/?' + next.toString();
}
