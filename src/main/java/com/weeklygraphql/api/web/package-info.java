/**
 * Plain HTTP beside GraphQL: the push webhook that triggers a sync, cacheable {@code GET /graphql}, answers kept
 * and gzipped, the request size limit, GraphQL-shaped refusals of requests {@code /graphql} cannot read, the disk-space health of the
 * data dir, and the routes of the page for people.
 */
package com.weeklygraphql.api.web;
