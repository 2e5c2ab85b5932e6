package com.weeklygraphql.content.index;

import com.weeklygraphql.content.model.Issue;

/**
 * An issue as the index serves it: the parse, the file it was read from, and the plain text of its body.
 *
 * @param path the file that serves it
 * @param blob the 40-hex id of the blob the issue was parsed from; its markdown is read back from there
 */
public record ServedIssue(Issue issue, String path, String blob, String bodyText) {

    public String slug() {
        return issue.slug();
    }
}
