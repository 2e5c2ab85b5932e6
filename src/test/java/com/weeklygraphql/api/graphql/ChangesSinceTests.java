package com.weeklygraphql.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.sync.ContentSync;
import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GitRemote;
import com.weeklygraphql.support.GraphQlClients;
import com.weeklygraphql.support.SampleIssues;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code changes(since:)} over HTTP on a real repository: what a static site needs to rebuild, and clear refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChangesSinceTests {

    private static final GitRemote REMOTE = GitRemote.withSampleIssues(ContentRepositories.tempDir("changes-remote"), 6);
    private static final List<String> PATHS = new ArrayList<>(SampleIssues.first(6).keySet());
    private static final String QUERY = "query($since: String!) { changes(since: $since) { since commit added changed removed"
            + " commits { id committedAt author message } } }";

    @LocalServerPort
    int port;

    @Autowired
    ContentSync sync;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("content.repository.uri", REMOTE::uri);
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("changes-data").toString());
        registry.add("content.sync.interval", () -> "0");
    }

    @AfterAll
    static void close() {
        REMOTE.close();
    }

    @Test
    @Order(1)
    void addedChangedAndRemovedIssuesSinceAnEarlierCommitWithTheCommitsBetween() {
        String since = REMOTE.head().name();
        String edited = PATHS.get(0);
        String deleted = PATHS.get(1);
        String moved = PATHS.get(2);
        REMOTE.commit(edited, (new String(SampleIssues.all().get(edited), StandardCharsets.UTF_8) + "\n补充。\n")
                .getBytes(StandardCharsets.UTF_8));
        REMOTE.delete(deleted);
        // The same page bundle under another language folder: the same slug, another file.
        REMOTE.commit(moved.replaceFirst("^content/zh/", "content/ja/"), SampleIssues.all().get(moved));
        REMOTE.delete(moved);
        REMOTE.commit("content/zh/blog/sofa-weekly-29990101/index.md",
                ContentRepositories.issueMarkdown("SOFA Weekly | 新的一期", "2099-01-01T10:00:00+08:00", "本周内容。"));
        REMOTE.commit("README.txt", "not content");
        RevCommit head = REMOTE.head();
        REMOTE.push();
        sync.syncNow();

        GraphQlTester.Response response = changes(since);

        response.path("changes.since").entity(String.class).isEqualTo(since);
        response.path("changes.commit").entity(String.class).isEqualTo(head.name());
        response.path("changes.added").entityList(String.class).containsExactly("sofa-weekly-29990101");
        response.path("changes.changed").entityList(String.class)
                .containsExactly(List.of(SampleIssues.slugOf(edited), SampleIssues.slugOf(moved)).stream().sorted().toArray(String[]::new));
        response.path("changes.removed").entityList(String.class).containsExactly(SampleIssues.slugOf(deleted));
        List<Map<String, Object>> commits = response.path("changes.commits").entityList(
                new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { }).get();
        assertThat(commits).hasSize(6);
        assertThat(commits.get(commits.size() - 1)).containsEntry("id", head.name());
        assertThat(commits).allSatisfy(commit -> assertThat(commit).containsKeys("committedAt", "author", "message"));
    }

    @Test
    @Order(2)
    void theServedCommitItselfHasNoChangesAndAShortIdIsEnough() {
        String served = REMOTE.head().name();

        GraphQlTester.Response response = changes(served.substring(0, 10));

        response.path("changes.since").entity(String.class).isEqualTo(served);
        response.path("changes.added").entityList(String.class).hasSize(0);
        response.path("changes.changed").entityList(String.class).hasSize(0);
        response.path("changes.removed").entityList(String.class).hasSize(0);
        response.path("changes.commits").entityList(Object.class).hasSize(0);
    }

    @Test
    @Order(3)
    void anUnknownCommitOrNotACommitIsRefusedWithWhatToPass() {
        for (String since : List.of("0123456789abcdef0123456789abcdef01234567", "not-a-commit", "abc")) {
            changesRefused(since, "is not a commit of the content repository");
        }
    }

    @Test
    @Order(4)
    void aCommitOutsideTheServedHistoryIsRefused() {
        RevCommit before = REMOTE.head();
        REMOTE.resetTo(REMOTE.head().getParent(0));
        REMOTE.commit("content/zh/blog/sofa-weekly-29990202/index.md",
                ContentRepositories.issueMarkdown("SOFA Weekly | rewritten", "2099-02-02T10:00:00+08:00", "改写。"));
        REMOTE.forcePush();
        sync.syncNow();

        changesRefused(before.name(), "is not in the history of the served commit");
    }

    private GraphQlTester.Response changes(String since) {
        return GraphQlClients.graphQl(port).document(QUERY).variable("since", since).execute();
    }

    private void changesRefused(String since, String message) {
        GraphQlClients.graphQl(port).document(QUERY).variable("since", since).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).contains(message);
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                }));
    }
}
