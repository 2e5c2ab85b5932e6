package com.weeklygraphql.content.snapshot;

import java.time.LocalDate;
import java.util.List;

/**
 * Which items a query wants. Within a list the values are alternatives (any tag); across fields they all
 * apply (a tag and a project and a date range), and so do {@code and}, {@code or} and {@code not}.
 *
 * @param tags any of these tags, case-insensitive; an item inherits its issue's tags
 * @param projects any of these projects, by canonical name or alias, case-insensitive
 * @param from inclusive
 * @param to inclusive
 * @param text case-insensitive substring of the item's text
 * @param and every one of these filters; an empty list imposes nothing
 * @param or at least one of these filters; an empty list imposes nothing
 * @param not anything but what this filter matches
 */
public record ContentFilter(List<String> tags, List<String> projects, LocalDate from, LocalDate to, String text,
        List<ContentFilter> and, List<ContentFilter> or, ContentFilter not) {

    public static final ContentFilter NONE = new ContentFilter(null, null, null, null, null, null, null, null);

    public ContentFilter {
        tags = tags == null ? List.of() : List.copyOf(tags);
        projects = projects == null ? List.of() : List.copyOf(projects);
        text = text == null || text.isBlank() ? null : text.strip();
        and = and == null ? List.of() : List.copyOf(and);
        or = or == null ? List.of() : List.copyOf(or);
    }

    /** The filter of the list fields' simple form, without boolean composition. */
    public static ContentFilter of(List<String> tags, List<String> projects, LocalDate from, LocalDate to, String text) {
        return new ContentFilter(tags, projects, from, to, text, null, null, null);
    }

    public static ContentFilter orNone(ContentFilter filter) {
        return filter == null ? NONE : filter;
    }
}
