package com.weeklygraphql.content.parse;

import java.util.Locale;

/**
 * Recognises the text every issue repeats, from the profile's words: the banner, the community's description,
 * the website and repository link lines, the "ask us" invitations and the QR-code footer. None of it is
 * content; the excerpt and the section splitter skip it.
 */
final class Boilerplate {

    private static final int SHORT_LINE = 60;

    private Boilerplate() {
    }

    /** Whether a paragraph's plain text is part of the boilerplate. */
    static boolean isBoilerplate(String plainText, NewsletterProfile profile) {
        NewsletterProfile.Words words = profile.boilerplate;
        for (String line : plainText.split("\n")) {
            String text = stripLeadingMarks(PlainText.collapse(line).toLowerCase(Locale.ROOT));
            if (text.isEmpty()) {
                continue;
            }
            if (words.anyIn(text, "markers")) {
                return true;
            }
            boolean shortLine = text.length() <= SHORT_LINE && words.anyIn(text, "shortLineMarkers");
            // "SOFAStack: https://github.com/sofastack" and the like: the umbrella's name and a link, nothing else
            boolean linkLine = profile.umbrella() != null && text.startsWith(profile.umbrella()) && text.length() < 80
                    && text.contains("http");
            if (!shortLine && !linkLine) {
                return false;
            }
        }
        // every line is boilerplate, or there is no text at all (an image)
        return true;
    }

    /**
     * The invitation under a Q&A heading ("欢迎大家向公众号留言提问...", "我们会筛选重点问题通过 SOFA WEEKLY
     * 的形式回复"): narrower than {@link #isBoilerplate}, since an answer may well mention the website.
     *
     * @param line one line of text, its whitespace collapsed
     */
    static boolean isQaInvitation(String line, NewsletterProfile profile) {
        return profile.boilerplate.anyIn(line.toLowerCase(Locale.ROOT), "invitations");
    }

    /** Drops stray emphasis markers that CommonMark left as text ({@code **SOFAStack: **https://...}). */
    private static String stripLeadingMarks(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == '*' || text.charAt(i) == '_' || text.charAt(i) == ' ')) {
            i++;
        }
        return text.substring(i);
    }
}
