import { archive } from './archive.js';
import { issuePage } from './issue.js';
import { watchForUpdates } from './live.js';
import { projectList, projectPage } from './project.js';
import { search } from './search.js';
import { showProblem } from './dom.js';

// Each view is its own address, so links, the back button and bookmarks work as on any site:
// /  (?tag=&project=&year=&after=|before=)   /issues/<slug>   /projects   /projects/<name>   /search?q=(&kind=&after=)
async function route() {
  const path = window.location.pathname;
  const issue = path.match(/^\/issues\/([^/]+)\/?$/);
  const project = path.match(/^\/projects\/([^/]+)\/?$/);
  document.getElementById('main').setAttribute('aria-busy', 'true');
  try {
    if (issue) {
      await issuePage(decodeURIComponent(issue[1]));
    } else if (project) {
      await projectPage(decodeURIComponent(project[1]));
    } else if (/^\/projects\/?$/.test(path)) {
      await projectList();
    } else if (/^\/search\/?$/.test(path)) {
      await search(new URLSearchParams(window.location.search));
    } else {
      await archive(new URLSearchParams(window.location.search));
    }
    revealFragment();
    document.body.dataset.ready = 'true';
  } catch (e) {
    showProblem(e.message);
    document.body.dataset.ready = 'error';
  }
}

// The browser looks for the #fragment when the page loads, before the view is built: look again once it is.
// The target gets focus, so the keyboard carries on from there.
function revealFragment() {
  let id;
  try {
    id = decodeURIComponent(window.location.hash.slice(1));
  } catch (e) {
    return;
  }
  const target = id && document.getElementById(id);
  if (!target) {
    return;
  }
  target.classList.add('targeted');
  if (!target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
  }
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

// A link within the page (the contents) moves the target: the one marked on arrival is no longer it.
window.addEventListener('hashchange', () => {
  for (const element of document.querySelectorAll('.targeted')) {
    element.classList.remove('targeted');
  }
});

route();
watchForUpdates(route);
