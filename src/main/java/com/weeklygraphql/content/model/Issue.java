package com.weeklygraphql.content.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One newsletter issue: its front matter and everything extracted from it. The body itself is not held:
 * it is read back from its git blob and rendered when a client asks for it (see {@code IssueBodies}).
 *
 * @param slug the page-bundle folder name, or the file name without {@code .md} for flat files
 * @param path the file's path inside the content repository
 * @param projects canonical names of the projects the issue is about, in order of first mention
 * @param headings the body's markdown headings in order, with the anchors the rendered HTML carries
 */
public record Issue(
        String slug,
        String path,
        String title,
        String description,
        OffsetDateTime date,
        String author,
        List<String> tags,
        List<String> categories,
        String cover,
        String excerpt,
        int readingMinutes,
        List<Question> questions,
        List<Release> releases,
        List<Event> events,
        List<Reading> readings,
        List<Contributor> contributors,
        List<NewbieTask> newbieTasks,
        List<String> projects,
        List<Heading> headings) {

    public Issue {
        tags = List.copyOf(tags);
        categories = List.copyOf(categories);
        questions = List.copyOf(questions);
        releases = List.copyOf(releases);
        events = List.copyOf(events);
        readings = List.copyOf(readings);
        contributors = List.copyOf(contributors);
        newbieTasks = List.copyOf(newbieTasks);
        projects = List.copyOf(projects);
        // an issue stored before headings existed (a serialized index entry) reads back without them
        headings = headings == null ? List.of() : List.copyOf(headings);
    }
}
