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
            "官网",
            "欢迎大家向公众号留言",
            "欢迎大家在 github 提交 issue",
            "欢迎大家在github提交issue",
            "我们会筛选",
            "扫码关注",
            "本周各项目回复 issue 共计");

    private Boilerplate() {
    }

    /** Whether a paragraph's plain text is part of the boilerplate. */
    static boolean isBoilerplate(String plainText) {
        String text = stripLeadingMarks(PlainText.collapse(plainText).toLowerCase(Locale.ROOT));
        if (text.isEmpty()) {
            return true;
        }
        for (String marker : MARKERS) {
            if (text.contains(marker)) {
                return true;
            }
        }
        // "SOFAStack: https://github.com/sofastack" and the like: a name and a link, nothing else
        return text.startsWith("sofastack") && text.length() < 80 && text.contains("http");
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
