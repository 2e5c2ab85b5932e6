/**
 * When and how the served snapshot follows the repository: fetch, load the new commit (re-parsing only
 * blobs the parse cache has not seen), publish; one sync at a time, requests coalesced, failures backed off
 * and reported while the last good snapshot keeps serving.
 */
package com.weeklygraphql.content.sync;
