package com.weeklygraphql.content.parse;

import java.util.Locale;

/**
 * Tells what a section holds from the words of its heading, as the profile lists them. The headings drifted over
 * the years ("每周读者问答提炼", "本周读者问答提炼", "QA 整理"; "SOFA 项目进展", "MOSN 本周发布"), so the rules look
 * for key words rather than whole headings. The order of the checks matters: a heading naming a reading series
 * ("SOFAChannel 回顾集合") is a reading list even though it names a live-stream series.
 */
final class SectionClassifier {

    private SectionClassifier() {
    }

    static SectionKind classify(String heading, NewsletterProfile profile) {
        String text = PlainText.collapse(heading).toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return SectionKind.OTHER;
        }
        NewsletterProfile.Words words = profile.sections;
        if (words.anyIn(text, "boilerplate")) {
            return SectionKind.BOILERPLATE;
        }
        if (words.anyIn(text, "newbieTasks")) {
            return SectionKind.NEWBIE_TASKS;
        }
        if (words.anyIn(text, "contributors")) {
            return SectionKind.CONTRIBUTORS;
        }
        if (words.anyIn(text, "githubPicks")) {
            return SectionKind.GITHUB_PICKS;
        }
        if (words.anyIn(text, "questions") || containsWord(text, words.get("questionWords"))) {
            return SectionKind.QUESTIONS;
        }
        if (words.anyIn(text, "readings")) {
            return SectionKind.READINGS;
        }
        if (words.anyIn(text, "releases") || namesAVersion(text, profile)) {
            return SectionKind.RELEASES;
        }
        // the words of each event kind name an event section too ("SOFAChannel#12 预告", "KubeCon"): one list each
        if (words.anyIn(text, "events") || profile.eventKind(text).isPresent()) {
            return SectionKind.EVENTS;
        }
        return SectionKind.OTHER;
    }

    /** "Layotto v0.4.0 版本": a version number and a version word. */
    private static boolean namesAVersion(String text, NewsletterProfile profile) {
        return profile.releases.anyIn(text, "versionWords") && hasDottedNumber(text);
    }

    private static boolean hasDottedNumber(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '.' && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A word standing alone among Latin letters: "qa" in "QA 整理", not in "quality". */
    static boolean containsWord(String text, java.util.List<String> words) {
        for (String word : words) {
            int from = 0;
            int at;
            while ((at = text.indexOf(word, from)) >= 0) {
                int end = at + word.length();
                if (!isLatinLetter(text, at - 1) && !isLatinLetter(text, end)) {
                    return true;
                }
                from = at + 1;
            }
        }
        return false;
    }

    private static boolean isLatinLetter(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return c >= 'a' && c <= 'z';
    }
}
