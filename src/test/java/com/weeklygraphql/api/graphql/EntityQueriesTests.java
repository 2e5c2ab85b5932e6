package com.weeklygraphql.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GraphQlClients;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The archive as data, over HTTP: releases, questions, events, projects and release cadence on the sample. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "content.sync.interval=0")
class EntityQueriesTests {

    private static final ParameterizedTypeReference<Map<String, Object>> NODE = new ParameterizedTypeReference<>() { };

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @DynamicPropertySource
    static void sample(DynamicPropertyRegistry registry) {
        registry.add("content.repository.uri",
                () -> ContentRepositories.sampleRepository(ContentRepositories.tempDir("entities-remote")).toString());
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("entities-data").toString());
    }

    @BeforeEach
    void client() {
        graphQl = GraphQlClients.graphQl(port);
    }

    @Test
    void releasesOfAProjectByAliasComeNewestFirstWithTheirChanges() {
        List<Map<String, Object>> releases = graphQl.document("""
                { releases(filter: {projects: ["jraft"]}, first: 100) {
                    edges { node { project { name } version date changes notesUrl issue { slug } } } } }""")
                .execute().path("releases.edges[*].node").entityList(NODE).get();

        assertThat(releases).hasSizeGreaterThanOrEqualTo(5);
        assertThat(releases).allSatisfy(release -> {
            assertThat(release.get("project")).isEqualTo(Map.of("name", "SOFAJRaft"));
            assertThat((String) release.get("version")).matches("\\d+(\\.\\d+)+.*").doesNotStartWith("v");
        });
        assertThat(releases.stream().map(release -> LocalDate.parse((String) release.get("date"))).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(releases).anySatisfy(release -> assertThat((List<?>) release.get("changes")).isNotEmpty());
        assertThat(releases).extracting(release -> release.get("version")).contains("1.3.10", "1.3.8");
    }

    @Test
    void questionsFilterByProjectAndDate() {
        List<Map<String, Object>> questions = graphQl.document("""
                { questions(filter: {projects: ["Seata"], from: "2021-01-01"}, first: 100) {
                    totalCount edges { node { kind asker question answer project { name } issue { date } } } } }""")
                .execute().path("questions.edges[*].node").entityList(NODE).get();

        assertThat(questions).isNotEmpty().allSatisfy(question -> {
            assertThat(question.get("project")).isEqualTo(Map.of("name", "Seata"));
            assertThat((String) question.get("question")).isNotBlank();
            assertThat(((Map<?, ?>) question.get("issue")).get("date").toString()).isGreaterThanOrEqualTo("2021-01-01");
        });
    }

    @Test
    void eventsFilterByTheirOwnDate() {
        List<Map<String, Object>> events = graphQl.document("""
                { events(filter: {from: "2020-03-01", to: "2020-03-31"}, first: 100) {
                    edges { node { title kind date startsAt issue { date } } } } }""")
                .execute().path("events.edges[*].node").entityList(NODE).get();

        assertThat(events).isNotEmpty().allSatisfy(event ->
                assertThat((String) event.get("date")).isBetween("2020-03-01", "2020-03-31"));
        // SOFAChannel#12 on 2020-03-12 19:00 China time was announced in February: the event's date counts.
        assertThat(events).anySatisfy(event -> {
            assertThat((String) event.get("startsAt")).isEqualTo("2020-03-12T19:00:00+08:00");
            assertThat(((Map<?, ?>) event.get("issue")).get("date").toString()).startsWith("2020-02");
        });
    }

    @Test
    void releaseCadenceHasOneBucketPerQuarterWithTheGapsKept() {
        List<Map<String, Object>> buckets = graphQl.document("""
                { releaseCadence(project: "MOSN", interval: QUARTER) { project { name } start releases } }""")
                .execute().path("releaseCadence").entityList(NODE).get();
        int total = graphQl.document("{ releases(filter: {projects: [\"MOSN\"]}) { totalCount } }").execute()
                .path("releases.totalCount").entity(Integer.class).get();

        assertThat(buckets).isNotEmpty().allSatisfy(bucket -> assertThat(bucket.get("project")).isEqualTo(Map.of("name", "MOSN")));
        List<LocalDate> starts = buckets.stream().map(bucket -> LocalDate.parse((String) bucket.get("start"))).toList();
        for (int i = 1; i < starts.size(); i++) {
            assertThat(starts.get(i)).isEqualTo(starts.get(i - 1).plusMonths(3));
        }
        assertThat(starts).allSatisfy(start -> assertThat(start.getDayOfMonth()).isEqualTo(1));
        assertThat(buckets.stream().mapToInt(bucket -> (Integer) bucket.get("releases")).sum()).isEqualTo(total);
        assertThat(buckets).anySatisfy(bucket -> assertThat(bucket.get("releases")).isEqualTo(0));
    }

    @Test
    void aProjectIsFoundByAnyAliasWithItsCadence() {
        graphQl.document("{ project(name: \"SOFA-JRAFT\") { name aliases repository cadence { releases first last medianDaysBetween } } }")
                .execute()
                .path("project.name").entity(String.class).isEqualTo("SOFAJRaft")
                .path("project.repository").entity(String.class).isEqualTo("https://github.com/sofastack/sofa-jraft")
                .path("project.cadence.releases").entity(Integer.class).satisfies(count -> assertThat(count).isGreaterThanOrEqualTo(5))
                .path("project.cadence.medianDaysBetween").entity(Double.class).satisfies(days -> assertThat(days).isPositive());
        graphQl.document("{ project(name: \"no such project\") { name } }").execute().path("project").valueIsNull();
    }

    @Test
    void projectsListTheCatalogueAndTheProjectsOnlyTheContentNames() {
        List<String> names = graphQl.document("{ projects { name } }").execute()
                .path("projects[*].name").entityList(String.class).get();

        assertThat(names).contains("SOFAJRaft", "MOSN", "Seata", "Layotto").doesNotHaveDuplicates();
        assertThat(names).anySatisfy(name -> assertThat(name).isEqualToIgnoringCase("sofa-common-tools"));
    }

    @Test
    void anIssueListsWhatItIsAbout() {
        graphQl.document("{ issue(slug: \"sofa-weekly-20220318\") { projects { name } releases { project { name } version } } }")
                .execute()
                .path("issue.releases[0].project.name").entity(String.class).isEqualTo("SOFAJRaft")
                .path("issue.projects[*].name").entityList(String.class).contains("SOFAJRaft");
    }

    @Test
    void anUnknownProjectInReleaseCadenceIsABadRequest() {
        graphQl.document("{ releaseCadence(project: \"Nope\") { start } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("'Nope' is not known")));
    }
}
