package com.weeklygraphql.content.parse;

import java.util.Locale;

/**
 * Decides whether a markdown file is a newsletter issue: its title starts with "SOFA Weekly" or its
 * categories name it, however the words are spaced or cased. Titles such as "Special Weekly | ..." are
 * issues by their category; issues filed under "SOFAStack" are issues by their title.
 */
final class IssueRecognizer {

    private static final String MARK = "sofaweekly";

    private IssueRecognizer() {
    }

    static boolean isIssue(FrontMatter frontMatter) {
        if (frontMatter.title() != null && squash(frontMatter.title()).startsWith(MARK)) {
            return true;
        }
        return frontMatter.categories().stream().anyMatch(category -> squash(category).equals(MARK));
    }

    /** Lower case without any whitespace (including full-width and non-breaking spaces). */
    private static String squash(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
