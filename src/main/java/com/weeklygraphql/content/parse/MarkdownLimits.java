package com.weeklygraphql.content.parse;

/**
 * Refuses markdown that no newsletter needs and that would make flexmark slow or overflow its stack,
 * before flexmark sees it. Measured on flexmark 0.64.8:
 * <ul>
 * <li>it walks and renders the tree recursively: 5,000 nested quotes overflow the stack, and 20,000
 *     nested list items take tens of seconds;
 * <li>inline parsing copies the rest of the paragraph for every successful match (a link destination,
 *     an entity, an autolink or inline HTML), so its cost grows with matches × paragraph length: one
 *     paragraph of 2,000 entities takes about 24 s.
 * </ul>
 * The limits are far above real issues: the sample nests a few levels and its worst file scores 31,223
 * on the inline measure, against a limit of 2,000,000.
 */
final class MarkdownLimits {

    /** Quotes and list items nested in one another on one line ("> > - 1. x"). */
    static final int MAX_CONTAINER_DEPTH = 32;
    /** A run of emphasis markers ("***...") opens one emphasis per pair. */
    static final int MAX_EMPHASIS_RUN = 64;
    /** Sum over paragraphs of (inline matches × paragraph length): what inline parsing will cost. */
    static final long MAX_INLINE_COST = 2_000_000;

    private MarkdownLimits() {
    }

    static void check(String text, int firstLine) throws UnreadableContentException {
        // one copy, then plain array reads: String.charAt checks bounds and encoding on every call
        char[] markdown = text.toCharArray();
        int line = firstLine;
        int run = 0;
        int lineStart = 0;
        boolean inFence = false;
        long paragraphLength = 0;
        long paragraphMatches = 0;
        long inlineCost = 0;
        int paragraphLine = firstLine;
        for (int i = 0; i <= markdown.length; i++) {
            char c = i < markdown.length ? markdown[i] : '\n';
            if (c == '\n') {
                if (containerDepth(markdown, lineStart, i) > MAX_CONTAINER_DEPTH) {
                    throw new UnreadableContentException("markdown nests quotes or lists more than "
                            + MAX_CONTAINER_DEPTH + " deep", line);
                }
                boolean fence = isFence(markdown, lineStart, i);
                boolean blank = isBlank(markdown, lineStart, i);
                if (fence || blank || inFence) {
                    // the end of a paragraph: code is not inline-parsed
                    inlineCost += paragraphLength * paragraphMatches;
                    paragraphLength = 0;
                    paragraphMatches = 0;
                    paragraphLine = line + 1;
                } else {
                    paragraphLength += i - lineStart + 1;
                    paragraphMatches += inlineMatches(markdown, lineStart, i);
                }
                if (inlineCost + paragraphLength * paragraphMatches > MAX_INLINE_COST) {
                    throw new UnreadableContentException("markdown has too many links, entities or tags in long"
                            + " paragraphs to be parsed in reasonable time", paragraphLine);
                }
                inFence = fence != inFence;
                line++;
                lineStart = i + 1;
            }
            run = c == '*' || c == '_' ? run + 1 : 0;
            if (run > MAX_EMPHASIS_RUN) {
                throw new UnreadableContentException("markdown has a run of more than " + MAX_EMPHASIS_RUN
                        + " emphasis markers", line);
            }
        }
    }

    private static boolean isFence(char[] text, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(text[i])) {
            i++;
        }
        return i + 3 <= end && (text[i] == '`' && text[i + 1] == '`' && text[i + 2] == '`'
                || text[i] == '~' && text[i + 1] == '~' && text[i + 2] == '~');
    }

    private static boolean isBlank(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text[i])) {
                return false;
            }
        }
        return true;
    }

    /** Places where inline parsing will match: "](", "<", and "&" starting an entity. */
    private static int inlineMatches(char[] text, int start, int end) {
        int matches = 0;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c == '<' || c == ']' && i + 1 < end && text[i + 1] == '(') {
                matches++;
            } else if (c == '&' && i + 1 < end && (text[i + 1] == '#'
                    || Character.isLetterOrDigit(text[i + 1]))) {
                matches++;
            }
        }
        return matches;
    }

    /**
     * How many quote and list markers open the line, one after another, counting the indentation before
     * a list marker as the nesting it expresses (two spaces a level).
     */
    private static int containerDepth(char[] text, int start, int end) {
        int depth = 0;
        int i = start;
        int indent = 0;
        while (i < end && (text[i] == ' ' || text[i] == '\t')) {
            indent += text[i] == '\t' ? 4 : 1;
            i++;
        }
        if (i < end && "-*+0123456789".indexOf(text[i]) >= 0) {
            depth += indent / 2;
        }
        while (i < end) {
            while (i < end && (text[i] == ' ' || text[i] == '\t')) {
                i++;
            }
            if (i >= end) {
                break;
            }
            char c = text[i];
            if (c == '>') {
                depth++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && text[i + 1] == ' ') {
                depth++;
                i += 2;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < end && j - i < 9 && Character.isDigit(text[j])) {
                    j++;
                }
                if (j < end && (text[j] == '.' || text[j] == ')') && j + 1 < end
                        && text[j + 1] == ' ') {
                    depth++;
                    i = j + 2;
                } else {
                    break;
                }
            } else {
                break;
            }
            if (depth > MAX_CONTAINER_DEPTH) {
                return depth;
            }
        }
        return depth;
    }
}
