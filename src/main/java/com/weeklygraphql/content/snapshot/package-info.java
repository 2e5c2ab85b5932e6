/**
 * The immutable snapshot of one commit: issues in date order, the entities extracted from them, and the
 * indexes that filtering needs. A snapshot is built aside and published by an atomic swap, so a query that
 * holds one sees a single commit from start to end.
 */
package com.weeklygraphql.content.snapshot;
