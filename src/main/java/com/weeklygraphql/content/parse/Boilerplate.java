package com.weeklygraphql.content.parse;

import java.util.List;
import java.util.Locale;

/**
 * Recognises the text every issue repeats: the weekly banner, the SOFAStack description, the website
 * and GitHub link lines, the "ask us" invitations and the QR-code footer. None of it is content; the
 * excerpt and the section splitter skip it.
 */
final class Boilerplate {

    private static final List<String> MARKERS = List.of(
            "scalable open financial architecture",
            "sofa weekly",
            "sofaweekly",
            "筛选每周精华问答",
            "同步开源进展",
            "欢迎留言互动",
            "欢迎大家向公众号留言",
            "欢迎大家在 github 提交 issue",
            "欢迎大家在github提交issue",
            "我们会筛选",
            "扫码关注",
            "本周各项目回复 issue 共计");
    /** Words that mark boilerplate only in a short line: "SOFAStack 官网: https://...", not an answer. */
    private static final List<String> SHORT_LINE_MARKERS = List.of("官网");
    private static final int SHORT_LINE = 60;
    private static final List<String> INVITATIONS = List.of("欢迎大家向公众号留言", "欢迎大家在 github 提交 issue",
            "欢迎大家在github提交issue", "我们会筛选", "的形式回复", "本周各项目回复 issue 共计", "sofa weekly");

    private Boilerplate() {
    }

    /** Whether a paragraph's plain text is part of the boilerplate. */
    static boolean isBoilerplate(String plainText) {
        for (String line : plainText.split("\n")) {
            String text = stripLeadingMarks(PlainText.collapse(line).toLowerCase(Locale.ROOT));
            if (text.isEmpty()) {
                continue;
            }
            if (MARKERS.stream().anyMatch(text::contains)) {
                return true;
            }
            boolean shortLine = text.length() <= SHORT_LINE && SHORT_LINE_MARKERS.stream().anyMatch(text::contains);
            // "SOFAStack: https://github.com/sofastack" and the like: a name and a link, nothing else
            boolean linkLine = text.startsWith("sofastack") && text.length() < 80 && text.contains("http");
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
     */
    static boolean isQaInvitation(String line) {
        String text = PlainText.collapse(line).toLowerCase(Locale.ROOT);
        return INVITATIONS.stream().anyMatch(text::contains);
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
