package com.weeklygraphql.content.parse;

import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.weeklygraphql.content.model.Heading;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;

/**
 * The anchors of an issue's headings, the way Hugo makes them (goldmark, {@code autoHeadingIDType: github}),
 * since the site is built with Hugo and a link into an issue should work on both: the heading's text in lower
 * case, letters (Han included), digits, {@code _} and {@code -} kept, each space a {@code -}, everything else
 * dropped; an empty result is {@code heading}; a repeated one gets {@code -1}, {@code -2}... {@code Issue.headings}
 * comes from {@link #list}; the renderer gives its {@code <hN>} the same anchors ({@link Generator}), so they agree.
 */
final class HeadingAnchors {

    private HeadingAnchors() {
    }

    /** Every heading of the extraction tree, in order, with its unique anchor; empty headings get no entry. */
    static List<Heading> list(Node document) {
        List<Heading> headings = new ArrayList<>();
        for (Anchored anchored : anchored(document)) {
            String text = PlainText.collapse(anchored.text());
            if (!text.isEmpty()) {
                headings.add(new Heading(anchored.level(), text, anchored.anchor()));
            }
        }
        return headings;
    }

    /** A heading in document order: its level, its text and its anchor (empty headings included). */
    private record Anchored(int level, String text, String anchor) {
    }

    private static List<Anchored> anchored(Node document) {
        List<Anchored> headings = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Node node : Tree.descendants(document)) {
            if (node instanceof org.commonmark.node.Heading heading) {
                String text = textOf(heading);
                headings.add(new Anchored(heading.getLevel(), text, unique(anchorize(text), used)));
            }
        }
        return headings;
    }

    /** The heading's text; "~~" is strikethrough markup whether or not the parser read it as such. */
    private static String textOf(org.commonmark.node.Heading heading) {
        String text = PlainText.of(heading);
        return text.indexOf("~~") < 0 ? text : text.replace("~~", "");
    }

    static String anchorize(String text) {
        StringBuilder anchor = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '-' || cp == ' ') {
                anchor.append('-');
            } else if (cp == '_' || Character.isLetter(cp) || Character.isDigit(cp)) {
                anchor.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        return anchor.length() == 0 ? "heading" : anchor.toString();
    }

    private static String unique(String anchor, Set<String> used) {
        String candidate = anchor;
        for (int n = 1; used.contains(candidate); n++) {
            candidate = anchor + "-" + n;
        }
        used.add(candidate);
        return candidate;
    }

    /** A new generator per rendering: it holds the anchors of one document. */
    static final class GeneratorFactory implements HeaderIdGeneratorFactory {

        @Override
        public HtmlIdGenerator create(LinkResolverContext context) {
            return new Generator();
        }

        @Override
        public HtmlIdGenerator create() {
            return new Generator();
        }
    }

    /**
     * Gives flexmark's renderer the anchors of {@link #list}: the markdown is read again as extraction reads it,
     * and the renderer's headings take that reading's anchors in order. Should the two parsers ever disagree on
     * how many headings there are, each heading gets the anchor of its own text instead.
     */
    static final class Generator implements HtmlIdGenerator {

        private Map<com.vladsch.flexmark.ast.Heading, String> anchors = Map.of();

        @Override
        public void generateIds(Document document) {
            List<com.vladsch.flexmark.ast.Heading> rendered = new ArrayList<>();
            for (com.vladsch.flexmark.util.ast.Node node : document.getDescendants()) {
                if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                    rendered.add(heading);
                }
            }
            List<Anchored> extracted = anchored(Markdown.parse(document.getChars().toString()));
            anchors = new IdentityHashMap<>();
            Set<String> used = new HashSet<>();
            for (int i = 0; i < rendered.size(); i++) {
                String anchor = rendered.size() == extracted.size() ? extracted.get(i).anchor()
                        : unique(anchorize(new TextCollectingVisitor().collectAndGetText(rendered.get(i))), used);
                anchors.put(rendered.get(i), anchor);
            }
        }

        @Override
        public String getId(com.vladsch.flexmark.util.ast.Node node) {
            return node instanceof com.vladsch.flexmark.ast.Heading heading ? anchors.get(heading) : null;
        }

        @Override
        public String getId(CharSequence text) {
            return anchorize(text.toString());
        }
    }
}
