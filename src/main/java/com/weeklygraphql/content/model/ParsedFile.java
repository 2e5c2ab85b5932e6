package com.weeklygraphql.content.model;

import java.util.List;

/**
 * What the parser made of one markdown file: an issue (possibly with problems in some sections),
 * nothing (an ordinary post), or only problems (a file that could not be read).
 *
 * @param issue the issue, or null when the file is not one or could not be read
 * @param bodyText the issue body as plain text (what a reader sees, without markdown syntax), for the
 *     search index; null when there is no issue
 */
public record ParsedFile(Issue issue, String bodyText, List<ContentProblem> problems) {

    public ParsedFile {
        problems = List.copyOf(problems);
    }

    public static ParsedFile of(Issue issue, String bodyText, List<ContentProblem> problems) {
        return new ParsedFile(issue, bodyText, problems);
    }

    public static ParsedFile notAnIssue() {
        return new ParsedFile(null, null, List.of());
    }

    public static ParsedFile failed(ContentProblem problem) {
        return new ParsedFile(null, null, List.of(problem));
    }

    public boolean isIssue() {
        return issue != null;
    }
}
