package com.weeklygraphql.content.search;

import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.Reading;
import com.weeklygraphql.content.model.Release;
import com.weeklygraphql.content.parse.IssueParser;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every servable item of the embedded sample, parsed by the service's own parser, with the fields the content
 * index gives it and its {@link ItemText}: what the tests index and what they scan to check the index.
 */
final class SampleItems {

    static final Path SAMPLE = Path.of("src/main/resources/sample-content/sofastack-weekly");

    /** One item as the content index sees it. */
    record Item(String kind, String id, String issue, LocalDate day, ItemText text, Object model) {
    }

    private static List<Item> items;

    private SampleItems() {
    }

    static synchronized List<Item> all() {
        if (items == null) {
            items = List.copyOf(parse());
        }
        return items;
    }

    private static List<Item> parse() {
        IssueParser parser = new IssueParser(ProjectCatalogue.defaults());
        List<Item> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SAMPLE.resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                ParsedFile parsed = parser.parse(SAMPLE.relativize(file).toString().replace('\\', '/'),
                        Files.readAllBytes(file));
                if (parsed.isIssue()) {
                    addItems(parsed.issue(), parsed.bodyText(), all);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static void addItems(Issue issue, String bodyText, List<Item> all) {
        LocalDate day = issue.date().toLocalDate();
        String slug = issue.slug();
        all.add(new Item("ISSUE", slug, slug, day, ItemText.of(issue, bodyText), issue));
        for (Question question : issue.questions()) {
            all.add(new Item("QUESTION", question.id(), slug, day, ItemText.of(question), question));
        }
        for (Release release : issue.releases()) {
            all.add(new Item("RELEASE", release.id(), slug, day, ItemText.of(release), release));
        }
        for (Event event : issue.events()) {
            LocalDate eventDay = event.date() != null ? event.date() : day;
            all.add(new Item("EVENT", event.id(), slug, eventDay, ItemText.of(event), event));
        }
        for (Reading reading : issue.readings()) {
            all.add(new Item("READING", reading.id(), slug, day, ItemText.of(reading), reading));
        }
    }
}
