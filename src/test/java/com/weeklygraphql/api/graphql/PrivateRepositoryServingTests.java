package com.weeklygraphql.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.sync.ContentSync;
import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GitHttpServer;
import com.weeklygraphql.support.GitRemote;
import com.weeklygraphql.support.GraphQlClients;
import com.weeklygraphql.support.SampleIssues;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a private repository behind JGit's HTTP server: it serves with the token, keeps serving
 * when the token is refused, says so in {@code content} and health, and the token appears nowhere a client or
 * an operator can read: GraphQL answers, health, metrics, logs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrivateRepositoryServingTests {

    private static final String TOKEN = "glpat-T0kenThatMustNeverLeak";
    private static final GitRemote REMOTE = remote();
    private static final GitHttpServer SERVER = GitHttpServer.serve(REMOTE, TOKEN);

    @LocalServerPort
    int port;

    @Autowired
    ContentSync sync;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("content.repository.uri", SERVER::uri);
        registry.add("content.repository.token", () -> TOKEN);
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("private-data").toString());
        registry.add("content.sync.interval", () -> "0");
    }

    private static GitRemote remote() {
        GitRemote remote = GitRemote.withSampleIssues(ContentRepositories.tempDir("private-remote"), 3);
        return remote;
    }

    @AfterAll
    static void stop() {
        SERVER.close();
        REMOTE.close();
    }

    @Test
    @Order(1)
    void servesThePrivateRepositoryWithItsHistory() {
        String slug = SampleIssues.slugOf(SampleIssues.first(1).keySet().iterator().next());
        GraphQlClients.graphQl(port).document("{ content { commit issueCount syncFailures } issue(slug: \"" + slug
                        + "\") { publishedAt updatedAt } }").execute()
                .path("content.commit").entity(String.class).isEqualTo(REMOTE.head().name())
                .path("content.issueCount").entity(Integer.class).isEqualTo(3)
                .path("content.syncFailures").entity(Integer.class).isEqualTo(0)
                .path("issue.publishedAt").entity(String.class)
                .satisfies(at -> assertThat(OffsetDateTime.parse(at).toInstant()).isEqualTo(GitRemote.FIRST_COMMIT_TIME))
                .path("issue.updatedAt").entity(String.class)
                .satisfies(at -> assertThat(OffsetDateTime.parse(at).toInstant()).isEqualTo(GitRemote.FIRST_COMMIT_TIME));
    }

    @Test
    @Order(2)
    void refusedTokenKeepsServingAndLeaksNowhere(CapturedOutput output) {
        String served = REMOTE.head().name();
        SERVER.acceptOnly("a-rotated-token");
        REMOTE.commit("content/zh/blog/private-new/index.md",
                ContentRepositories.issueMarkdown("SOFA Weekly | private", "2099-01-01T10:00:00+08:00", "本周内容。"));
        REMOTE.push();

        sync.syncNow();

        GraphQlClients.graphQl(port).document("{ content { commit syncFailures lastSyncError lastSyncErrorReason "
                        + "lastSyncAttempt nextSyncAttempt } issue(slug: \"private-new\") { slug } }").execute()
                .path("content.commit").entity(String.class).isEqualTo(served)
                .path("content.syncFailures").entity(Integer.class).isEqualTo(1)
                .path("content.lastSyncErrorReason").entity(String.class).isEqualTo("AUTHENTICATION")
                .path("content.lastSyncError").entity(String.class)
                .satisfies(error -> assertThat(error).contains("not authorized").doesNotContain(TOKEN))
                .path("content.nextSyncAttempt").entity(String.class)
                .satisfies(next -> assertThat(OffsetDateTime.parse(next).toInstant()).isAfter(Instant.now()))
                .path("issue").valueIsNull();
        String health = GraphQlClients.http(port).get().uri("/actuator/health").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(health).contains("\"lastSyncErrorReason\":\"AUTHENTICATION\"").contains("\"consecutiveFailures\":1")
                .contains("nextAttempt").doesNotContain(TOKEN);
        String metrics = GraphQlClients.http(port).get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("content_sync_failures_total{reason=\"AUTHENTICATION\"} 1.0").doesNotContain(TOKEN);
        assertThat(output.getAll()).contains("not authorized").doesNotContain(TOKEN);

        SERVER.acceptOnly(TOKEN);
        sync.syncNow();

        GraphQlClients.graphQl(port).document("{ content { commit syncFailures lastSyncError } issue(slug: \"private-new\") { slug } }")
                .execute()
                .path("content.commit").entity(String.class).isEqualTo(REMOTE.head().name())
                .path("content.syncFailures").entity(Integer.class).isEqualTo(0)
                .path("content.lastSyncError").valueIsNull()
                .path("issue.slug").entity(String.class).isEqualTo("private-new");
    }
}
