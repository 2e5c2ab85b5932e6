// The page's only data path: the public GraphQL API, as GET so browsers and CDNs can cache the answers.

export class GraphQlError extends Error {}

// The service read the request and answered with errors: its messages say what to change.
export class RefusedError extends GraphQlError {}

// Set once the archive moved on while the page was open: answers the browser kept for a while (Cache-Control) are
// checked again (their ETags name the commit they came from), so no view shows the archive as it was.
let revalidate = false;

export function archiveMoved() {
  revalidate = true;
}

export async function query(document, variables = {}) {
  const url = '/graphql?query=' + encodeURIComponent(document)
    + '&variables=' + encodeURIComponent(JSON.stringify(variables));
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, cache: revalidate ? 'no-cache' : 'default' });
  } catch (e) {
    throw new GraphQlError('The service cannot be reached: ' + e.message);
  }
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new GraphQlError('The service answered ' + response.status + ' without a GraphQL answer.');
  }
  if (body.errors && body.errors.length) {
    // Several fields of one request can fail for one reason (an unreadable search query): say it once.
    throw new RefusedError([...new Set(body.errors.map((error) => error.message))].join('; '));
  }
  return body.data;
}

// A subscription as the browser's own EventSource reads it: a GET of /graphql with Accept: text/event-stream, one
// `next` event per result; the browser reconnects by itself when the connection drops.
export function subscribe(document, onData) {
  const source = new EventSource('/graphql?query=' + encodeURIComponent(document));
  source.addEventListener('next', (event) => {
    const body = JSON.parse(event.data);
    if (body.errors && body.errors.length) {
      // Refused (the service has all the subscribers it takes): an EventSource would ask again and again.
      source.close();
    } else if (body.data) {
      onData(body.data);
    }
  });
  return source;
}
