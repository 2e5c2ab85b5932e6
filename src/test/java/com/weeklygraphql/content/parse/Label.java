package com.weeklygraphql.content.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One hand-labelled issue from {@code src/test/resources/labels/<slug>.yaml}: what a careful reader found
 * in it, written without any parser.
 */
record Label(String slug, String path, LocalDate date, List<LabelledQuestion> questions,
        List<LabelledRelease> releases, List<LabelledEvent> events, int readings, int contributors) {

    /**
     * The sets of labels, each by another reader: A and B (labels/), the held-out set (labels-holdout/), and
     * set C (labels-c/), the rest of the sample, labelled before the parser of issue 10 was written.
     */
    static final List<Path> SETS = List.of(Path.of("src/test/resources/labels"),
            Path.of("src/test/resources/labels-holdout"), Path.of("src/test/resources/labels-c"));

    record LabelledQuestion(String kind, String asker, String project, int followUps) {
    }

    record LabelledRelease(String project, String version, int changes) {
    }

    record LabelledEvent(String title, String kind, LocalDate date, String startsAt) {
    }

    static List<Label> all(Path directory) {
        List<Label> labels = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    labels.add(of(new Yaml(new SafeConstructor(new LoaderOptions())).load(in)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }

    private static Label of(Map<String, Object> yaml) {
        List<LabelledQuestion> questions = new ArrayList<>();
        for (Map<String, Object> q : list(yaml.get("questions"))) {
            questions.add(new LabelledQuestion(string(q.get("kind")), string(q.get("asker")), string(q.get("project")),
                    number(q.get("followUps"))));
        }
        List<LabelledRelease> releases = new ArrayList<>();
        for (Map<String, Object> r : list(yaml.get("releases"))) {
            releases.add(new LabelledRelease(string(r.get("project")), string(r.get("version")),
                    number(r.get("changes"))));
        }
        List<LabelledEvent> events = new ArrayList<>();
        for (Map<String, Object> e : list(yaml.get("events"))) {
            events.add(new LabelledEvent(string(e.get("title")), string(e.get("kind")), date(e.get("date")),
                    string(e.get("startsAt"))));
        }
        return new Label(string(yaml.get("slug")), string(yaml.get("path")), date(yaml.get("date")), questions,
                releases, events, number(yaml.get("readings")), number(yaml.get("contributors")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static int number(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value instanceof List<?> list) {
            return list.size();
        }
        return value == null ? 0 : Integer.parseInt(String.valueOf(value).strip());
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return value == null ? null : LocalDate.parse(String.valueOf(value).strip());
    }
}
