package com.weeklygraphql.content.index;

/**
 * Field names of the content index. Three sorts of document share it: one per content file ({@link #FILE}),
 * one per path the history has seen ({@link #HISTORY}), and one per served item ({@link #KIND}).
 */
final class IndexFields {

    // Files: every markdown file of the served tree, with its parse result.
    /** The file's path; the key of its document. */
    static final String FILE = "file";
    /** The slug a file claims: the issue it parsed into, or the one it still serves after a bad edit. */
    static final String CLAIM = "claim";
    static final String STORED_ISSUE = "issue_bytes";
    static final String STORED_TEXT = "body_text";
    /**
     * A file's problems, encoded, on files that have some: a doc value, so that a restart reads them alone instead
     * of decompressing every such file's stored parse around them.
     */
    static final String PROBLEMS = "problems";
    static final String STORED_BLOB = "blob";
    /** The blob the stored issue was parsed from: the file's own, or for a file that now fails, its last good one. */
    static final String SOURCE_BLOB = "source_blob";
    /** Present on a file that fails to parse and still serves its last good issue. */
    static final String FALLBACK = "fallback";

    // History: when each path was first and last committed; kept for deleted paths too, as git keeps them.
    static final String HISTORY = "history";
    static final String PUBLISHED = "published";
    static final String UPDATED = "updated";

    // Items: what lists, filters and search ask for.
    static final String KIND = "kind";
    /** The item's id (an issue's slug); also its last sort key, so that the order is total. */
    static final String ID = "id";
    /** The path of the file that serves the item's issue, as a term: an issue's items are replaced together. */
    static final String OF = "of";
    /**
     * Where the item's issue comes from: the serving path and the blob it was parsed from, one binary doc value
     * ({@link ItemSource}), read for every item a page shows. A binary value is read as stored; a sorted one's
     * terms block is decompressed at every read, which at 100,000 issues made each listed item cost more than the
     * query that found it.
     */
    static final String SOURCE = "source";
    /** The item's position in its issue's list of its kind. */
    static final String ORDINAL = "ordinal";
    static final String TAG = "tag";
    static final String PROJECT = "project";
    /** Project names not in the catalogue, as written, on issues: what {@code projects} lists besides the catalogue. */
    static final String OTHER_PROJECT = "other_project";
    /** A release's project, as served: releases are grouped by it for cadences. */
    static final String RELEASE_PROJECT = "release_project";
    /** The date filters compare with, as an epoch day. */
    static final String DAY = "day";
    /** Orders items of the same day, in epoch milliseconds. */
    static final String INSTANT = "instant";

    private IndexFields() {
    }
}
