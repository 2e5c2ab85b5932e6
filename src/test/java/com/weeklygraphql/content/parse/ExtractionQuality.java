package com.weeklygraphql.content.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.Release;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Measures the parser against issues labelled by hand (by reading, never by a parser): precision and
 * recall of releases, question threads and events. Prints the figures and every disagreement; fails
 * below the targets in docs/extraction.md. One subclass per set of labels.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExtractionQuality {

    private final List<Pair> pairs = new ArrayList<>();

    /** Where this set's labels are. */
    abstract Path labels();

    /** How many labelled issues this set must have, so that a lost folder cannot pass silently. */
    abstract int minimumIssues();

    private record Pair(Label label, Issue issue) {
    }

    @BeforeAll
    void parseEveryLabelledIssue() throws Exception {
        IssueParser parser = new IssueParser(ProjectCatalogue.defaults());
        System.out.println("== " + getClass().getSimpleName() + ": labels in " + labels());
        for (Label label : Label.all(labels())) {
            byte[] content = Files.readAllBytes(SampleContent.ROOT.resolve(label.path()));
            ParsedFile parsed = parser.parse(label.path(), content);
            assertThat(parsed.isIssue()).as(label.path()).isTrue();
            pairs.add(new Pair(label, parsed.issue()));
        }
        assertThat(pairs).as("labelled issues").hasSizeGreaterThanOrEqualTo(minimumIssues());
    }

    @Test
    void releasesMatchTheLabelsOnProjectAndVersion() {
        int truePositives = 0;
        int parsedCount = 0;
        int labelledCount = 0;
        int changesRight = 0;
        for (Pair pair : pairs) {
            List<String> expected = new ArrayList<>();
            pair.label().releases().forEach(r -> expected.add(key(r.project(), r.version())));
            List<String> actual = new ArrayList<>();
            pair.issue().releases().forEach(r -> actual.add(key(r.project(), r.version())));
            parsedCount += actual.size();
            labelledCount += expected.size();
            List<String> missing = new ArrayList<>(expected);
            List<String> extra = new ArrayList<>();
            for (String release : actual) {
                if (missing.remove(release)) {
                    truePositives++;
                } else {
                    extra.add(release);
                }
            }
            for (Label.LabelledRelease labelled : pair.label().releases()) {
                pair.issue().releases().stream()
                        .filter(r -> key(r.project(), r.version()).equals(key(labelled.project(), labelled.version())))
                        .findFirst()
                        .ifPresent(r -> report(r.changes().size() == labelled.changes() ? null
                                : pair.label().slug() + ": " + r.project() + " " + r.version() + " changes "
                                        + r.changes().size() + " (labelled " + labelled.changes() + ")"));
                changesRight += pair.issue().releases().stream()
                        .anyMatch(r -> key(r.project(), r.version()).equals(key(labelled.project(), labelled.version()))
                                && r.changes().size() == labelled.changes()) ? 1 : 0;
            }
            if (!missing.isEmpty() || !extra.isEmpty()) {
                System.out.println("[releases] " + pair.label().slug() + " missing " + missing + " extra " + extra);
            }
        }
        double precision = ratio(truePositives, parsedCount);
        double recall = ratio(truePositives, labelledCount);
        double f1 = f1(precision, recall);
        System.out.printf(Locale.ROOT, "Releases: %d labelled, %d parsed, %d matched: precision %.3f recall %.3f F1 %.3f;"
                + " change count right for %d/%d%n", labelledCount, parsedCount, truePositives, precision, recall, f1,
                changesRight, labelledCount);
        assertThat(f1).as("release F1").isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void questionThreadsMatchTheLabels() {
        int issuesRight = 0;
        int askersMatched = 0;
        int askersParsed = 0;
        int askersLabelled = 0;
        int projectRight = 0;
        int followUpsRight = 0;
        int kindRight = 0;
        int compared = 0;
        for (Pair pair : pairs) {
            List<Label.LabelledQuestion> expected = pair.label().questions();
            List<Question> actual = pair.issue().questions();
            if (expected.size() == actual.size()) {
                issuesRight++;
                for (int i = 0; i < expected.size(); i++) {
                    compared++;
                    Label.LabelledQuestion labelled = expected.get(i);
                    Question question = actual.get(i);
                    projectRight += same(labelled.project(), question.project()) ? 1 : 0;
                    followUpsRight += labelled.followUps() == question.followUps().size() ? 1 : 0;
                    kindRight += labelled.kind().equals(question.kind().name()) ? 1 : 0;
                    if (!same(labelled.project(), question.project()) || labelled.followUps() != question.followUps().size()) {
                        System.out.println("[questions] " + pair.label().slug() + " #" + (i + 1) + " project "
                                + question.project() + " (labelled " + labelled.project() + "), follow-ups "
                                + question.followUps().size() + " (labelled " + labelled.followUps() + ")");
                    }
                }
            } else {
                System.out.println("[questions] " + pair.label().slug() + " threads " + actual.size() + " (labelled "
                        + expected.size() + "): parsed askers " + actual.stream().map(Question::asker).toList()
                        + ", labelled " + expected.stream().map(Label.LabelledQuestion::asker).toList());
            }
            List<String> expectedAskers = new ArrayList<>();
            expected.stream().map(Label.LabelledQuestion::asker).filter(Objects::nonNull).map(ExtractionQuality::norm)
                    .forEach(expectedAskers::add);
            List<String> actualAskers = actual.stream().map(Question::asker).filter(Objects::nonNull)
                    .map(ExtractionQuality::norm).toList();
            askersParsed += actualAskers.size();
            askersLabelled += expectedAskers.size();
            List<String> unmatched = new ArrayList<>(expectedAskers);
            for (String asker : actualAskers) {
                if (unmatched.remove(asker)) {
                    askersMatched++;
                } else {
                    System.out.println("[askers] " + pair.label().slug() + " parsed asker '" + asker + "' not labelled");
                }
            }
            unmatched.forEach(asker -> System.out.println("[askers] " + pair.label().slug() + " missed asker '" + asker + "'"));
        }
        double share = ratio(issuesRight, pairs.size());
        double precision = ratio(askersMatched, askersParsed);
        double recall = ratio(askersMatched, askersLabelled);
        System.out.printf(Locale.ROOT, "Question threads: count right in %d/%d issues (%.1f%%); askers precision %.3f"
                + " recall %.3f; in issues with the right count: kind %d/%d, project %d/%d, follow-up count %d/%d%n",
                issuesRight, pairs.size(), 100 * share, precision, recall, kindRight, compared, projectRight, compared,
                followUpsRight, compared);
        assertThat(share).as("share of issues with the right thread count").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void eventDatesMatchTheLabels() {
        int countRight = 0;
        int dated = 0;
        int datesRight = 0;
        int timed = 0;
        int startsRight = 0;
        int labelledEvents = 0;
        int parsedEvents = 0;
        for (Pair pair : pairs) {
            List<Event> actual = pair.issue().events();
            List<Label.LabelledEvent> expected = pair.label().events();
            labelledEvents += expected.size();
            parsedEvents += actual.size();
            countRight += actual.size() == expected.size() ? 1 : 0;
            List<Event> unused = new ArrayList<>(actual);
            for (Label.LabelledEvent labelled : expected) {
                if (labelled.date() == null) {
                    continue;
                }
                dated++;
                Event match = unused.stream().filter(e -> labelled.date().equals(e.date())).findFirst().orElse(null);
                if (match != null) {
                    datesRight++;
                    unused.remove(match);
                    if (labelled.startsAt() != null) {
                        timed++;
                        boolean right = match.startsAt() != null
                                && match.startsAt().toString().startsWith(labelled.startsAt().substring(0, 16));
                        startsRight += right ? 1 : 0;
                        if (!right) {
                            System.out.println("[events] " + pair.label().slug() + " '" + labelled.title() + "' starts "
                                    + match.startsAt() + " (labelled " + labelled.startsAt() + ")");
                        }
                    }
                } else {
                    System.out.println("[events] " + pair.label().slug() + " missed dated event '" + labelled.title()
                            + "' on " + labelled.date());
                }
            }
            if (actual.size() != expected.size()) {
                System.out.println("[events] " + pair.label().slug() + " events " + actual.size() + " (labelled "
                        + expected.size() + "): parsed " + actual.stream().map(e -> e.title() + "@" + e.date()).toList());
            }
        }
        double share = ratio(datesRight, dated);
        System.out.printf(Locale.ROOT, "Events: %d labelled, %d parsed; count right in %d/%d issues; dated events with"
                + " the right date %d/%d (%.1f%%); right start time %d/%d%n", labelledEvents, parsedEvents, countRight,
                pairs.size(), datesRight, dated, 100 * share, startsRight, timed);
        assertThat(share).as("share of dated events with the right date").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void readingAndContributorCountsAreReported() {
        int readingsRight = 0;
        int contributorsRight = 0;
        for (Pair pair : pairs) {
            readingsRight += pair.issue().readings().size() == pair.label().readings() ? 1 : 0;
            contributorsRight += pair.issue().contributors().size() == pair.label().contributors() ? 1 : 0;
            if (pair.issue().readings().size() != pair.label().readings()) {
                System.out.println("[readings] " + pair.label().slug() + " " + pair.issue().readings().size()
                        + " (labelled " + pair.label().readings() + ")");
            }
        }
        System.out.printf(Locale.ROOT, "Readings: count right in %d/%d issues; contributors: count right in %d/%d%n",
                readingsRight, pairs.size(), contributorsRight, pairs.size());
        assertThat(pairs).isNotEmpty();
    }

    private static void report(String line) {
        if (line != null) {
            System.out.println("[changes] " + line);
        }
    }

    private static String key(String project, String version) {
        return norm(project) + "@" + norm(version);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : b != null && norm(a).equals(norm(b));
    }

    private static String norm(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

}
