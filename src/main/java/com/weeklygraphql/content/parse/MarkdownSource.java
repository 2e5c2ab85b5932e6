package com.weeklygraphql.content.parse;

/**
 * A markdown file split into its front matter and its body, the way Hugo splits a page: YAML between
 * {@code ---} lines, TOML between {@code +++} lines, or a JSON object opening the file.
 *
 * @param format how the front matter is written; {@link Format#NONE} when there is none
 * @param frontMatter the front matter text (for JSON, the object with its braces), null when there is none
 * @param frontMatterFirstLine the 1-based line of the file on which the front matter text starts
 * @param body the markdown after the front matter (the whole text when there is none)
 * @param bodyFirstLine the 1-based line of the file on which the body starts, so that problems found in the body
 *     name the line a person sees in the file
 */
record MarkdownSource(Format format, String frontMatter, int frontMatterFirstLine, String body, int bodyFirstLine) {

    /** The front matter formats Hugo reads. */
    enum Format {
        NONE, YAML, TOML, JSON
    }

    /**
     * Splits a file. Leading blank lines before the front matter are tolerated.
     *
     * @throws UnreadableContentException when a front matter is opened but never closed
     */
    static MarkdownSource split(String text) throws UnreadableContentException {
        int pos = 0;
        int line = 1;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            if (!isBlank(text, pos, end)) {
                break;
            }
            pos = next(text, end);
            line++;
        }
        int openEnd = lineEnd(text, pos);
        String opening = text.substring(pos, openEnd).strip();
        if (opening.equals("---")) {
            return fenced(text, pos, line, Format.YAML, "---", "...");
        }
        if (opening.equals("+++")) {
            return fenced(text, pos, line, Format.TOML, "+++", null);
        }
        if (opening.startsWith("{") && !opening.startsWith("{{")) {
            // "{{< shortcode >}}" opening a body is not JSON
            return json(text, pos, line);
        }
        return new MarkdownSource(Format.NONE, null, 0, text, 1);
    }

    private static MarkdownSource fenced(String text, int pos, int line, Format format, String fence, String alternative)
            throws UnreadableContentException {
        int start = next(text, lineEnd(text, pos));
        int cursor = start;
        int cursorLine = line + 1;
        while (cursor < text.length()) {
            int end = lineEnd(text, cursor);
            String candidate = text.substring(cursor, end).strip();
            if (candidate.equals(fence) || candidate.equals(alternative)) {
                return new MarkdownSource(format, text.substring(start, cursor), line + 1, text.substring(next(text, end)),
                        cursorLine + 1);
            }
            cursor = next(text, end);
            cursorLine++;
        }
        throw new UnreadableContentException("front matter is opened with " + fence + " but never closed", line);
    }

    /** A JSON object from its opening brace to the brace that closes it, strings and escapes respected. */
    private static MarkdownSource json(String text, int pos, int line) throws UnreadableContentException {
        int depth = 0;
        boolean inString = false;
        int lines = 0;
        for (int i = pos; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines++;
            }
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                int end = lineEnd(text, i + 1);
                return new MarkdownSource(Format.JSON, text.substring(pos, i + 1), line, text.substring(next(text, end)),
                        line + lines + 1);
            }
        }
        throw new UnreadableContentException("JSON front matter is opened with { but never closed", line);
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static int next(String text, int lineEnd) {
        return Math.min(text.length(), lineEnd + 1);
    }
}
