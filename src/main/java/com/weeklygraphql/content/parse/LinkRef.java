package com.weeklygraphql.content.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * A link as a reader sees it: its text (for a picture wrapped in a link, empty) and its destination.
 * Covers {@code [text](url)}, {@code <https://...>} and bare URLs ({@link BareUrls}).
 */
record LinkRef(String text, String url) {

    /** Whether the link goes to a release's notes (a release page, a compare view, a changelog), not an article. */
    boolean pointsAtReleaseNotes() {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.contains("/releases") || lower.contains("/compare/") || lower.contains("changelog")
                || lower.contains("release-note") || lower.contains("release_note");
    }

    static List<LinkRef> in(Node root) {
        List<LinkRef> links = new ArrayList<>();
        if (root instanceof Link link) {
            links.add(of(link));
            return links;
        }
        // iterative walk (deep documents must not overflow the stack); a link's own subtree is not searched
        Node node = root.getFirstChild();
        while (node != null) {
            boolean descend = false;
            if (node instanceof Link link) {
                links.add(of(link));
            } else if (node instanceof Text text) {
                BareUrls.in(text.getLiteral(), links);
            } else {
                descend = true;
            }
            node = Tree.next(node, root, descend);
        }
        return links;
    }

    /**
     * Which links sit on which line of a node's text, for a paragraph that holds several statements
     * ("详细参考：<url>" and the next announcement). Links and lines are both in document order, so one
     * pass assigns each link to the first line, from the previous link's on, that shows its text; a link
     * with no text stays on the line of the link before it.
     */
    static List<List<LinkRef>> byLine(List<String> lines, List<LinkRef> links) {
        List<List<LinkRef>> byLine = new ArrayList<>();
        lines.forEach(line -> byLine.add(new ArrayList<>()));
        int line = 0;
        for (LinkRef link : links) {
            int found = line;
            // look a few lines ahead at most: a link whose text spans lines is never found, and must
            // not cost a scan to the end of the paragraph
            int limit = Math.min(lines.size(), line + 16);
            while (found < limit && !link.text().isEmpty() && !lines.get(found).contains(link.text())) {
                found++;
            }
            if (found == limit) {
                found = lines.size();
            }
            if (found < lines.size()) {
                line = found;
            }
            if (line < lines.size()) {
                byLine.get(line).add(link);
            }
        }
        return byLine;
    }

    private static LinkRef of(Link link) {
        return new LinkRef(PlainText.collapsed(link), link.getDestination().strip());
    }
}
