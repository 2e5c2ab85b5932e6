package com.weeklygraphql.content.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A link as a reader sees it: its text (for a picture wrapped in a link, empty) and its destination.
 * Covers {@code [text](url)}, {@code <https://...>} and bare URLs ({@link BareUrls}).
 */
record LinkRef(String text, String url) {

    static List<LinkRef> in(Node root) {
        List<LinkRef> links = new ArrayList<>();
        if (isLink(root)) {
            links.add(of(root));
            return links;
        }
        // iterative walk (deep documents must not overflow the stack); a link's own subtree is not searched
        Node node = root.getFirstChild();
        while (node != null) {
            if (isLink(node)) {
                links.add(of(node));
            } else if (node instanceof Text text) {
                BareUrls.in(text, links);
            } else if (node.getFirstChild() != null && !(node instanceof Code)) {
                node = node.getFirstChild();
                continue;
            }
            while (node != null && node != root && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == null || node == root ? null : node.getNext();
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

    private static boolean isLink(Node node) {
        return (node instanceof Link && !(node instanceof Image)) || node instanceof AutoLink;
    }

    private static LinkRef of(Node node) {
        if (node instanceof Link link) {
            return new LinkRef(PlainText.collapsed(link), link.getUrl().toString().strip());
        }
        AutoLink auto = (AutoLink) node;
        return new LinkRef(auto.getText().toString().strip(), auto.getUrl().toString().strip());
    }
}
