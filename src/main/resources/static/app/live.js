import { archiveMoved, subscribe } from './graphql.js';
import { el } from './dom.js';

const UPDATES = 'subscription { contentUpdated { added changed removed } }';

// Tells a reader when the archive changes under the open page, and shows the new state when asked (not by itself:
// the page must not move under someone reading it).
export function watchForUpdates(showLatest) {
  if (!('EventSource' in window)) {
    return;
  }
  const changes = { added: 0, changed: 0, removed: 0 };
  const onUpdate = ({ contentUpdated }) => {
    for (const kind of Object.keys(changes)) {
      changes[kind] += contentUpdated[kind].length;
    }
    archiveMoved();
    const region = document.getElementById('updates');
    const button = el('button', { type: 'button' }, 'Show the latest');
    button.addEventListener('click', () => {
      region.replaceChildren();
      for (const kind of Object.keys(changes)) {
        changes[kind] = 0;
      }
      showLatest();
    });
    region.replaceChildren(el('p', {}, 'The archive has changed since this page was loaded (' + summary(changes) + '). ',
      button));
  };
  // Closed when the page is left, so that it holds none of the browser's few connections to this site (six per
  // host over HTTP/1.1) and can be kept in the back-forward cache; opened again when it is shown from there.
  let source = subscribe(UPDATES, onUpdate);
  window.addEventListener('pagehide', () => {
    source.close();
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) {
      source = subscribe(UPDATES, onUpdate);
    }
  });
}

function summary({ added, changed, removed }) {
  const parts = [];
  if (added) parts.push(added + (added === 1 ? ' new issue' : ' new issues'));
  if (changed) parts.push(changed + (changed === 1 ? ' issue updated' : ' issues updated'));
  if (removed) parts.push(removed + (removed === 1 ? ' issue removed' : ' issues removed'));
  return parts.length ? parts.join(', ') : 'its catalogue or settings';
}
