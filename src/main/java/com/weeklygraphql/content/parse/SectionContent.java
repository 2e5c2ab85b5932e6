package com.weeklygraphql.content.parse;

import org.commonmark.node.BulletList;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges a section by what it holds when the heading misleads: a list of article links is a reading
 * list whatever its heading says ("KubeCon NA2019 回顾", "剖析 SOFARPC 框架", a second "每周读者问答提炼"
 * heading above two article links).
 */
final class SectionContent {

    private SectionContent() {
    }

    static Section refine(Section section, NewsletterProfile profile) {
        switch (section.kind()) {
            case QUESTIONS, GITHUB_PICKS, EVENTS -> {
                return linkItems(section.nodes(), profile) >= 1 ? section.withKind(SectionKind.READINGS) : section;
            }
            case OTHER -> {
                if (linkItems(section.nodes(), profile) >= 2) {
                    return section.withKind(SectionKind.READINGS);
                }
                return presentsAProgramme(section, profile) ? section.withKind(SectionKind.EVENTS) : section;
            }
            default -> {
                return section;
            }
        }
    }

    /**
     * The number of link items when every node of substance is a link item (a list item or paragraph
     * that is essentially one link), else 0.
     */
    static int linkItems(List<Node> nodes, NewsletterProfile profile) {
        int count = 0;
        for (Node node : nodes) {
            if (NodeShapes.isImageOnly(node) || isBoilerplateParagraph(node, profile)) {
                continue;
            }
            if (node instanceof BulletList || node instanceof OrderedList) {
                for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                    if (!(item instanceof ListItem) || PlainText.of(item).isBlank()) {
                        continue;
                    }
                    if (!isLinkItem(item)) {
                        return 0;
                    }
                    count++;
                }
            } else if (node instanceof Paragraph && isLinkItem(node)) {
                count++;
            } else {
                return 0;
            }
        }
        return count;
    }

    /**
     * A section whose heading names no kind but whose first paragraph presents a programme ("阿里巴巴编程之夏（Alibaba
     * Summer of Code）是面向...": the profile's words for OTHER events) announces that programme.
     */
    private static boolean presentsAProgramme(Section section, NewsletterProfile profile) {
        if (section.heading() == null) {
            return false;
        }
        for (Node node : section.nodes()) {
            if (node instanceof Paragraph && !NodeShapes.isImageOnly(node)) {
                return profile.programme(PlainText.of(node));
            }
        }
        return false;
    }

    private static boolean isBoilerplateParagraph(Node node, NewsletterProfile profile) {
        return node instanceof Paragraph && Boilerplate.isBoilerplate(PlainText.of(node), profile);
    }

    /** Mostly one link: the text outside links is a short prefix such as "SOFAChannel#12：". */
    static boolean isLinkItem(Node node) {
        List<Link> links = links(node);
        if (links.isEmpty()) {
            return false;
        }
        int inLinks = 0;
        for (Link link : links) {
            inLinks += PlainText.collapsed(link).length();
        }
        int total = PlainText.collapsed(node).length();
        return total - inLinks <= Math.max(16, total / 3);
    }

    /** Links (not images) anywhere under the node, in document order. */
    static List<Link> links(Node node) {
        List<Link> links = new ArrayList<>();
        if (node instanceof Link link) {
            links.add(link);
            return links;
        }
        for (Node descendant : Tree.descendants(node)) {
            if (descendant instanceof Link link && !(descendant instanceof Image)) {
                links.add(link);
            }
        }
        return links;
    }
}
