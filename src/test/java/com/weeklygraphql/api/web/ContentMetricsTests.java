package com.weeklygraphql.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.sync.ContentSync;
import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GitRemote;
import com.weeklygraphql.support.GraphQlClients;
import com.weeklygraphql.support.SampleIssues;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The content's metrics, scraped from {@code /actuator/prometheus} as Prometheus would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentMetricsTests {

    private static final GitRemote REMOTE = remote();

    @LocalServerPort
    int port;

    @Autowired
    ContentSync sync;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("content.repository.uri", REMOTE::uri);
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("metrics-data").toString());
        registry.add("content.sync.interval", () -> "0");
    }

    private static GitRemote remote() {
        GitRemote remote = GitRemote.withSampleIssues(ContentRepositories.tempDir("metrics-remote"), 5);
        return remote;
    }

    @AfterAll
    static void close() {
        REMOTE.close();
    }

    @Test
    void syncsTheirStagesParsesDecodedIssuesAndServedContentAreExposed() {
        String edited = SampleIssues.first(1).keySet().iterator().next();
        REMOTE.commit(edited, (new String(SampleIssues.all().get(edited), StandardCharsets.UTF_8) + "\n补充。\n")
                .getBytes(StandardCharsets.UTF_8));
        REMOTE.push();
        sync.syncNow();
        REMOTE.takeDown();
        sync.syncNow();
        REMOTE.bringBack();
        String slug = SampleIssues.slugOf(edited);
        // Two different questions about one issue: the second is not an answer kept from the first.
        for (String field : new String[] {"title", "date"}) {
            GraphQlClients.graphQl(port).document("{ issue(slug: \"" + slug + "\") { " + field + " } }").execute()
                    .path("issue." + field).hasValue();
        }

        String scrape = scrape();

        assertThat(value(scrape, "content_sync_seconds_count", Map.of("outcome", "success"))).isEqualTo(2);
        assertThat(value(scrape, "content_sync_seconds_count", Map.of("outcome", "failure"))).isEqualTo(1);
        assertThat(value(scrape, "content_sync_failures_total", Map.of("reason", "UNREACHABLE"))).isEqualTo(1);
        assertThat(value(scrape, "content_sync_failures_total", Map.of("reason", "AUTHENTICATION"))).isZero();
        assertThat(value(scrape, "content_sync_consecutive_failures", Map.of())).isEqualTo(1);
        // Five files at start, then the one the commit changed.
        assertThat(value(scrape, "content_parses_total", Map.of())).isEqualTo(6);
        // The issue read twice: decoded once from the index, then from the cache.
        assertThat(value(scrape, "cache_gets_total", Map.of("cache", "content.issues.decoded", "result", "miss"))).isEqualTo(1);
        assertThat(value(scrape, "cache_gets_total", Map.of("cache", "content.issues.decoded", "result", "hit"))).isEqualTo(1);
        assertThat(value(scrape, "content_decoded_cache_hit_ratio", Map.of())).isEqualTo(0.5);
        assertThat(value(scrape, "content_issues", Map.of())).isEqualTo(5);
        assertThat(value(scrape, "content_problems", Map.of())).isZero();
        assertThat(value(scrape, "content_commit_age_seconds", Map.of())).isPositive();
        assertThat(value(scrape, "content_history_commits_total", Map.of())).isEqualTo(2);
        assertThat(value(scrape, "content_updates_subscribers", Map.of())).isZero();
        assertThat(value(scrape, "graphql_executions_waiting", Map.of())).isZero();
        // The two reads of the issue were two different documents: both missed the answer cache, and both are in it.
        assertThat(value(scrape, "cache_gets_total", Map.of("cache", "graphql.answers", "result", "miss"))).isEqualTo(2);
        assertThat(value(scrape, "cache_size", Map.of("cache", "graphql.answers"))).isEqualTo(2);
        // The start's fetch and the edit's; the fetch that failed is a failure, not a fetch.
        assertThat(value(scrape, "content_sync_fetch_seconds_count", Map.of())).isEqualTo(2);
        assertThat(value(scrape, "content_sync_fetch_seconds_sum", Map.of())).isPositive();
        // The start's commit and the edit, each from fetched to served.
        assertThat(value(scrape, "content_sync_update_seconds_count", Map.of())).isEqualTo(2);
        assertThat(value(scrape, "content_sync_update_seconds_sum", Map.of())).isPositive();

        sync.syncNow();

        String afterQuietFetch = scrape();
        assertThat(value(afterQuietFetch, "content_sync_fetch_seconds_count", Map.of())).isEqualTo(3);
        assertThat(value(afterQuietFetch, "content_sync_update_seconds_count", Map.of())).as("the branch did not move")
                .isEqualTo(2);
    }

    private String scrape() {
        return GraphQlClients.http(port).get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    /** The value of the sample with this name whose labels include the given ones. */
    private static double value(String scrape, String name, Map<String, String> labels) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$", Pattern.MULTILINE);
        Matcher matcher = line.matcher(scrape);
        while (matcher.find()) {
            String found = matcher.group(1) == null ? "" : matcher.group(1);
            if (labels.entrySet().stream().allMatch(l -> found.contains(l.getKey() + "=\"" + l.getValue() + "\""))) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        throw new AssertionError("no sample " + name + labels + " in:\n" + scrape);
    }
}
