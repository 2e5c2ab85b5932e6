package com.weeklygraphql.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GraphQlClients;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Another newsletter than SOFA Weekly, in English with its own wording ("This Week in Lattice": Releases, Q&A,
 * Events, Reading), served from a repository that brings its own profile ({@code newsletter.yaml}) and catalogue
 * ({@code projects.yaml}): the parser's Java knows nothing of it, and its entities are queried over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondNewsletterServingTests {

    private static final ParameterizedTypeReference<Map<String, Object>> NODE = new ParameterizedTypeReference<>() { };

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void secondNewsletter(DynamicPropertyRegistry registry) {
        Path repository = ContentRepositories.repositoryOf(Path.of("src/test/resources/second-newsletter"),
                ContentRepositories.tempDir("second-newsletter-repo"));
        registry.add("content.repository.uri", repository::toString);
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("second-newsletter-data").toString());
        registry.add("content.sync.interval", () -> "0");
    }

    @Test
    void servesTheIssuesItsProfileRecognisesAndNoOther() {
        GraphQlTester.Response response = query("PrismDB");

        response.path("issues.totalCount").entity(Integer.class).isEqualTo(2);
        List<Map<String, Object>> issues = response.path("issues.edges[*].node").entityList(NODE).get();
        // the SOFA Weekly issue in the same repository is an ordinary page for this newsletter
        assertThat(issues).extracting(issue -> issue.get("slug"))
                .containsExactly("this-week-in-lattice-12", "this-week-in-lattice-13");
        // dates without an offset (the TOML issue) are in the profile's time zone
        assertThat(issues).extracting(issue -> issue.get("date"))
                .containsExactly("2024-03-08T10:00:00+01:00", "2024-03-15T09:30:00+01:00");
        response.path("content.problems").entityList(Object.class).hasSize(0);
    }

    @Test
    void releasesComeWithTheirChangesAndNotesUnderTheCataloguesNames() {
        List<Map<String, Object>> releases = query("PrismDB").path("releases.edges[*].node").entityList(NODE).get();

        assertThat(releases).extracting(r -> (Object) (((Map<?, ?>) r.get("project")).get("name") + " " + r.get("version")))
                .containsExactly("Prism 2.4.0", "Tessera 0.9.1", "Prism 2.4.1");
        assertThat(releases.get(0).get("changes"))
                .isEqualTo(List.of("Faster compaction of cold segments", "A new streaming scan API"));
        assertThat(releases.get(0).get("notesUrl")).isEqualTo("https://github.com/lattice-dev/prism/releases/tag/v2.4.0");
        assertThat((List<?>) releases.get(1).get("changes")).hasSize(2);
    }

    @Test
    void questionThreadsHaveTheirAskersRoundsAndProjects() {
        List<Map<String, Object>> questions = query("PrismDB").path("questions.edges[*].node").entityList(NODE).get();

        assertThat(questions).extracting(q -> q.get("asker")).containsExactly("grace", "Linus");
        assertThat(questions).extracting(q -> (Object) ((Map<?, ?>) q.get("project")).get("name"))
                .containsExactly("Prism", "Tessera");
        assertThat(questions.get(0).get("answer")).isEqualTo("Yes, since 2.1, on Linux.");
        assertThat(questions.get(1).get("followUps"))
                .isEqualTo(List.of(Map.of("question", "When will it?", "answer", "In 1.0, planned for the summer.")));
    }

    @Test
    void eventsHaveTheirKindDateAndStartInTheNewslettersTimeZone() {
        List<Map<String, Object>> events = query("PrismDB").path("events.edges[*].node").entityList(NODE).get();

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).containsEntry("title", "Lattice community call").containsEntry("kind", "COMMUNITY_MEETING")
                .containsEntry("date", "2024-03-14").containsEntry("startsAt", "2024-03-14T17:00:00+01:00")
                .containsEntry("signupUrl", "https://lattice.example.org/call");
        assertThat(events.get(1)).containsEntry("kind", "MEETUP").containsEntry("date", "2024-03-21")
                .containsEntry("startsAt", "2024-03-21T18:30:00+01:00");
    }

    @Test
    void projectsResolveThroughTheNewslettersOwnCatalogue() {
        GraphQlTester.Response response = query("prismdb");

        response.path("project.name").entity(String.class).isEqualTo("Prism");
        response.path("project.repository").entity(String.class).isEqualTo("https://github.com/lattice-dev/prism");
        assertThat(response.path("project.releases[*].version").entityList(String.class).get()).containsExactlyInAnyOrder("2.4.1", "2.4.0");
    }

    private GraphQlTester.Response query(String project) {
        return GraphQlClients.graphQl(port).documentName("secondNewsletter").variable("project", project).execute();
    }
}
