package com.weeklygraphql.content.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns links with a scheme a browser should not follow back into text, in the tree extraction reads
 * (commonmark-java) and in the one rendering reads (flexmark-java).
 *
 * <p>CommonMark reads {@code <SOFA:Channel/>} (the newsletter's name for its live-stream series) as an
 * autolink to the URI {@code SOFA:Channel/}, and {@code <javascript:alert(1)>} the same way. Escaping raw
 * HTML is not enough: the renderer would still emit an {@code <a href>}. Only web, mail and relative
 * links survive; the others are shown as the text that was written.
 */
final class UnsafeLinks {

    private static final List<String> SAFE_SCHEMES = List.of("http", "https", "mailto", "ftp");

    private UnsafeLinks() {
    }

    /** The extraction tree: first tells autolinks apart ({@link Autolink}), then neutralizes. */
    static void neutralize(org.commonmark.node.Node document, String markdown) {
        Autolink.mark(document, markdown);
        for (org.commonmark.node.Node node : Tree.descendants(document)) {
            if (node instanceof Autolink link && !isSafe(link.getDestination())) {
                link.insertBefore(new org.commonmark.node.Text(link.source()));
                link.unlink();
            } else if (node instanceof org.commonmark.node.Link link && !isSafe(link.getDestination())) {
                // keep the link's text, drop the destination
                org.commonmark.node.Node child = link.getFirstChild();
                while (child != null) {
                    org.commonmark.node.Node next = child.getNext();
                    link.insertBefore(child);
                    child = next;
                }
                link.unlink();
            } else if (node instanceof org.commonmark.node.Image image && !isSafe(image.getDestination())) {
                image.unlink();
            }
        }
    }

    /** The rendering tree. */
    static void neutralize(Document document) {
        List<Node> unsafe = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof AutoLink link && !isSafe(link.getUrl())) {
                unsafe.add(node);
            } else if (node instanceof Link link && !isSafe(link.getUrl())) {
                unsafe.add(node);
            } else if (node instanceof Image image && !isSafe(image.getUrl())) {
                unsafe.add(node);
            }
        }
        for (Node node : unsafe) {
            if (node instanceof AutoLink) {
                node.insertBefore(new Text(node.getChars()));
            } else if (node instanceof Link) {
                // keep the link's text, drop the destination
                Node child = node.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    node.insertBefore(child);
                    child = next;
                }
            }
            node.unlink();
        }
    }

    static boolean isSafe(BasedSequence url) {
        // nearly every link: no string copy needed to see it is a web or site link
        if (url.startsWith("https://") || url.startsWith("http://") || url.startsWith("/")) {
            return true;
        }
        return isSafe(url.toString());
    }

    static boolean isSafe(String url) {
        if (url.startsWith("https://") || url.startsWith("http://") || url.startsWith("/")) {
            return true;
        }
        String text = url.strip();
        int colon = text.indexOf(':');
        if (colon < 0) {
            return true;
        }
        int slash = text.indexOf('/');
        int query = text.indexOf('?');
        int hash = text.indexOf('#');
        // a colon after a path, query or fragment separator is not a scheme ("/a:b", "?x=a:b")
        if ((slash >= 0 && slash < colon) || (query >= 0 && query < colon) || (hash >= 0 && hash < colon)) {
            return true;
        }
        String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
        return SAFE_SCHEMES.contains(scheme);
    }
}
