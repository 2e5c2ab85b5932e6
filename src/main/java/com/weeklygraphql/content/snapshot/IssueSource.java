package com.weeklygraphql.content.snapshot;

/**
 * Where a served issue was read from: its git blob, from which its markdown is read back on demand.
 *
 * @param blob the 40-hex id of the blob
 */
public record IssueSource(String blob) {
}
