package com.weeklygraphql.content.search;

/**
 * "Case-insensitive substring", exactly as the {@code text} filter has always meant it:
 * {@link String#regionMatches(boolean, int, String, int, int)} with {@code ignoreCase}. For text without
 * surrogate pairs that is equality of {@code toLowerCase(toUpperCase(c))} character by character, so both
 * sides are folded that way once and compared with {@link String#indexOf}; text with surrogate pairs, whose
 * case mapping regionMatches does by code point, takes regionMatches itself.
 */
final class CaseInsensitiveNeedle {

    private final String needle;
    private final String folded;
    private final boolean surrogates;

    CaseInsensitiveNeedle(String needle) {
        this.needle = needle;
        this.folded = fold(needle);
        this.surrogates = hasSurrogates(needle);
    }

    boolean foundIn(String text) {
        if (text == null || text.length() < needle.length()) {
            return false;
        }
        if (surrogates || hasSurrogates(text)) {
            return regionMatchesAnywhere(text);
        }
        return fold(text).contains(folded);
    }

    private boolean regionMatchesAnywhere(String text) {
        int last = text.length() - needle.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }

    /** The character regionMatches treats every case variant of {@code c} as. */
    static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static String fold(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(text.charAt(i));
        }
        return new String(chars);
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return needle;
    }
}
