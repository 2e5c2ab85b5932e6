package com.weeklygraphql.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GraphQlClients;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Executions take turns for a few slots: with every slot held, a request waits, runs when one frees up, and is
 * refused with a GraphQL error naming the setting when none frees up within the execution timeout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "api.limits.concurrent-executions=1", "api.limits.timeout=1s", "content.sync.interval=0"})
class ExecutionSlotsTests {

    private static final java.nio.file.Path REMOTE =
            ContentRepositories.sampleRepository(ContentRepositories.tempDir("slots-remote"));

    @LocalServerPort
    int port;

    @Autowired
    ExecutionSlots slots;

    @DynamicPropertySource
    static void sample(DynamicPropertyRegistry registry) {
        registry.add("content.repository.uri", REMOTE::toString);
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("slots-data").toString());
    }

    @Test
    void aRequestThatFindsNoFreeSlotWithinTheTimeoutIsAnswered503SayingWhatToDo() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = holdTheOnlySlot(held, release);
        try {
            assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();

            String body = post("{ issues(first: 1) { edges { node { slug } } } }", HttpStatus.SERVICE_UNAVAILABLE);

            assertThat(body).contains("\"errors\"").contains("the service is busy")
                    .contains("api.limits.concurrent-executions").contains("SERVICE_BUSY").doesNotContain("\"data\"");
        } finally {
            release.countDown();
            holder.get(5, TimeUnit.SECONDS);
        }
        assertThat(post("{ issues(first: 1) { edges { node { slug } } } }", HttpStatus.OK)).contains("\"slug\"");
    }

    @Test
    void aRequestWaitingForASlotRunsAsSoonAsItIsFreed() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = holdTheOnlySlot(held, release);
        assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(
                () -> post("{ issues(first: 2) { edges { node { slug } } } }", HttpStatus.OK));
        Thread.sleep(200);
        assertThat(waiting).isNotDone();
        release.countDown();

        assertThat(waiting.get(5, TimeUnit.SECONDS)).contains("\"slug\"").doesNotContain("\"errors\"");
        holder.get(5, TimeUnit.SECONDS);
    }

    @Test
    void anExecutionThatFailsGivesItsSlotBack() {
        for (int i = 0; i < 3; i++) {
            CompletableFuture<Void> failing = CompletableFuture.runAsync(() -> slots.run(() -> {
                throw new IllegalStateException("an execution that fails");
            }));
            assertThat(failing).failsWithin(5, TimeUnit.SECONDS);
        }

        assertThat(post("{ issues(first: 1) { edges { node { slug } } } }", HttpStatus.OK)).contains("\"slug\"");
    }

    private CompletableFuture<Void> holdTheOnlySlot(CountDownLatch held, CountDownLatch release) {
        return CompletableFuture.runAsync(() -> slots.run(() -> {
            held.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    private String post(String query, HttpStatus expected) {
        return GraphQlClients.http(port).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"query\": \"" + query.replace("\"", "\\\"") + "\"}")
                .exchange().expectStatus().isEqualTo(expected).expectBody(String.class).returnResult().getResponseBody();
    }
}
