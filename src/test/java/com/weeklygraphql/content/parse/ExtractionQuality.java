package com.weeklygraphql.content.parse;

import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.Release;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The parser's figures against issues labelled by hand (by reading, never by a parser): every dimension
 * docs/extraction.md names, and every disagreement, written to a sink so a run shows what it missed.
 */
final class ExtractionQuality {

    /** A labelled issue and what the parser made of it. */
    record Pair(Label label, Issue issue) {
    }

    // releases
    int releasesLabelled;
    int releasesParsed;
    int releasesMatched;
    int changeCountsRight;
    // question threads
    int issues;
    int threadCountsRight;
    int askersLabelled;
    int askersParsed;
    int askersMatched;
    int threadsCompared;
    int kindsRight;
    int projectsRight;
    int followUpsRight;
    // events
    int eventsLabelled;
    int eventsParsed;
    int eventsCounted;
    int datedEvents;
    int datesRight;
    int timedEvents;
    int startsRight;
    // readings and contributors
    int readingCountsRight;
    int contributorCountsRight;

    private final Consumer<String> disagreements;

    private ExtractionQuality(Consumer<String> disagreements) {
        this.disagreements = disagreements;
    }

    static ExtractionQuality of(List<Pair> pairs, Consumer<String> disagreements) {
        ExtractionQuality quality = new ExtractionQuality(disagreements);
        pairs.forEach(quality::add);
        return quality;
    }

    private void add(Pair pair) {
        issues++;
        releases(pair);
        questions(pair);
        events(pair);
        String slug = pair.label().slug();
        if (pair.issue().readings().size() == pair.label().readings()) {
            readingCountsRight++;
        } else {
            disagreements.accept("[readings] " + slug + " " + pair.issue().readings().size() + " (labelled "
                    + pair.label().readings() + ")");
        }
        contributorCountsRight += pair.issue().contributors().size() == pair.label().contributors() ? 1 : 0;
    }

    private void releases(Pair pair) {
        List<String> missing = new ArrayList<>();
        pair.label().releases().forEach(r -> missing.add(key(r.project(), r.version())));
        releasesLabelled += missing.size();
        releasesParsed += pair.issue().releases().size();
        List<String> extra = new ArrayList<>();
        for (Release release : pair.issue().releases()) {
            if (missing.remove(key(release.project(), release.version()))) {
                releasesMatched++;
            } else {
                extra.add(key(release.project(), release.version()));
            }
        }
        if (!missing.isEmpty() || !extra.isEmpty()) {
            disagreements.accept("[releases] " + pair.label().slug() + " missing " + missing + " extra " + extra);
        }
        for (Label.LabelledRelease labelled : pair.label().releases()) {
            pair.issue().releases().stream()
                    .filter(r -> key(r.project(), r.version()).equals(key(labelled.project(), labelled.version())))
                    .findFirst()
                    .ifPresent(r -> {
                        if (r.changes().size() == labelled.changes()) {
                            changeCountsRight++;
                        } else {
                            disagreements.accept("[changes] " + pair.label().slug() + ": " + r.project() + " "
                                    + r.version() + " changes " + r.changes().size() + " (labelled " + labelled.changes() + ")");
                        }
                    });
        }
    }

    private void questions(Pair pair) {
        String slug = pair.label().slug();
        List<Label.LabelledQuestion> expected = pair.label().questions();
        List<Question> actual = pair.issue().questions();
        if (expected.size() == actual.size()) {
            threadCountsRight++;
            for (int i = 0; i < expected.size(); i++) {
                Label.LabelledQuestion labelled = expected.get(i);
                Question question = actual.get(i);
                threadsCompared++;
                boolean project = same(labelled.project(), question.project());
                boolean followUps = labelled.followUps() == question.followUps().size();
                projectsRight += project ? 1 : 0;
                followUpsRight += followUps ? 1 : 0;
                kindsRight += labelled.kind().equals(question.kind().name()) ? 1 : 0;
                if (!project || !followUps) {
                    disagreements.accept("[questions] " + slug + " #" + (i + 1) + " project " + question.project()
                            + " (labelled " + labelled.project() + "), follow-ups " + question.followUps().size()
                            + " (labelled " + labelled.followUps() + ")");
                }
            }
        } else {
            disagreements.accept("[questions] " + slug + " threads " + actual.size() + " (labelled " + expected.size()
                    + "): parsed askers " + actual.stream().map(Question::asker).toList() + ", labelled "
                    + expected.stream().map(Label.LabelledQuestion::asker).toList());
        }
        List<String> unmatched = new ArrayList<>();
        expected.stream().map(Label.LabelledQuestion::asker).filter(Objects::nonNull).map(ExtractionQuality::norm)
                .forEach(unmatched::add);
        askersLabelled += unmatched.size();
        for (Question question : actual) {
            if (question.asker() == null) {
                continue;
            }
            askersParsed++;
            if (unmatched.remove(norm(question.asker()))) {
                askersMatched++;
            } else {
                disagreements.accept("[askers] " + slug + " parsed asker '" + question.asker() + "' not labelled");
            }
        }
        unmatched.forEach(asker -> disagreements.accept("[askers] " + slug + " missed asker '" + asker + "'"));
    }

    private void events(Pair pair) {
        String slug = pair.label().slug();
        List<Event> actual = pair.issue().events();
        List<Label.LabelledEvent> expected = pair.label().events();
        eventsLabelled += expected.size();
        eventsParsed += actual.size();
        eventsCounted += Math.min(expected.size(), actual.size());
        List<Event> unused = new ArrayList<>(actual);
        for (Label.LabelledEvent labelled : expected) {
            if (labelled.date() == null) {
                continue;
            }
            datedEvents++;
            Event match = unused.stream().filter(e -> labelled.date().equals(e.date())).findFirst().orElse(null);
            if (match == null) {
                disagreements.accept("[events] " + slug + " missed dated event '" + labelled.title() + "' on "
                        + labelled.date());
                continue;
            }
            datesRight++;
            unused.remove(match);
            if (labelled.startsAt() != null) {
                timedEvents++;
                boolean right = match.startsAt() != null
                        && match.startsAt().toString().startsWith(labelled.startsAt().substring(0, 16));
                startsRight += right ? 1 : 0;
                if (!right) {
                    disagreements.accept("[events] " + slug + " '" + labelled.title() + "' starts " + match.startsAt()
                            + " (labelled " + labelled.startsAt() + ")");
                }
            }
        }
        if (actual.size() != expected.size()) {
            disagreements.accept("[events] " + slug + " events " + actual.size() + " (labelled " + expected.size()
                    + "): parsed " + actual.stream().map(e -> e.title() + "@" + e.date()).toList());
        }
    }

    double releasePrecision() {
        return ratio(releasesMatched, releasesParsed);
    }

    double releaseRecall() {
        return ratio(releasesMatched, releasesLabelled);
    }

    double releaseF1() {
        double p = releasePrecision();
        double r = releaseRecall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double changeCounts() {
        return ratio(changeCountsRight, releasesMatched);
    }

    double threadCounts() {
        return ratio(threadCountsRight, issues);
    }

    double askerPrecision() {
        return ratio(askersMatched, askersParsed);
    }

    double askerRecall() {
        return ratio(askersMatched, askersLabelled);
    }

    double kinds() {
        return ratio(kindsRight, threadsCompared);
    }

    double projects() {
        return ratio(projectsRight, threadsCompared);
    }

    double followUps() {
        return ratio(followUpsRight, threadsCompared);
    }

    double eventCountRecall() {
        return ratio(eventsCounted, eventsLabelled);
    }

    double eventCountPrecision() {
        return ratio(eventsCounted, eventsParsed);
    }

    double eventDates() {
        return ratio(datesRight, datedEvents);
    }

    double eventStarts() {
        return ratio(startsRight, timedEvents);
    }

    double readingCounts() {
        return ratio(readingCountsRight, issues);
    }

    double contributorCounts() {
        return ratio(contributorCountsRight, issues);
    }

    String summary() {
        return String.format(Locale.ROOT, """
                %d issues
                Releases: %d labelled, %d parsed, %d matched: precision %.3f recall %.3f F1 %.3f; change count right for %d/%d (%.3f)
                Question threads: count right in %d/%d issues (%.1f%%); askers precision %.3f recall %.3f; in issues with \
                the right count: kind %d/%d, project %d/%d (%.3f), follow-up count %d/%d (%.3f)
                Events: %d labelled, %d parsed; count recall %.3f, precision %.3f; dated events with the right date %d/%d \
                (%.3f); right start time %d/%d (%.3f)
                Readings: count right in %d/%d issues (%.3f); contributors: count right in %d/%d""",
                issues, releasesLabelled, releasesParsed, releasesMatched, releasePrecision(), releaseRecall(), releaseF1(),
                changeCountsRight, releasesMatched, changeCounts(), threadCountsRight, issues, 100 * threadCounts(),
                askerPrecision(), askerRecall(), kindsRight, threadsCompared, projectsRight, threadsCompared, projects(),
                followUpsRight, threadsCompared, followUps(), eventsLabelled, eventsParsed, eventCountRecall(),
                eventCountPrecision(), datesRight, datedEvents, eventDates(), startsRight, timedEvents, eventStarts(),
                readingCountsRight, issues, readingCounts(), contributorCountsRight, issues);
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
}
