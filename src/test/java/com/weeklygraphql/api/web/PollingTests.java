package com.weeklygraphql.api.web;

import static org.awaitility.Awaitility.await;

import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GraphQlClients;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Without any webhook, polling picks up a new commit by itself. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PollingTests {

    private static final Path REMOTE = ContentRepositories.sampleRepository(ContentRepositories.tempDir("polling-remote"));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void remote(DynamicPropertyRegistry registry) {
        registry.add("content.repository.uri", REMOTE::toString);
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("polling-data").toString());
        registry.add("content.sync.interval", () -> "500ms");
    }

    @Test
    void aNewCommitBecomesVisibleAfterAPoll() {
        String commit = ContentRepositories.commit(REMOTE, "content/zh/blog/polled-issue/index.md",
                ContentRepositories.issueMarkdown("SOFA Weekly | polled", "2024-02-02T15:00:00+08:00", "本周内容。"),
                "Add polled-issue");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> GraphQlClients.graphQl(port)
                .document("{ content { commit } issue(slug: \"polled-issue\") { title } }").execute()
                .path("content.commit").entity(String.class).isEqualTo(commit)
                .path("issue.title").entity(String.class).isEqualTo("SOFA Weekly | polled"));
    }
}
