package com.weeklygraphql.content.parse;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.weeklygraphql.content.model.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Extracts recommended articles from a reading section: list items or bare paragraphs holding a link,
 * and the 2022 layout of a title line followed by an image wrapped in a link to the article. The series
 * is the section heading when it names one ("SOFAJRaftLab 系列阅读", "剖析 SOFARegistry 系列").
 * Also reads the "相关阅读：[...](...)" lines editors put at the end of an answer.
 */
final class ReadingExtractor {

    private static final Pattern URL_TEXT = Pattern.compile("^(?:https?://|www\\.)\\S*$");

    private ReadingExtractor() {
    }

    static List<Reading> extract(Section section, ExtractionContext context) {
        String series = seriesOf(section.title(), context.profile());
        List<Reading> readings = new ArrayList<>();
        String previousText = null;
        for (Node node : section.nodes()) {
            if (node instanceof BulletList || node instanceof OrderedList) {
                int before = readings.size();
                String lastItem = null;
                for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        addLinks(item, null, series, context, readings);
                        lastItem = PlainText.collapsed(item);
                    }
                }
                // "- 标题" then "[![图片](img)](article)": the item without a link titles the image link
                previousText = readings.size() == before ? lastItem : null;
            } else if (node instanceof Paragraph) {
                String text = PlainText.collapsed(node);
                if (Boilerplate.isBoilerplate(PlainText.of(node), context.profile()) && LinkRef.in(node).isEmpty()) {
                    previousText = null;
                    continue;
                }
                int before = readings.size();
                addLinks(node, previousText, series, context, readings);
                previousText = readings.size() == before && !text.isEmpty() ? text : null;
            }
        }
        return readings;
    }

    /**
     * Article links at the very end of a Q&A section, after the last thread, with no heading of their own
     * (the reading list an editor forgot to head). Footers ("「MOSN」：https://...") are not articles: their
     * link text is a bare URL.
     */
    static List<Reading> trailing(Section section, ExtractionContext context) {
        List<Node> run = new ArrayList<>();
        List<Node> nodes = section.nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node node = nodes.get(i);
            if (NodeShapes.isImageOnly(node)) {
                continue;
            }
            if (!(node instanceof Paragraph) || !SectionContent.isLinkItem(node) || LinkRef.in(node).stream()
                    .anyMatch(link -> link.text().isEmpty() || URL_TEXT.matcher(link.text()).matches())) {
                break;
            }
            run.add(0, node);
        }
        List<Reading> readings = new ArrayList<>();
        if (run.size() >= 2) {
            for (Node node : run) {
                for (LinkRef link : LinkRef.in(node)) {
                    if (!isNotAnArticle(link.url(), link.text(), context)) {
                        readings.add(new Reading(context.nextId("reading"), link.text(), link.url(), null, context.slug()));
                    }
                }
            }
        }
        return readings;
    }

    /** Readings from "相关阅读：" lines in any other section. */
    static List<Reading> inline(Section section, ExtractionContext context) {
        List<Reading> readings = new ArrayList<>();
        List<String> prefixes = context.profile().readings.get("inlinePrefixes");
        for (Node node : section.nodes()) {
            // most nodes hold no such line: look at the raw text before reading lines and links
            String raw = node.getChars().toString().toLowerCase(Locale.ROOT);
            if (prefixes.stream().noneMatch(raw::contains)) {
                continue;
            }
            List<Node> paragraphs = new ArrayList<>();
            if (node instanceof Paragraph) {
                paragraphs.add(node);
            }
            for (Node descendant : node.getDescendants()) {
                if (descendant instanceof Paragraph) {
                    paragraphs.add(descendant);
                }
            }
            for (Node paragraph : paragraphs) {
                for (TextLine line : context.lines(paragraph)) {
                    if (startsWithAny(line.text(), prefixes)) {
                        for (LinkRef link : line.links()) {
                            if (!link.text().isEmpty() && !isNotAnArticle(link.url(), link.text(), context)) {
                                readings.add(new Reading(context.nextId("reading"), link.text(), link.url(), null, context.slug()));
                            }
                        }
                    }
                }
            }
        }
        return readings;
    }

    private static void addLinks(Node node, String titleAbove, String series, ExtractionContext context,
            List<Reading> readings) {
        for (LinkRef link : LinkRef.in(node)) {
            String title = link.text();
            if (link.wrapsImageOnly() || title.isEmpty()) {
                // "标题" then "[![图片](img)](article)": the title is the line above
                if (titleAbove == null) {
                    continue;
                }
                title = titleAbove;
            } else if (URL_TEXT.matcher(title).matches()) {
                String around = Texts.stripTrailingColons(PlainText.collapsed(node).replace(title, ""));
                title = around.isEmpty() ? (titleAbove != null ? titleAbove : title) : around;
            }
            if (isNotAnArticle(link.url(), title, context)) {
                continue;
            }
            readings.add(new Reading(context.nextId("reading"), title, link.url(), series, context.slug()));
        }
    }

    private static boolean isNotAnArticle(String url, String title, ExtractionContext context) {
        return url.isBlank() || url.startsWith("mailto:")
                || context.profile().readings.anyIn(title.toLowerCase(Locale.ROOT), "notArticleWords");
    }

    private static boolean startsWithAny(String line, List<String> prefixes) {
        String lower = line.toLowerCase(Locale.ROOT);
        return prefixes.stream().anyMatch(lower::startsWith);
    }

    static String seriesOf(String heading, NewsletterProfile profile) {
        return profile.readings.anyIn(heading.toLowerCase(Locale.ROOT), "seriesWords") ? heading.strip() : null;
    }
}
