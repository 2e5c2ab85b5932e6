package com.weeklygraphql.content.parse;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Node;

/**
 * The teaser shown in issue lists: the first real paragraph of the body, as plain text.
 *
 * <p>Every issue opens with the same banner, image and SOFAStack description; an excerpt made of them
 * would be identical for 114 issues. Short lead-in lines ("**@xx** 提问：", "主要变更如下：") are not
 * paragraphs a reader would quote either.
 */
final class Excerpt {

    static final int MAX_LENGTH = 160;
    private static final int MIN_LENGTH = 12;

    private Excerpt() {
    }

    static String of(Node document, String fallback, NewsletterProfile profile) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            // a quoted reader question is as good an opening as a paragraph
            Node candidate = node instanceof BlockQuote ? node.getFirstChild() : node;
            if (!(candidate instanceof Paragraph)) {
                continue;
            }
            String plain = PlainText.of(candidate);
            String text = PlainText.collapse(plain);
            if (isLeadIn(text) || Boilerplate.isBoilerplate(plain, profile) || NodeShapes.isBoldOnly(candidate)) {
                continue;
            }
            return cut(text);
        }
        return fallback == null ? "" : cut(PlainText.collapse(fallback));
    }

    private static boolean isLeadIn(String text) {
        return text.codePointCount(0, text.length()) < MIN_LENGTH || text.endsWith("：") || text.endsWith(":");
    }

    /** At most {@link #MAX_LENGTH} characters (code points, never half a surrogate pair), "…" when cut. */
    static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_LENGTH) {
            return text;
        }
        int end = text.offsetByCodePoints(0, MAX_LENGTH - 1);
        return text.substring(0, end).stripTrailing() + "…";
    }
}
