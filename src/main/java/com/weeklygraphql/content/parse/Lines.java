package com.weeklygraphql.content.parse;

import org.commonmark.node.Node;
import java.util.ArrayList;
import java.util.List;

/** The visible lines of a node's text, each with its whitespace collapsed, blank lines dropped. */
final class Lines {

    private Lines() {
    }

    static List<String> of(Node node) {
        return split(PlainText.of(node));
    }

    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String collapsed = PlainText.collapse(line);
            if (!collapsed.isEmpty()) {
                lines.add(collapsed);
            }
        }
        return lines;
    }
}
