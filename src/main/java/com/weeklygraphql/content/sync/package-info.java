/**
 * When and how the served snapshot follows the repository: fetch, load the new commit (re-parsing only
 * blobs the parse cache has not seen, moving the file history forward by the new commits only), publish;
 * one sync at a time, requests coalesced, failures reported, retried with backoff and healed by themselves
 * while the last good snapshot keeps serving. Metrics for all of it in {@link com.weeklygraphql.content.sync.ContentMetrics}.
 */
package com.weeklygraphql.content.sync;
