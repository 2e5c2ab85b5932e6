package com.weeklygraphql.content.parse;

/** Small text checks the extractors share, written out rather than as regular expressions on hot paths. */
final class Texts {

    private Texts() {
    }

    /** Ends with a full- or half-width colon: a label ("主要变更如下：", "Layotto：") rather than content. */
    static boolean endsWithColon(String text) {
        String stripped = text.stripTrailing();
        return stripped.endsWith("：") || stripped.endsWith(":");
    }

    /** Without trailing colons and whitespace. */
    static String stripTrailingColons(String text) {
        int end = text.length();
        while (end > 0) {
            char c = text.charAt(end - 1);
            if (c == '：' || c == ':' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                end--;
            } else {
                break;
            }
        }
        return text.substring(0, end).strip();
    }
}
