package com.weeklygraphql.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GraphQlClients;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/** Each limit refuses a query just over it, with a message naming the limit and its value. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "api.limits.max-depth=5", "api.limits.max-cost=300", "api.limits.max-request-size=2KB", "api.limits.max-subscriptions=1",
        "content.sync.interval=0"})
class QueryLimitsTests {

    @LocalServerPort
    int port;

    @Autowired
    ContentUpdates updates;

    @DynamicPropertySource
    static void sample(DynamicPropertyRegistry registry) {
        registry.add("content.repository.uri",
                () -> ContentRepositories.sampleRepository(ContentRepositories.tempDir("limits-remote")).toString());
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("limits-data").toString());
    }

    @Test
    void aQueryWithinTheLimitsIsAnswered() {
        GraphQlClients.graphQl(port).document("{ issues(first: 10) { edges { node { title date } } } }").execute()
                .path("issues.edges").entityList(Object.class).hasSize(10);
    }

    @Test
    void aQueryTooDeepIsRefusedNamingTheDepthLimit() {
        refusedNaming("{ issues(first: 1) { edges { node { releases { project { releases { version } } } } } } }",
                "over the limit of 5", "api.limits.max-depth");
    }

    /** Only an operation that asks for the schema alone is left to graphql-java's own introspection checks. */
    @Test
    void aDeepQueryBesideAnIntrospectionFieldIsStillRefused() {
        refusedNaming("{ __typename issues(first: 1) { edges { node { releases { project { releases { version } } } } } } }",
                "over the limit of 5", "api.limits.max-depth");
    }

    @Test
    void aQueryTooCostlyIsRefusedNamingTheCostLimit() {
        refusedNaming("{ issues(first: 100) { edges { node { title date excerpt html } } } }",
                "over the limit of 300", "api.limits.max-cost");
    }

    @Test
    void pageSizeDrivesTheCost() {
        GraphQlClients.graphQl(port).document("{ issues(first: 20) { edges { node { title date excerpt html } } } }")
                .execute().errors().verify();
    }

    /** Every open page holds a subscription: past the limit they are refused, not left to take every connection. */
    @Test
    void aSubscriptionOverTheLimitIsRefusedNamingItAndTheStreamEnds() {
        Disposable first = eventSource().subscribe();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> updates.subscribers() == 1);

            List<ServerSentEvent<String>> second = eventSource().filter(event -> event.event() != null)
                    .collectList().block(Duration.ofSeconds(20));

            assertThat(second).extracting(ServerSentEvent::event).containsExactly("next", "complete");
            assertThat(second.get(0).data()).contains("api.limits.max-subscriptions").contains("SERVICE_BUSY");
            assertThat(updates.subscribers()).isEqualTo(1);
        } finally {
            first.dispose();
        }
    }

    @Test
    void aRequestTooLargeIsRefusedNamingTheSizeLimit() {
        String padding = " ".repeat(3000);
        GraphQlClients.http(port).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"query\":\"{ issues { totalCount } }" + padding + "\"}").exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .contains("over the limit of 2048 bytes").contains("api.limits.max-request-size"));
    }

    private void refusedNaming(String document, String... parts) {
        GraphQlClients.graphQl(port).document(document).execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error -> assertThat(error.getMessage()).contains(parts)));
    }

    private Flux<ServerSentEvent<String>> eventSource() {
        return GraphQlClients.eventSource(port, "subscription { contentUpdated { commit } }").retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() { });
    }
}
