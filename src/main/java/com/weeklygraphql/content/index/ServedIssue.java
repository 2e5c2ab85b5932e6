package com.weeklygraphql.content.index;

import com.weeklygraphql.content.model.Issue;
import java.util.Objects;

/**
 * An issue as the index serves it: the parse, the file it was read from, and the plain text of its body. Its
 * encoded form is made once, however many documents store it.
 */
public final class ServedIssue {

    private final Issue issue;
    private final String path;
    private final String blob;
    private final String bodyText;
    private volatile byte[] encoded;

    /**
     * @param path the file that serves it
     * @param blob the 40-hex id of the blob the issue was parsed from; its markdown is read back from there
     */
    public ServedIssue(Issue issue, String path, String blob, String bodyText) {
        this.issue = Objects.requireNonNull(issue, "issue");
        this.path = path;
        this.blob = blob;
        this.bodyText = bodyText;
    }

    public Issue issue() {
        return issue;
    }

    public String path() {
        return path;
    }

    public String blob() {
        return blob;
    }

    public String bodyText() {
        return bodyText;
    }

    public String slug() {
        return issue.slug();
    }

    /** The issue as the index stores it. */
    byte[] encoded() {
        byte[] bytes = encoded;
        if (bytes == null) {
            bytes = IssueCodec.issue(issue);
            encoded = bytes;
        }
        return bytes;
    }
}
