package com.weeklygraphql.content.parse;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The readable text of an AST node: what a reader sees, without markup, image alt texts or raw HTML.
 * Line breaks inside a paragraph and block boundaries become {@code \n}.
 *
 * <p>Walks the tree iteratively ({@link Tree#next}), so that a deeply nested document cannot overflow the stack
 * here.
 */
final class PlainText {

    private PlainText() {
    }

    static String of(Node root) {
        StringBuilder out = new StringBuilder();
        Node node = root;
        while (node != null) {
            boolean descend = append(node, out);
            node = Tree.next(node, root, descend);
        }
        return out.toString().strip();
    }

    /** Same as {@link #of} with every run of whitespace collapsed to one space. */
    static String collapsed(Node root) {
        return collapse(of(root));
    }

    static String collapse(String text) {
        if (isCollapsed(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Markdown escapes only ASCII punctuation; editors also wrote {@code \：} and {@code \主} (a converter's
     * habit), which CommonMark keeps as a backslash and a character. A reader never sees that backslash.
     */
    private static String withoutStrayBackslashes(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) > 127) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Nothing to collapse: no leading, trailing, doubled or non-ASCII-space whitespace. */
    private static boolean isCollapsed(String text) {
        int length = text.length();
        if (length == 0) {
            return true;
        }
        boolean previousSpace = true;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (previousSpace) {
                    return false;
                }
                previousSpace = true;
            } else if (isSpace(c)) {
                return false;
            } else {
                previousSpace = false;
            }
        }
        return !previousSpace;
    }

    /**
     * {@code Character.isWhitespace(c) || Character.isSpaceChar(c)}, answered without a table lookup for the
     * characters of nearly every line: ASCII, and Han above U+3000.
     */
    static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        if (c > '\u3000') {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** {@code <br>}, {@code <br/>}, {@code <BR />}: the tag without spaces, whatever the case. */
    private static boolean isLineBreak(String html) {
        int length = 0;
        char[] tag = new char[5];
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (length == tag.length) {
                return false;
            }
            tag[length++] = Character.toLowerCase(c);
        }
        String compact = new String(tag, 0, length);
        return compact.equals("<br>") || compact.equals("<br/>");
    }

    /** Appends the node's own text; answers whether its children should be visited. */
    private static boolean append(Node node, StringBuilder out) {
        // text first: most nodes are text; escapes and entities are already resolved in its literal
        if (node instanceof Text text) {
            String chars = text.getLiteral();
            if (chars.indexOf('\\') >= 0) {
                chars = withoutStrayBackslashes(chars);
            }
            // "**主题：**SOFAArk" is not bold in CommonMark (the closing run follows punctuation and
            // precedes a letter), so the markers stay as text; a reader never means them literally.
            out.append(chars.indexOf("**") >= 0 ? chars.replace("**", "") : chars);
            return false;
        }
        if (node instanceof HtmlInline html) {
            if (isLineBreak(html.getLiteral())) {
                // editors pasted "<br />" where they meant a new line
                out.append('\n');
            }
            return false;
        }
        if (node instanceof Image || node instanceof HtmlBlock) {
            return false;
        }
        boolean midLine = out.length() > 0 && out.charAt(out.length() - 1) != '\n';
        if (midLine && (node instanceof Block || node instanceof TableRow)) {
            // a table row is a line of its own
            out.append('\n');
        } else if (midLine && node instanceof TableCell) {
            out.append(" | ");
        }
        if (node instanceof FencedCodeBlock fenced) {
            out.append(fenced.getLiteral()).append('\n');
            return false;
        }
        if (node instanceof IndentedCodeBlock indented) {
            out.append(indented.getLiteral()).append('\n');
            return false;
        }
        if (node instanceof Code code) {
            out.append(code.getLiteral());
            return false;
        }
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append('\n');
            return false;
        }
        return true;
    }
}
