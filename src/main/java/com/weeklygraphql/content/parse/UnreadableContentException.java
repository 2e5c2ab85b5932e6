package com.weeklygraphql.content.parse;

/**
 * A file that cannot be read at all (not UTF-8, binary, front matter that is not YAML). Internal to the
 * parser: {@link IssueParser} turns it into a problem, it never leaves the package.
 */
final class UnreadableContentException extends Exception {

    private final int line;

    UnreadableContentException(String message) {
        this(message, 0);
    }

    UnreadableContentException(String message, int line) {
        super(message, null, false, false);
        this.line = line;
    }

    /** 1-based line of the problem, 0 for the whole file. */
    int line() {
        return line;
    }
}
