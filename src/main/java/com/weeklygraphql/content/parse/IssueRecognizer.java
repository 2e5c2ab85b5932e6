package com.weeklygraphql.content.parse;

import java.util.List;
import java.util.Locale;

/**
 * Decides whether a markdown file is a newsletter issue: its title starts with one of the profile's issue marks
 * ("SOFA Weekly") or one of its categories is one, however the words are spaced or cased. Titles such as "Special
 * Weekly | ..." are issues by their category; issues filed under "SOFAStack" are issues by their title.
 */
final class IssueRecognizer {

    private IssueRecognizer() {
    }

    static boolean isIssue(FrontMatter frontMatter, NewsletterProfile profile) {
        List<String> marks = profile.issueMarks().stream().map(IssueRecognizer::squash).toList();
        if (frontMatter.title() != null) {
            String title = squash(frontMatter.title());
            if (marks.stream().anyMatch(title::startsWith)) {
                return true;
            }
        }
        return frontMatter.categories().stream().map(IssueRecognizer::squash).anyMatch(marks::contains);
    }

    /** Lower case without any whitespace (including full-width and non-breaking spaces). */
    static String squash(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
