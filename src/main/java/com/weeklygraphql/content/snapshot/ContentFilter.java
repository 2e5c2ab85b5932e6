package com.weeklygraphql.content.snapshot;

import java.time.LocalDate;
import java.util.List;

/**
 * Which items a query wants. Within a list the values are alternatives (any tag); across fields they all
 * apply (a tag and a project and a date range).
 *
 * @param tags any of these tags, case-insensitive; an item inherits its issue's tags
 * @param projects any of these projects, by canonical name or alias, case-insensitive
 * @param from inclusive
 * @param to inclusive
 * @param text case-insensitive substring of the item's text
 */
public record ContentFilter(List<String> tags, List<String> projects, LocalDate from, LocalDate to, String text) {

    public static final ContentFilter NONE = new ContentFilter(null, null, null, null, null);

    public ContentFilter {
        tags = tags == null ? List.of() : List.copyOf(tags);
        projects = projects == null ? List.of() : List.copyOf(projects);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static ContentFilter orNone(ContentFilter filter) {
        return filter == null ? NONE : filter;
    }
}
