/**
 * The GraphQL API: field-shaped controllers over the served snapshot, pagination, scalars and errors.
 * Every request reads one snapshot, fixed when the request starts ({@link com.weeklygraphql.api.graphql.SnapshotPerRequest}).
 */
package com.weeklygraphql.api.graphql;
