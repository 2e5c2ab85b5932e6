package com.weeklygraphql.content.parse;

import org.commonmark.node.Node;
import java.util.List;

/**
 * A run of top-level nodes under one heading.
 *
 * @param heading the heading node (a {@code Heading} or a bold-only paragraph), null for the preamble
 * @param title the heading's plain text, "" for the preamble
 * @param level 1-6 for markdown headings, {@link #BOLD_LEVEL} for bold paragraphs, 0 for the preamble
 * @param nodes the nodes under the heading, in document order
 */
record Section(Node heading, String title, int level, SectionKind kind, List<Node> nodes) {

    /** Bold paragraphs act as headings below every markdown heading level. */
    static final int BOLD_LEVEL = 7;

    Section {
        nodes = List.copyOf(nodes);
    }

    Section withKind(SectionKind newKind) {
        return new Section(heading, title, level, newKind, nodes);
    }

    /** Whether any node shows text. */
    boolean hasText() {
        return nodes.stream().anyMatch(node -> !PlainText.of(node).isBlank());
    }

    /** Whether any node shows text that is not the newsletter's boilerplate. */
    boolean hasSubstance(NewsletterProfile profile) {
        for (Node node : nodes) {
            if (!NodeShapes.isImageOnly(node)) {
                String text = PlainText.of(node);
                if (!text.isBlank() && !Boilerplate.isBoilerplate(text, profile)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The heading, or the first node: where a problem about the whole section should point. */
    Node anchor() {
        return heading != null ? heading : nodes.isEmpty() ? null : nodes.get(0);
    }
}
