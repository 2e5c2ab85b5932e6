package com.weeklygraphql.api.export;

import com.weeklygraphql.api.graphql.Nodes;
import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.QuestionRound;
import com.weeklygraphql.content.model.Release;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * One downloadable table: its file name, its columns and how an item becomes a row. Values are those the
 * GraphQL API serves for the same fields (ids are the {@code Node} ids), so a row can be refetched with
 * {@code node(id:)}. A list in one cell is joined by newlines (changes, follow-up rounds) or by "; " (names).
 */
record ExportKind<T>(String fileName, ExportRows.Selection<T> selection, List<String> header,
        BiFunction<T, ContentSnapshot, List<Object>> row) {

    static final ExportKind<Release> RELEASES = new ExportKind<>("releases.csv", ExportRows::releases,
            List.of("id", "project", "version", "date", "changes", "notes_url", "issue"),
            (release, snapshot) -> Arrays.asList(Nodes.idOf(release), snapshot.projectNamed(release.project()).name(),
                    release.version(), release.date(), String.join("\n", release.changes()), release.notesUrl(),
                    release.issueSlug()));

    static final ExportKind<Question> QUESTIONS = new ExportKind<>("questions.csv", ExportRows::questions,
            List.of("id", "date", "kind", "project", "asker", "question", "answer", "follow_ups", "url", "issue"),
            (question, snapshot) -> Arrays.asList(Nodes.idOf(question), issueOf(question.issueSlug(), snapshot).date().toLocalDate(),
                    question.kind(), question.project() == null ? null : snapshot.projectNamed(question.project()).name(),
                    question.asker(), question.question(), question.answer(), followUps(question.followUps()),
                    question.url(), question.issueSlug()));

    static final ExportKind<Event> EVENTS = new ExportKind<>("events.csv", ExportRows::events,
            List.of("id", "title", "kind", "date", "starts_at", "projects", "signup_url", "description", "issue", "issue_date"),
            (event, snapshot) -> Arrays.asList(Nodes.idOf(event), event.title(), event.kind(), event.date(),
                    event.startsAt() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.startsAt()),
                    event.projects().stream().map(name -> snapshot.projectNamed(name).name()).collect(Collectors.joining("; ")),
                    event.signupUrl(), event.description(), event.issueSlug(),
                    issueOf(event.issueSlug(), snapshot).date().toLocalDate()));

    // Every item comes from an issue of the same snapshot.
    private static Issue issueOf(String slug, ContentSnapshot snapshot) {
        return snapshot.issue(slug).orElseThrow();
    }

    private static String followUps(List<QuestionRound> rounds) {
        return rounds.stream()
                .map(round -> "Q: " + round.question() + (round.answer() == null ? "" : "\nA: " + round.answer()))
                .collect(Collectors.joining("\n\n"));
    }
}
