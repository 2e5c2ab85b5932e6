package com.weeklygraphql.content.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The anchors of an issue's headings, the way Hugo makes them (goldmark, {@code autoHeadingIDType: github}),
 * since the site is built with Hugo and a link into an issue should work on both: the heading's text in lower
 * case, letters (Han included), digits, {@code _} and {@code -} kept, each space a {@code -}, everything else
 * dropped; an empty result is {@code heading}; a repeated one gets {@code -1}, {@code -2}... The parser's
 * {@code Issue.headings} and the {@code id}s of the rendered HTML both come from {@link #of}, so they agree.
 */
final class HeadingAnchors {

    private HeadingAnchors() {
    }

    /** Every heading of the document, in order, with its unique anchor. */
    static Map<Heading, String> of(Document document) {
        Map<Heading, String> anchors = new IdentityHashMap<>();
        Set<String> used = new HashSet<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                anchors.put(heading, unique(anchorize(textOf(heading)), used));
            }
        }
        return anchors;
    }

    /** The headings for {@code Issue.headings}; headings without text get an anchor but no entry. */
    static List<com.weeklygraphql.content.model.Heading> list(Document document) {
        List<com.weeklygraphql.content.model.Heading> headings = new ArrayList<>();
        of(document).entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(Node::getStartOffset)))
                .forEach(entry -> {
                    String text = PlainText.collapse(textOf(entry.getKey()));
                    if (!text.isEmpty()) {
                        headings.add(new com.weeklygraphql.content.model.Heading(entry.getKey().getLevel(), text,
                                entry.getValue()));
                    }
                });
        return headings;
    }

    /** The heading's text; "~~" is strikethrough markup whether or not the parser read it as such. */
    private static String textOf(Heading heading) {
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
    static final class GeneratorFactory implements com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory {

        @Override
        public HtmlIdGenerator create(com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
            return new Generator();
        }

        @Override
        public HtmlIdGenerator create() {
            return new Generator();
        }
    }

    /** Gives flexmark's renderer the same ids, so every rendered {@code <hN>} carries its anchor. */
    static final class Generator implements HtmlIdGenerator {

        private Map<Heading, String> anchors = Map.of();

        @Override
        public void generateIds(Document document) {
            anchors = of(document);
        }

        @Override
        public String getId(Node node) {
            return node instanceof Heading heading ? anchors.get(heading) : null;
        }

        @Override
        public String getId(CharSequence text) {
            return anchorize(text.toString());
        }
    }
}
