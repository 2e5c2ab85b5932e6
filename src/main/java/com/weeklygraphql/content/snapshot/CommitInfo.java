package com.weeklygraphql.content.snapshot;

import java.time.Instant;

/**
 * The commit a snapshot serves.
 *
 * @param commit the full 40-hex id
 * @param committedAt when the commit was made
 * @param syncedAt when the snapshot was published
 */
public record CommitInfo(String commit, String branch, Instant committedAt, Instant syncedAt) {
}
