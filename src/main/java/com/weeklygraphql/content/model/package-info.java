/**
 * The newsletter archive as immutable data: issues and the entities extracted from them.
 * These records are what the parser produces and what the API serves; they know nothing of Git or GraphQL.
 */
package com.weeklygraphql.content.model;
