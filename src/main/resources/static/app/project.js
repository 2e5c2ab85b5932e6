import { query } from './graphql.js';
import { cadenceChart } from './chart.js';
import { el, externalLink, issuePath, pageLink, projectPath, show, time } from './dom.js';

const PROJECT = `query ProjectPage($name: String!) {
  project(name: $name) {
    name aliases repository
    cadence { releases first last medianDaysBetween }
    releases { id version date changes notesUrl issue { slug title } }
  }
}`;

const CADENCE = `query ProjectCadence($name: String!) {
  releaseCadence(project: $name, interval: QUARTER) { start releases }
}`;

const PROJECTS = `query Projects { projects { name aliases cadence { releases last } } }`;

// A project: its releases per quarter as a chart (gaps shown), then every release with its changes.
export async function projectPage(name) {
  const { project } = await query(PROJECT, { name });
  if (!project) {
    document.title = 'No such project · Weekly archive';
    show(el('h1', {}, 'No such project'),
      el('p', {}, 'No project is called “' + name + '”. ', pageLink('/projects', 'See every project.')));
    return;
  }
  const buckets = project.releases.length ? (await query(CADENCE, { name: project.name })).releaseCadence : [];
  document.title = project.name + ' · Weekly archive';
  const csv = '/export/releases.csv?project=' + encodeURIComponent(project.name);
  show(
    el('nav', { class: 'breadcrumbs', 'aria-label': 'Breadcrumbs' }, pageLink('/projects', 'Projects'), ' › ',
      el('span', { 'aria-current': 'page' }, project.name)),
    el('h1', {}, project.name),
    el('dl', { class: 'facts' },
      project.aliases.length ? [el('dt', {}, 'Also written'), el('dd', {}, project.aliases.join(', '))] : null,
      project.repository ? [el('dt', {}, 'Repository'), el('dd', {}, externalLink(project.repository, project.repository))] : null,
      el('dt', {}, 'Releases announced'), el('dd', {}, String(project.cadence.releases)),
      project.cadence.first ? [el('dt', {}, 'First and last'),
        el('dd', {}, time(project.cadence.first), ' – ', time(project.cadence.last))] : null,
      project.cadence.medianDaysBetween ? [el('dt', {}, 'Median days between releases'),
        el('dd', {}, String(Math.round(project.cadence.medianDaysBetween)))] : null),
    el('p', {}, pageLink('/?project=' + encodeURIComponent(project.name), 'Issues about ' + project.name),
      ' · ', el('a', { href: csv, download: '' }, 'Releases as CSV'),
      ' (', el('a', { href: csv + '&bom=true', download: '' }, 'for Excel'), ')'),
    buckets.length ? cadenceChart(project.name, buckets) : el('p', {}, 'The newsletter announced no release of this project.'),
    project.releases.length ? el('section', { 'aria-labelledby': 'releases' },
      el('h2', { id: 'releases' }, 'Releases'),
      el('ol', { class: 'release-list' }, project.releases.map(release))) : null,
  );
}

function release(item) {
  return el('li', { class: 'release' },
    el('h3', {}, item.version, ' ', el('span', { class: 'meta' }, time(item.date))),
    item.changes.length ? el('ul', { class: 'changes', lang: 'zh-Hans' }, item.changes.map((change) => el('li', {}, change))) : null,
    el('p', { class: 'meta' }, 'Announced in ', pageLink(issuePath(item.issue.slug), item.issue.title, { lang: 'zh-Hans' }),
      item.notesUrl ? [' · ', externalLink(item.notesUrl, 'Release notes')] : null));
}

// Every project, the ones with releases first, so the page leads with what has a history to show.
export async function projectList() {
  const { projects } = await query(PROJECTS);
  document.title = 'Projects · Weekly archive';
  const sorted = [...projects].sort((a, b) => b.cadence.releases - a.cadence.releases);
  show(
    el('h1', {}, 'Projects'),
    el('p', { class: 'summary' }, projects.length + ' projects named in the archive; the number of releases it announced.'),
    el('ul', { class: 'project-list' }, sorted.map((project) => el('li', {},
      pageLink(projectPath(project.name), project.name),
      ' ', el('span', { class: 'meta' }, project.cadence.releases === 1 ? '1 release' : project.cadence.releases + ' releases')))),
  );
}
