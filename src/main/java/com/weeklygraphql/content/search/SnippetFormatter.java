package com.weeklygraphql.content.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Cuts each passage the highlighter picked down to a short snippet: the line of its first match, at most
 * {@link #MAX_CHARS} characters starting a little before that match, with "…" where it was cut. Matches are
 * wrapped in {@code <mark>}; everything else, matches included, is HTML-escaped, so a snippet can be put
 * into a page as it is. Formats to a {@code List<String>}, one snippet per passage.
 */
final class SnippetFormatter extends PassageFormatter {

    static final int MAX_CHARS = 160;
    /** Characters of context kept before the first match, when the line is longer than a snippet. */
    static final int CONTEXT_BEFORE = 40;
    static final String ELLIPSIS = "…";

    @Override
    public Object format(Passage[] passages, String content) {
        List<String> snippets = new ArrayList<>(passages.length);
        for (Passage passage : passages) {
            if (passage.getNumMatches() > 0) {
                snippets.add(snippet(passage, content));
            }
        }
        return snippets;
    }

    private static String snippet(Passage passage, String content) {
        int firstStart = passage.getMatchStarts()[0];
        int firstEnd = passage.getMatchEnds()[0];
        int lineStart = Math.max(passage.getStartOffset(), lineStartBefore(content, firstStart));
        int lineEnd = Math.min(passage.getEndOffset(), lineEndAfter(content, firstEnd));
        int from = Math.max(lineStart, firstStart - CONTEXT_BEFORE);
        int to = Math.max(Math.min(lineEnd, from + MAX_CHARS), Math.min(firstEnd, lineEnd));
        StringBuilder out = new StringBuilder(MAX_CHARS + 64);
        if (from > lineStart) {
            out.append(ELLIPSIS);
        }
        int at = from;
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int start = Math.max(passage.getMatchStarts()[i], at);
            int end = passage.getMatchEnds()[i];
            // overlapping matches (the bigrams of one phrase) become one mark
            while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] <= end) {
                end = Math.max(end, passage.getMatchEnds()[++i]);
            }
            end = Math.min(end, to);
            if (start >= end) {
                continue;
            }
            appendEscaped(out, content, at, start);
            out.append("<mark>");
            appendEscaped(out, content, start, end);
            out.append("</mark>");
            at = end;
        }
        appendEscaped(out, content, at, to);
        if (to < lineEnd) {
            out.append(ELLIPSIS);
        }
        return out.toString().strip();
    }

    private static int lineStartBefore(String content, int offset) {
        int i = offset;
        while (i > 0 && !isLineBreak(content.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int lineEndAfter(String content, int offset) {
        int i = offset;
        while (i < content.length() && !isLineBreak(content.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** HTML-escapes text, with every run of white space (no-break spaces too: indented code) as one space. */
    private static void appendEscaped(StringBuilder out, String content, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                        if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
                            out.append(' ');
                        }
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
