import { archive } from './archive.js';
import { issuePage } from './issue.js';
import { projectList, projectPage } from './project.js';
import { showProblem } from './dom.js';

// Each view is its own address, so links, the back button and bookmarks work as on any site:
// /  (?tag=&project=&year=&after=|before=)   /issues/<slug>   /projects   /projects/<name>
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
    } else {
      await archive(new URLSearchParams(window.location.search));
    }
    document.body.dataset.ready = 'true';
  } catch (e) {
    showProblem(e.message);
    document.body.dataset.ready = 'error';
  }
}

route();
