package com.weeklygraphql.content.git;

import java.time.Instant;

/**
 * A commit of the content repository as a client sees it.
 *
 * @param id the full 40-hex id
 * @param committedAt the committer time
 * @param message the first line of its message
 */
public record CommitInfo(String id, Instant committedAt, String author, String message) {
}
