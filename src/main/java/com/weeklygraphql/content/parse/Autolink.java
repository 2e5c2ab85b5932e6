package com.weeklygraphql.content.parse;

import java.util.List;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * A link written as {@code <https://...>}. commonmark-java makes it a plain {@link Link}; the extractors tell it
 * apart from {@code [text](url)}, which the editors use for article links: a paragraph holding an autolink is a
 * footer or a notes line, not an item of a reading list.
 */
final class Autolink extends Link {

    private Autolink(String destination) {
        super(destination, null);
    }

    /**
     * Replaces every link written as {@code <...>} by an {@link Autolink} with the same children. Such a link shows
     * its destination as its text, and its block's source holds the destination in angle brackets; the source is
     * looked at only for links that show their destination, so inline source positions are not needed.
     */
    static void mark(Node document, String markdown) {
        for (Node node : Tree.descendants(document)) {
            if (node instanceof Link link && !(node instanceof Autolink) && writtenInAngles(link, markdown)) {
                Autolink autolink = new Autolink(link.getDestination());
                Node child = link.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    autolink.appendChild(child);
                    child = next;
                }
                link.insertBefore(autolink);
                link.unlink();
            }
        }
    }

    /** The markdown as written: {@code <SOFA:Channel/>}. */
    String source() {
        return "<" + shown(this) + ">";
    }

    private static boolean writtenInAngles(Link link, String markdown) {
        String shown = shown(link);
        if (shown == null || !(link.getDestination().equals(shown) || link.getDestination().equals("mailto:" + shown))) {
            return false;
        }
        for (Node block = link.getParent(); block != null; block = block.getParent()) {
            List<SourceSpan> spans = block.getSourceSpans();
            if (!spans.isEmpty()) {
                SourceSpan last = spans.get(spans.size() - 1);
                int from = spans.get(0).getInputIndex();
                int to = Math.min(markdown.length(), last.getInputIndex() + last.getLength());
                int at = markdown.indexOf("<" + shown + ">", from);
                return at >= 0 && at < to;
            }
        }
        return false;
    }

    /** The text a link shows when that is one text node, else null. */
    private static String shown(Link link) {
        Node child = link.getFirstChild();
        return child instanceof Text text && child.getNext() == null ? text.getLiteral() : null;
    }
}
