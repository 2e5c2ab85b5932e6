// The page's only data path: the public GraphQL API, as GET so browsers and CDNs can cache the answers.

export class GraphQlError extends Error {}

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
    throw new GraphQlError(body.errors.map((error) => error.message).join('; '));
  }
  return body.data;
}
