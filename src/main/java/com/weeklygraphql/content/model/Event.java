package com.weeklygraphql.content.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A live stream, meetup, community meeting, conference or programme announced in an issue.
 *
 * @param date the event's own date when the text gives one, else null
 * @param startsAt the start time when the text gives one; China time (+08:00) unless written otherwise
 * @param projects canonical names of the projects the event is about
 */
public record Event(
        String id,
        String title,
        EventKind kind,
        LocalDate date,
        OffsetDateTime startsAt,
        String signupUrl,
        String description,
        List<String> projects,
        String issueSlug) {

    public Event {
        projects = List.copyOf(projects);
    }
}
