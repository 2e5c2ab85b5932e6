package com.weeklygraphql.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.weeklygraphql.content.sync.ContentSync;
import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GraphQlClients;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The push webhook against a real repository: signed calls sync at once, anything else changes nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookTests {

    private static final String SECRET = "webhook-test-secret";
    private static final Path REMOTE = ContentRepositories.sampleRepository(ContentRepositories.tempDir("webhook-remote"));

    @LocalServerPort
    int port;

    @Autowired
    ContentSync sync;

    @DynamicPropertySource
    static void remote(DynamicPropertyRegistry registry) {
        registry.add("content.repository.uri", REMOTE::toString);
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("webhook-data").toString());
        registry.add("content.sync.interval", () -> "0");
        registry.add("content.webhook.secret", () -> SECRET);
    }

    @Test
    void aGitHubSignedPushSyncsAtOnce() {
        commitIssue("webhook-github", "2024-01-05T15:00:00+08:00");
        byte[] body = "{\"ref\":\"refs/heads/main\"}".getBytes(StandardCharsets.UTF_8);

        GraphQlClients.http(port).post().uri("/webhooks/git")
                .header("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(hmac(body)))
                .header("X-GitHub-Event", "push")
                .bodyValue(body).exchange()
                .expectStatus().isEqualTo(HttpStatus.ACCEPTED);

        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> issueIsServed("webhook-github"));
    }

    @Test
    void aGitLabTokenPushSyncsAtOnce() {
        commitIssue("webhook-gitlab", "2024-01-12T15:00:00+08:00");

        GraphQlClients.http(port).post().uri("/webhooks/git")
                .header("X-Gitlab-Token", SECRET).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(HttpStatus.ACCEPTED);

        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> issueIsServed("webhook-gitlab"));
    }

    @Test
    void aWrongOrMissingSignatureIsRefusedAndStartsNoSync() {
        commitIssue("webhook-forged", "2024-01-19T15:00:00+08:00");
        Instant lastAttempt = sync.status().lastAttempt();
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        GraphQlClients.http(port).post().uri("/webhooks/git")
                .header("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(new byte[32]))
                .bodyValue(body).exchange().expectStatus().isUnauthorized();
        GraphQlClients.http(port).post().uri("/webhooks/git")
                .header("X-Gitlab-Token", "not-the-secret").bodyValue(body).exchange().expectStatus().isUnauthorized();
        GraphQlClients.http(port).post().uri("/webhooks/git").bodyValue(body).exchange().expectStatus().isUnauthorized();

        assertThat(sync.status().lastAttempt()).isEqualTo(lastAttempt);
        graphQl().document("{ issue(slug: \"webhook-forged\") { slug } }").execute().path("issue").valueIsNull();
    }

    private void issueIsServed(String slug) {
        graphQl().document("{ issue(slug: \"" + slug + "\") { slug } }").execute()
                .path("issue.slug").entity(String.class).isEqualTo(slug);
    }

    private HttpGraphQlTester graphQl() {
        return GraphQlClients.graphQl(port);
    }

    private static void commitIssue(String slug, String date) {
        ContentRepositories.commit(REMOTE, "content/zh/blog/" + slug + "/index.md",
                ContentRepositories.issueMarkdown("SOFA Weekly | " + slug, date, "本周内容。"), "Add " + slug);
    }

    private static byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
