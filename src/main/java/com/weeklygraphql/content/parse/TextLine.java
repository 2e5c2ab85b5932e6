package com.weeklygraphql.content.parse;

import org.commonmark.node.Node;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One visible line of a node's text with the links written on it: what every extractor reads. A node is read
 * into lines once per document ({@link Reader}), so the Q&A stream, the release, event and reading extractors
 * share one reading instead of each pairing lines with links again.
 *
 * @param text the line, whitespace collapsed
 * @param links the links on the line, in order
 * @param node the node the line belongs to, for source lines
 */
record TextLine(String text, List<LinkRef> links, Node node) {

    TextLine {
        links = List.copyOf(links);
    }

    /** The first link to a web page on the line ("报名方式：点击[这里](url)", a task list's tracking issue). */
    String firstWebLink() {
        return firstWebLink(links);
    }

    static String firstWebLink(List<LinkRef> links) {
        for (LinkRef link : links) {
            if (link.url().startsWith("http")) {
                return link.url();
            }
        }
        return null;
    }

    /** Reads nodes into lines, remembering each node's reading for the rest of the document. */
    static final class Reader {

        private final Map<Node, List<TextLine>> lines = new IdentityHashMap<>();

        List<TextLine> of(Node node) {
            List<TextLine> known = lines.get(node);
            if (known == null) {
                known = read(node);
                lines.put(node, known);
            }
            return known;
        }

        private static List<TextLine> read(Node node) {
            List<String> texts = Lines.of(node);
            List<List<LinkRef>> links = LinkRef.byLine(texts, LinkRef.in(node));
            List<TextLine> result = new ArrayList<>(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                result.add(new TextLine(texts.get(i), links.get(i), node));
            }
            return List.copyOf(result);
        }
    }
}
