package com.weeklygraphql.content.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A project release announced in an issue.
 *
 * @param version as written, without a leading or trailing {@code v}
 * @param date the announcing issue's date
 * @param changes one string per change line, in the order written
 */
public record Release(
        String id,
        String project,
        String version,
        LocalDate date,
        List<String> changes,
        String notesUrl,
        String issueSlug) {

    public Release {
        changes = List.copyOf(changes);
    }
}
