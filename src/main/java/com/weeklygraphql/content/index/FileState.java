package com.weeklygraphql.content.index;

import com.weeklygraphql.content.model.ContentProblem;
import java.util.List;

/**
 * What the index keeps of one markdown file of the served tree.
 *
 * @param blob the 40-hex id of the file's content at the served commit
 * @param issue the issue the file claims to serve: its own parse, or, when {@code fallback}, the last good issue
 *     it served before an edit it cannot be read in; null for files that are no issue
 * @param fallback the file cannot be read in this commit and still serves its last good issue
 * @param problems what parsing the file's current content found
 */
public record FileState(String path, String blob, ServedIssue issue, boolean fallback, List<ContentProblem> problems) {

    public FileState {
        problems = List.copyOf(problems);
    }

    /** The slug the file claims, or null. */
    public String claim() {
        return issue == null ? null : issue.slug();
    }

    /** The same file giving up its last good issue: what is left is a file that cannot be read. */
    public FileState withoutFallback() {
        return fallback ? new FileState(path, blob, null, false, problems) : this;
    }
}
