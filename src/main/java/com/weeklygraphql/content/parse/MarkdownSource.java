package com.weeklygraphql.content.parse;

/**
 * A markdown file split into its YAML front matter and its body.
 *
 * @param yaml the front matter text between the fences, null when the file has none
 * @param yamlFirstLine the 1-based line of the file on which the front matter text starts
 * @param body the markdown after the closing fence (the whole text when there is no front matter)
 * @param bodyFirstLine the 1-based line of the file on which the body starts, so that problems found
 *        in the body can name the line a person sees in the file
 */
record MarkdownSource(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    /**
     * Splits at the {@code ---} fences. Leading blank lines before the opening fence are tolerated.
     *
     * @throws UnreadableContentException when a front matter is opened but never closed, or is TOML
     */
    static MarkdownSource split(String text) throws UnreadableContentException {
        int pos = 0;
        int line = 1;
        // skip blank lines before the fence
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            if (!text.substring(pos, end).isBlank()) {
                break;
            }
            pos = next(text, end);
            line++;
        }
        int openEnd = lineEnd(text, pos);
        String opening = text.substring(pos, openEnd).strip();
        if (opening.equals("+++")) {
            throw new UnreadableContentException("TOML front matter (+++) is not supported", line);
        }
        if (!opening.equals("---")) {
            return new MarkdownSource(null, 0, text, 1);
        }
        int yamlStart = next(text, openEnd);
        int cursor = yamlStart;
        int cursorLine = line + 1;
        while (cursor < text.length()) {
            int end = lineEnd(text, cursor);
            String candidate = text.substring(cursor, end).strip();
            if (candidate.equals("---") || candidate.equals("...")) {
                String yaml = text.substring(yamlStart, cursor);
                int bodyStart = next(text, end);
                return new MarkdownSource(yaml, line + 1, text.substring(bodyStart), cursorLine + 1);
            }
            cursor = next(text, end);
            cursorLine++;
        }
        throw new UnreadableContentException("front matter is opened with --- but never closed", line);
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static int next(String text, int lineEnd) {
        return Math.min(text.length(), lineEnd + 1);
    }
}
