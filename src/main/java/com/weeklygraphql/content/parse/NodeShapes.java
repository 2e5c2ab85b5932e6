package com.weeklygraphql.content.parse;

import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/** Questions about the shape of an AST node that the splitter and the extractors share. */
final class NodeShapes {

    private NodeShapes() {
    }

    /**
     * A paragraph whose visible text is all bold ({@code **SOFA 项目进展**}, {@code **Layotto：**}), which
     * the newsletter uses as a heading. Whitespace and punctuation outside the bold run are allowed.
     */
    static boolean isBoldOnly(Node node) {
        if (!(node instanceof Paragraph)) {
            return false;
        }
        if (isBoldAsMeant(node)) {
            return true;
        }
        boolean sawBold = false;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof StrongEmphasis) {
                sawBold = true;
            } else if (child instanceof Emphasis emphasis && onlyStrong(emphasis)) {
                sawBold = true;
            } else if (child instanceof Text text) {
                if (!isPunctuationOrSpace(text.getLiteral())) {
                    return false;
                }
            } else if (!(child instanceof SoftLineBreak || child instanceof HardLineBreak)) {
                return false;
            }
        }
        return sawBold;
    }

    /**
     * "**每周读者问答提炼 **": a space before the closing run leaves CommonMark's markers as text, but the editor
     * meant a bold line, as a reader sees it.
     */
    private static boolean isBoldAsMeant(Node paragraph) {
        Node only = paragraph.getFirstChild();
        if (!(only instanceof Text text) || only.getNext() != null) {
            return false;
        }
        String literal = text.getLiteral().strip();
        return literal.length() > 4 && literal.startsWith("**") && literal.endsWith("**")
                && literal.indexOf("**", 2) == literal.length() - 2;
    }

    private static boolean onlyStrong(Emphasis emphasis) {
        Node first = emphasis.getFirstChild();
        return first instanceof StrongEmphasis && first.getNext() == null;
    }

    /** A paragraph made only of images (and whitespace). */
    static boolean isImageOnly(Node node) {
        if (!(node instanceof Paragraph)) {
            return false;
        }
        boolean sawImage = false;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image) {
                sawImage = true;
            } else if (!(child instanceof SoftLineBreak || child instanceof HardLineBreak
                    || child instanceof Text text && text.getLiteral().isBlank())) {
                return false;
            }
        }
        return sawImage;
    }

    static boolean isPunctuationOrSpace(String text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || isPunctuation(cp));
    }

    static boolean isPunctuation(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION || type == Character.MATH_SYMBOL;
    }
}
