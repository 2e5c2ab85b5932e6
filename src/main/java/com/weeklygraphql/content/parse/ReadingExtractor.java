package com.weeklygraphql.content.parse;

import com.weeklygraphql.content.model.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Extracts recommended articles: from a reading section (list items or paragraphs holding a link, and the 2022
 * layout of a title line followed by a picture linking to the article), from the "相关阅读：[...](...)" lines editors
 * put at the end of an answer, and from the link paragraphs that close a Q&A or release section. The series is the
 * section heading when it names one ("SOFAJRaftLab 系列阅读", "剖析 SOFARPC 系列").
 */
final class ReadingExtractor {

    /**
     * What sits above the next paragraph of a reading section, for a picture link without a title of its own:
     * nothing usable, a paragraph of text without links (the title), or a list (its last item is the title when no
     * item of the list was an article).
     */
    private sealed interface Above permits Nothing, Title, InList {
    }

    private record Nothing() implements Above {
    }

    private record Title(String text) implements Above {
    }

    /** Inside or just after a list: its last item so far, and how many readings there were before it. */
    private record InList(String lastItem, int readingsBefore) implements Above {
    }

    private static final Above NOTHING = new Nothing();

    private ReadingExtractor() {
    }

    /** A reading section, a fold over {@link SectionLines#readings}. */
    static List<Reading> extract(Section section, List<TypedLine> lines, ExtractionContext context) {
        String series = seriesOf(section.title(), context.profile());
        List<Reading> readings = new ArrayList<>();
        Above above = NOTHING;
        for (TypedLine line : lines) {
            switch (line.kind()) {
                case ITEM -> {
                    int before = above instanceof InList list ? list.readingsBefore() : readings.size();
                    addLinks(line, null, series, context, readings);
                    above = new InList(line.text(), before);
                }
                case BOILERPLATE -> above = NOTHING;
                default -> {
                    int before = readings.size();
                    addLinks(line, titleFrom(above, readings), series, context, readings);
                    above = readings.size() == before && !line.text().isEmpty() ? new Title(line.text()) : NOTHING;
                }
            }
        }
        return readings;
    }

    /** "- 标题" then "[![图片](img)](article)": the text above titles a picture link. */
    private static String titleFrom(Above above, List<Reading> readings) {
        if (above instanceof Title title) {
            return title.text();
        }
        if (above instanceof InList list && readings.size() == list.readingsBefore()) {
            return list.lastItem();
        }
        return null;
    }

    /**
     * Article links at the very end of a Q&A or release section, after the last thread or the last release's notes,
     * with no heading of their own (the reading list an editor forgot to head): at least two such paragraphs
     * ({@link SectionLines#closingLinks}).
     */
    static List<Reading> trailing(List<TypedLine> closingLinks, ExtractionContext context) {
        List<Reading> readings = new ArrayList<>();
        if (closingLinks.size() >= 2) {
            for (TypedLine line : closingLinks) {
                for (LinkRef link : line.links()) {
                    if (!isNotAnArticle(link.url(), link.text(), context)) {
                        readings.add(new Reading(context.nextId("reading"), link.text(), link.url(), null, context.slug()));
                    }
                }
            }
        }
        return readings;
    }

    /** Readings from the "相关阅读：" lines of a Q&A section's typed lines. */
    static List<Reading> inline(List<TypedLine> lines, ExtractionContext context) {
        List<Reading> readings = new ArrayList<>();
        for (TypedLine line : lines) {
            if (line.kind() != LineKind.READING) {
                continue;
            }
            for (LinkRef link : line.links()) {
                if (!link.text().isEmpty() && !isNotAnArticle(link.url(), link.text(), context)) {
                    readings.add(new Reading(context.nextId("reading"), link.text(), link.url(), null, context.slug()));
                }
            }
        }
        return readings;
    }

    private static void addLinks(TypedLine line, String titleAbove, String series, ExtractionContext context,
            List<Reading> readings) {
        for (LinkRef link : line.links()) {
            String title = link.text();
            if (title.isEmpty()) {
                // "标题" then "[![图片](img)](article)": the title is the line above
                if (titleAbove == null) {
                    continue;
                }
                title = titleAbove;
            } else if (BareUrls.isUrlText(title)) {
                String around = Texts.stripTrailingColons(line.text().replace(title, ""));
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

    static String seriesOf(String heading, NewsletterProfile profile) {
        return profile.readings.anyIn(heading.toLowerCase(Locale.ROOT), "seriesWords") ? heading.strip() : null;
    }
}
