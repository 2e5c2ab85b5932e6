package com.weeklygraphql.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GitRemote;
import com.weeklygraphql.support.GraphQlClients;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.graphql.client.GraphQlTransport;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client subscribed to {@code contentUpdated} sees a pushed commit's new issue without asking: a real
 * commit is pushed to a real remote, the push webhook is called, and the update arrives over WebSocket
 * (graphql-transport-ws) or Server-Sent Events, with the issue as the new commit serves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentUpdatedSubscriptionTests {

    private static final String SECRET = "subscription-test-secret";
    /** What urql's fetch transport accepts, for queries and subscriptions alike. */
    private static final String URQL_ACCEPT = "application/graphql-response+json, application/graphql+json,"
            + " application/json, text/event-stream, multipart/mixed";
    private static final GitRemote REMOTE = remote();
    private static final String SUBSCRIPTION = """
            subscription {
              contentUpdated {
                commit previousCommit added changed removed issueCount
                issues { slug title publishedAt updatedAt projects { name } }
              }
            }
            """;

    @LocalServerPort
    int port;

    @Autowired
    ContentUpdates updates;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("content.repository.uri", REMOTE::uri);
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("subscription-data").toString());
        registry.add("content.sync.interval", () -> "0");
        registry.add("content.webhook.secret", () -> SECRET);
        // A server notices a closed SSE connection when it next writes: keep-alives make that soon.
        registry.add("spring.graphql.http.sse.keep-alive", () -> "500ms");
    }

    private static GitRemote remote() {
        GitRemote remote = GitRemote.withSampleIssues(ContentRepositories.tempDir("subscription-remote"), 3);
        return remote;
    }

    @AfterEach
    void allUnsubscribed() {
        await().atMost(Duration.ofSeconds(20)).until(() -> updates.subscribers() == 0);
    }

    @AfterAll
    static void closeRemote() {
        REMOTE.close();
    }

    @Test
    void webSocketSubscriberSeesAPushedIssue() throws Exception {
        WebSocketGraphQlClient client = WebSocketGraphQlClient
                .builder("ws://localhost:" + port + "/graphql", new ReactorNettyWebSocketClient())
                .build();
        try {
            seesAPushedIssue(client, "sofa-weekly-ws");
        } finally {
            client.stop().block(Duration.ofSeconds(10));
        }
    }

    /**
     * Read as a browser's EventSource reads the stream: keep-alive comments (every 500 ms here) are skipped and
     * the first {@code next} event is the update. spring-graphql's own HttpGraphQlClient cannot be the client
     * here: it ends a subscription at the first event that is not {@code next}, keep-alive comments included.
     */
    @Test
    void serverSentEventsSubscriberSeesAPushedIssue() throws Exception {
        seesAPushedIssueOverServerSentEvents(MediaType.TEXT_EVENT_STREAM_VALUE, "sofa-weekly-sse");
    }

    /**
     * urql's fetch transport sends this one Accept header for every operation and expects the server to choose:
     * a subscription streams, a query answers once as JSON.
     */
    @Test
    void aClientAcceptingJsonAndStreamsAlikeGetsAStreamForASubscriptionAndJsonForAQuery() throws Exception {
        seesAPushedIssueOverServerSentEvents(URQL_ACCEPT, "sofa-weekly-urql");

        var answer = GraphQlClients.streams(port).post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.ACCEPT, URQL_ACCEPT)
                .bodyValue(Map.of("query", "{ content { issueCount } }")).retrieve()
                .toEntity(new ParameterizedTypeReference<Map<String, Object>>() { }).block(Duration.ofSeconds(20));
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_GRAPHQL_RESPONSE);
        GraphQlResponse response = GraphQlTransport.createResponse(answer.getBody());
        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("content.issueCount").<Integer>getValue()).isPositive();
    }

    /** As a browser's EventSource asks: by GET, the operation in the URL, Accept: text/event-stream. */
    @Test
    void aBrowsersEventSourceSubscribesByGet() throws Exception {
        seesAPushedIssueOverServerSentEvents(GraphQlClients.eventSource(port, SUBSCRIPTION), "sofa-weekly-eventsource");
    }

    private void seesAPushedIssueOverServerSentEvents(String accept, String slug) throws Exception {
        seesAPushedIssueOverServerSentEvents(GraphQlClients.streams(port).post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.ACCEPT, accept)
                .bodyValue(Map.of("query", SUBSCRIPTION)), slug);
    }

    private void seesAPushedIssueOverServerSentEvents(WebClient.RequestHeadersSpec<?> request, String slug) throws Exception {
        AtomicInteger keepAlives = new AtomicInteger();
        CompletableFuture<GraphQlResponse> update = request
                .retrieve().bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() { })
                .doOnNext(event -> System.err.println("DBG event=" + event.event() + " comment=" + event.comment() + " data=" + event.data()))
                .doOnNext(event -> keepAlives.addAndGet(event.event() == null ? 1 : 0))
                .filter(event -> "next".equals(event.event()))
                .map(event -> GraphQlTransport.createResponse(event.data()))
                .next().toFuture();
        // The update must cross a keep-alive, as it does whenever a sync takes longer than the keep-alive period.
        await().atMost(Duration.ofSeconds(20)).until(() -> keepAlives.get() > 0);
        seesAPushedIssue(update, slug);
    }

    /** graphql-sse's "distinct connections" clients send every operation as a stream, queries included. */
    @Test
    void aQueryOverServerSentEventsIsOneNextEventThenComplete() {
        // The second client ranks the stream above JSON, the third is an EventSource, which asks by GET.
        for (String query : List.of("{ content { issueCount } }", "{ nope }")) {
            for (String accept : List.of(MediaType.TEXT_EVENT_STREAM_VALUE, "application/json;q=0.5, text/event-stream")) {
                oneNextEventThenComplete(GraphQlClients.streams(port).post().uri("/graphql")
                        .contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.ACCEPT, accept)
                        .bodyValue(Map.of("query", query)), accept + ": " + query);
            }
            oneNextEventThenComplete(GraphQlClients.eventSource(port, query), "GET: " + query);
        }
    }

    private void oneNextEventThenComplete(WebClient.RequestHeadersSpec<?> request, String query) {
        // Read as text: the complete event carries no JSON.
        List<ServerSentEvent<String>> events = request.retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() { })
                .filter(event -> event.event() != null).collectList().block(Duration.ofSeconds(20));

        assertThat(events).extracting(ServerSentEvent::event).as(query).containsExactly("next", "complete");
        @SuppressWarnings("unchecked")
        Map<String, Object> next = JsonMapper.builder().build().readValue(events.get(0).data(), Map.class);
        GraphQlResponse answer = GraphQlTransport.createResponse(next);
        if (query.contains("nope")) {
            assertThat(answer.getErrors()).singleElement()
                    .satisfies(error -> assertThat(error.getMessage()).contains("nope"));
        } else {
            assertThat(answer.getErrors()).isEmpty();
            assertThat(answer.field("content.issueCount").<Integer>getValue()).isPositive();
        }
    }

    private void seesAPushedIssue(GraphQlClient client, String slug) throws Exception {
        seesAPushedIssue(client.document(SUBSCRIPTION).executeSubscription().next().toFuture()
                .thenApply(GraphQlResponse.class::cast), slug);
    }

    private void seesAPushedIssue(CompletableFuture<GraphQlResponse> update, String slug) throws Exception {
        // Every test starts with none (allUnsubscribed): push once this client's subscription is live.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(updates.subscribers()).as("subscribers")
                .isEqualTo(1));
        String before = REMOTE.head().name();
        Instant committedAt = REMOTE.nextCommitTime();
        RevCommit pushed = REMOTE.commit("content/zh/blog/" + slug + "/index.md",
                ContentRepositories.issueMarkdown("SOFA Weekly | " + slug, "2099-01-01T10:00:00+08:00", "本周内容。"));
        REMOTE.push();

        GraphQlClients.http(port).post().uri("/webhooks/git").header("X-Gitlab-Token", SECRET).exchange()
                .expectStatus().isEqualTo(HttpStatus.ACCEPTED);

        GraphQlResponse response = update.get(30, TimeUnit.SECONDS);
        assertThat(response).as("an update before the stream ended").isNotNull();
        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("contentUpdated.commit").<String>getValue()).isEqualTo(pushed.name());
        assertThat(response.field("contentUpdated.previousCommit").<String>getValue()).isEqualTo(before);
        assertThat(response.field("contentUpdated.added").<List<String>>getValue()).containsExactly(slug);
        assertThat(response.field("contentUpdated.changed").<List<String>>getValue()).isEmpty();
        assertThat(response.field("contentUpdated.removed").<List<String>>getValue()).isEmpty();
        List<Map<String, Object>> issues = response.field("contentUpdated.issues").getValue();
        assertThat(issues).hasSize(1);
        assertThat(issues.get(0)).containsEntry("slug", slug).containsEntry("title", "SOFA Weekly | " + slug);
        // Read from the new commit's snapshot, not the one served when the subscription started.
        assertThat(OffsetDateTime.parse((String) issues.get(0).get("publishedAt")).toInstant()).isEqualTo(committedAt);
        assertThat(OffsetDateTime.parse((String) issues.get(0).get("updatedAt")).toInstant()).isEqualTo(committedAt);
    }
}
