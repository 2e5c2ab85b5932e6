package com.weeklygraphql.content.parse;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an issue's body into sections by walking its top-level nodes: in the CommonMark AST a heading
 * is a sibling of the paragraphs and lists under it.
 *
 * <p>Markdown headings and bold-only paragraphs both act as headings, but not alike. A markdown heading
 * of a known kind always opens a section; one of no known kind opens a section unless it is deeper than
 * the current heading ({@code #### Features：} under {@code ### SOFAJRaft 本周发布} stays inside). A
 * bold-only paragraph is used for far more than headings (thread openers such as {@code **1.@linkoog
 * #602**}, per-project labels such as {@code **Layotto：**}), so it opens a section only when its words
 * name a kind different from the current section's and it is not itself an entity line.
 */
final class SectionSplitter {

    private SectionSplitter() {
    }

    static List<Section> split(Node document, NewsletterProfile profile) {
        List<Section> sections = new ArrayList<>();
        Builder current = new Builder(null, "", 0, SectionKind.PREAMBLE);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            Builder next = opens(node, current, profile);
            if (next != null) {
                sections.add(current.build());
                current = next;
            } else {
                current.nodes.add(node);
            }
        }
        sections.add(current.build());
        sections.removeIf(section -> section.heading() == null && section.nodes().isEmpty());
        return sections.stream().map(section -> SectionContent.refine(section, profile)).toList();
    }

    /** The section the node opens, or null when it belongs to the current one. */
    private static Builder opens(Node node, Builder current, NewsletterProfile profile) {
        if (node instanceof Heading heading) {
            String title = PlainText.collapsed(heading);
            SectionKind kind = SectionClassifier.classify(title, profile);
            boolean subHeading = kind == SectionKind.OTHER && heading.getLevel() > current.level
                    && current.kind != SectionKind.PREAMBLE && current.kind != SectionKind.BOILERPLATE;
            return subHeading ? null : new Builder(node, title, heading.getLevel(), kind);
        }
        if (NodeShapes.isBoldOnly(node)) {
            String title = PlainText.collapsed(node);
            SectionKind kind = SectionClassifier.classify(title, profile);
            // a bold banner or "**欢迎扫码关注**" is boilerplate inside whatever section it sits in; the bold
            // invitation under a Q&A heading must not cut the threads off their heading
            if (kind == SectionKind.OTHER || kind == SectionKind.BOILERPLATE || kind == current.kind
                    || profile.questionLines().isThreadOpener(title)) {
                return null;
            }
            return new Builder(node, title, Section.BOLD_LEVEL, kind);
        }
        return null;
    }

    private static final class Builder {
        private final Node heading;
        private final String title;
        private final int level;
        private final SectionKind kind;
        private final List<Node> nodes = new ArrayList<>();

        Builder(Node heading, String title, int level, SectionKind kind) {
            this.heading = heading;
            this.title = title;
            this.level = level;
            this.kind = kind;
        }

        Section build() {
            return new Section(heading, title, level, kind, nodes);
        }
    }
}
