package com.weeklygraphql.content.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The readable text of an AST node: what a reader sees, without markup, image alt texts or raw HTML.
 * Line breaks inside a paragraph and block boundaries become {@code \n}.
 *
 * <p>Walks the tree iteratively (first child, next sibling, back up through parents), so that a
 * deeply nested document cannot overflow the stack here.
 */
final class PlainText {

    private PlainText() {
    }

    static String of(Node root) {
        StringBuilder out = new StringBuilder();
        Node node = root;
        while (node != null) {
            boolean descend = append(node, out);
            Node next = descend ? node.getFirstChild() : null;
            if (next == null) {
                // climb until a node with a next sibling is found, never above root
                Node climb = node;
                while (climb != null && climb != root && climb.getNext() == null) {
                    climb = climb.getParent();
                }
                next = climb == null || climb == root ? null : climb.getNext();
            }
            node = next;
        }
        return out.toString().strip();
    }

    /**
     * A text node's characters, copied from the document's own string in one go when they are a contiguous
     * part of it (nearly always): appending the sequence itself copies it a character at a time.
     */
    private static void appendChars(BasedSequence chars, StringBuilder out) {
        int start = chars.getStartOffset();
        int end = chars.getEndOffset();
        if (chars.getBase() instanceof String base && end - start == chars.length() && end <= base.length()) {
            out.append(base, start, end);
        } else {
            out.append(chars);
        }
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
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
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
            } else if (c < 128 ? Character.isWhitespace(c) : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            } else {
                previousSpace = false;
            }
        }
        return !previousSpace;
    }

    private static boolean isLineBreak(String html) {
        String tag = html.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return tag.equals("<br>") || tag.equals("<br/>");
    }

    /** Appends the node's own text; answers whether its children should be visited. */
    private static boolean append(Node node, StringBuilder out) {
        // text first: most nodes are text
        if (node instanceof Text) {
            BasedSequence raw = node.getChars();
            if (raw.indexOf('\\') < 0 && raw.indexOf('&') < 0 && raw.indexOf('*') < 0) {
                appendChars(raw, out);
                return false;
            }
            String chars = raw.toString();
            if (chars.indexOf('\\') >= 0 || chars.indexOf('&') >= 0) {
                chars = withoutStrayBackslashes(Escaping.unescapeString(chars));
            }
            // "**主题：**SOFAArk" is not bold in CommonMark (the closing run follows punctuation and
            // precedes a letter), so the markers stay as text; a reader never means them literally.
            out.append(chars.indexOf("**") >= 0 ? chars.replace("**", "") : chars);
            return false;
        }
        if (node instanceof HtmlInline html && isLineBreak(html.getChars().toString())) {
            // editors pasted "<br />" where they meant a new line
            out.append('\n');
            return false;
        }
        if (node instanceof Image || node instanceof ImageRef || node instanceof HtmlInline
                || node instanceof HtmlInlineComment || node instanceof HtmlBlock
                || node instanceof HtmlCommentBlock) {
            return false;
        }
        if (node instanceof Block && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        if (node instanceof FencedCodeBlock fenced) {
            out.append(fenced.getContentChars()).append('\n');
            return false;
        }
        if (node instanceof IndentedCodeBlock || node instanceof CodeBlock) {
            out.append(((Block) node).getContentChars()).append('\n');
            return false;
        }
        if (node instanceof Code code) {
            out.append(code.getText());
            return false;
        }
        if (node instanceof AutoLink link) {
            out.append(link.getText());
            return false;
        }
        if (node instanceof MailLink link) {
            out.append(link.getText());
            return false;
        }
        if (node instanceof HtmlEntity entity) {
            out.append(Escaping.unescapeString(entity.getChars().toString()));
            return false;
        }
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append('\n');
            return false;
        }
        return true;
    }
}
