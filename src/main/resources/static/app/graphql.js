// The page's only data path: the public GraphQL API, as GET so browsers and CDNs can cache the answers.

export class GraphQlError extends Error {}

// The service read the request and answered with errors: its messages say what to change.
export class RefusedError extends GraphQlError {}

export async function query(document, variables = {}) {
  const url = '/graphql?query=' + encodeURIComponent(document)
    + '&variables=' + encodeURIComponent(JSON.stringify(variables));
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
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
