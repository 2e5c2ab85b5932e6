package com.weeklygraphql.content.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.Release;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Parses the whole embedded sample and checks what must hold for every issue. */
class SampleCorpusTests {

    /** Problems that mean a reader would see an entity the parser did not produce. */
    private static final List<String> HIDING = List.of("announces no", "has no question thread", "names no project",
            "could not read", "could not parse");

    private final IssueParser parser = new IssueParser(ProjectCatalogue.defaults());

    @Test
    void noNewsletterIssueHasAProblemThatHidesAnEntity() {
        List<String> hiding = new ArrayList<>();
        int issues = 0;
        for (Map.Entry<String, byte[]> file : SampleContent.files().entrySet()) {
            ParsedFile parsed = parser.parse(file.getKey(), file.getValue());
            for (ContentProblem problem : parsed.problems()) {
                System.out.println("[problem] " + problem.path() + ":" + problem.line() + " " + problem.message());
            }
            if (!parsed.isIssue()) {
                assertThat(parsed.problems()).as(file.getKey()).isEmpty();
                continue;
            }
            issues++;
            // posts filed under "SOFA Weekly" that are articles (a 开源之夏 announcement) may have
            // sections the model does not cover; the newsletter issues themselves must be fully read
            if (parsed.issue().title().strip().toLowerCase().replace(" ", "").startsWith("sofaweekly")) {
                parsed.problems().stream()
                        .filter(problem -> HIDING.stream().anyMatch(problem.message()::contains))
                        .forEach(problem -> hiding.add(problem.path() + ":" + problem.line() + " " + problem.message()));
            }
        }
        assertThat(issues).isEqualTo(114);
        assertThat(hiding).isEmpty();
    }

    @Test
    void everyEntityIsWellFormed() {
        Pattern id = Pattern.compile("^[^/]+/(release|question|event)/\\d+$");
        Set<String> ids = new HashSet<>();
        int releases = 0;
        int questions = 0;
        int events = 0;
        for (Map.Entry<String, byte[]> file : SampleContent.files().entrySet()) {
            Issue issue = parser.parse(file.getKey(), file.getValue()).issue();
            if (issue == null) {
                continue;
            }
            for (Release release : issue.releases()) {
                releases++;
                assertThat(ids.add(release.id())).as(release.id()).isTrue();
                assertThat(release.id()).matches(id).startsWith(issue.slug() + "/release/");
                assertThat(release.project()).isNotBlank();
                assertThat(release.version()).matches("\\d+(\\.\\d+)+.*").doesNotStartWith("v").doesNotEndWith("v");
                assertThat(release.date()).isEqualTo(issue.date().toLocalDate());
                assertThat(release.changes()).allSatisfy(change -> assertThat(change).isNotBlank());
                assertThat(issue.projects()).contains(release.project());
            }
            for (Question question : issue.questions()) {
                questions++;
                assertThat(ids.add(question.id())).as(question.id()).isTrue();
                assertThat(question.id()).matches(id).startsWith(issue.slug() + "/question/");
                assertThat(question.question() + question.answer()).isNotBlank();
                if (question.asker() != null) {
                    assertThat(question.asker()).doesNotStartWith("@").doesNotContain("提问").doesNotContain("**");
                }
            }
            for (Event event : issue.events()) {
                events++;
                assertThat(ids.add(event.id())).as(event.id()).isTrue();
                assertThat(event.title()).isNotBlank();
                if (event.date() != null) {
                    assertThat(event.date()).as(event.title())
                            .isBetween(issue.date().toLocalDate().minusMonths(6), issue.date().toLocalDate().plusMonths(6));
                }
                if (event.startsAt() != null) {
                    assertThat(event.startsAt().toLocalDate()).isEqualTo(event.date());
                }
            }
            assertThat(issue.projects()).doesNotHaveDuplicates();
        }
        System.out.printf("Sample: %d releases, %d question threads, %d events%n", releases, questions, events);
        assertThat(releases).isGreaterThan(60);
        assertThat(questions).isGreaterThan(250);
        assertThat(events).isGreaterThan(40);
    }

    @Test
    void parsingIsDeterministic() {
        Map<String, byte[]> files = SampleContent.files();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            assertThat(parser.parse(file.getKey(), file.getValue()))
                    .isEqualTo(parser.parse(file.getKey(), file.getValue()));
        }
    }
}
