package com.weeklygraphql.content.parse;

/**
 * Estimated reading time of mixed Chinese and English text: about 400 Chinese characters or 200 English
 * words a minute, never less than one minute.
 */
final class ReadingTime {

    private static final double HAN_PER_MINUTE = 400;
    private static final double WORDS_PER_MINUTE = 200;

    private ReadingTime() {
    }

    static int minutes(String plainText) {
        int han = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < plainText.length(); ) {
            int cp = plainText.codePointAt(i);
            i += Character.charCount(cp);
            if (isHan(cp)) {
                han++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else {
                inWord = false;
            }
        }
        double minutes = han / HAN_PER_MINUTE + words / WORDS_PER_MINUTE;
        return Math.max(1, (int) Math.ceil(minutes));
    }

    /** CJK ideographs: the common block first, as it holds nearly every character of the newsletter. */
    private static boolean isHan(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF
                || cp >= 0x3400 && cp <= 0x4DBF
                || cp >= 0x20000 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
