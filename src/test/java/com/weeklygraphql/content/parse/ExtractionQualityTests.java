package com.weeklygraphql.content.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The parser against every issue of the sample, each labelled by hand (docs/extraction.md): one test per
 * figure, failing below its threshold. Each run prints the figures per set of labels and every disagreement.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractionQualityTests {

    private ExtractionQuality quality;

    @BeforeAll
    void parseEveryLabelledIssue() {
        IssueParser parser = new IssueParser(ProjectCatalogue.defaults());
        List<ExtractionQuality.Pair> all = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (Path set : Label.SETS) {
            List<ExtractionQuality.Pair> pairs = new ArrayList<>();
            for (Label label : Label.all(set)) {
                ParsedFile parsed = parser.parse(label.path(), read(label.path()));
                assertThat(parsed.isIssue()).as(label.path()).isTrue();
                assertThat(slugs.add(label.slug())).as("labelled once: " + label.slug()).isTrue();
                pairs.add(new ExtractionQuality.Pair(label, parsed.issue()));
            }
            System.out.println("== " + set + ": " + ExtractionQuality.of(pairs, line -> { }).summary());
            all.addAll(pairs);
        }
        quality = ExtractionQuality.of(all, System.out::println);
        System.out.println("== all labels: " + quality.summary());
    }

    @Test
    void everyIssueOfTheSampleIsLabelled() {
        long issues = SampleContent.files().entrySet().stream()
                .filter(file -> new IssueParser(ProjectCatalogue.defaults()).parse(file.getKey(), file.getValue()).isIssue())
                .count();
        assertThat(quality.issues).isEqualTo(issues).isEqualTo(114);
    }

    @Test
    void releasesAreFoundWithTheirProjectAndVersion() {
        assertThat(quality.releaseF1()).as("release F1").isGreaterThanOrEqualTo(0.98);
        assertThat(quality.releasePrecision()).as("release precision").isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void releasesHaveTheirChanges() {
        assertThat(quality.changeCounts()).as("share of matched releases with the right change count")
                .isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void questionThreadsAreCountedExactly() {
        assertThat(quality.threadCounts()).as("share of issues with the right thread count").isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void askersAreFound() {
        assertThat(quality.askerRecall()).as("asker recall").isGreaterThanOrEqualTo(0.98);
        assertThat(quality.askerPrecision()).as("asker precision").isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void threadsHaveTheirKindProjectAndFollowUps() {
        assertThat(quality.kinds()).as("thread kind").isGreaterThanOrEqualTo(0.99);
        assertThat(quality.projects()).as("thread project").isGreaterThanOrEqualTo(0.95);
        assertThat(quality.followUps()).as("thread follow-up count").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void eventsAreFound() {
        assertThat(quality.eventCountRecall()).as("event count recall").isGreaterThanOrEqualTo(0.95);
        assertThat(quality.eventCountPrecision()).as("event count precision").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void eventsHaveTheirDateAndStart() {
        assertThat(quality.eventDates()).as("dated events with the right date").isGreaterThanOrEqualTo(0.95);
        assertThat(quality.eventStarts()).as("timed events with the right start").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void readingListsAndContributorsAreCounted() {
        assertThat(quality.readingCounts()).as("issues with the right reading count").isGreaterThanOrEqualTo(0.90);
        assertThat(quality.contributorCounts()).as("issues with the right contributor count").isGreaterThanOrEqualTo(0.99);
    }

    private static byte[] read(String path) {
        try {
            return Files.readAllBytes(SampleContent.ROOT.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
