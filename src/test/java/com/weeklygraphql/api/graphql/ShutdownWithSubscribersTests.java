package com.weeklygraphql.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.weeklygraphql.WeeklyGraphqlApplication;
import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GraphQlClients;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.codec.ServerSentEvent;

/**
 * A service stopping (a rolling update, a scale-down) while pages hold {@code contentUpdated} open: their streams
 * end cleanly before the web server's graceful shutdown waits for open requests, so it need not wait its whole
 * timeout for streams that never end and then cut them.
 */
class ShutdownWithSubscribersTests {

    @Test
    void stoppingTheServiceEndsOpenSubscriptionsWithACompleteEvent() throws Exception {
        ConfigurableApplicationContext service = start();
        ContentUpdates updates = service.getBean(ContentUpdates.class);
        List<String> events = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> ended = subscribe(service, events);
        await().atMost(Duration.ofSeconds(20)).until(() -> updates.subscribers() == 1);

        service.close();

        ended.get(5, TimeUnit.SECONDS);
        assertThat(events).as("the stream's events").contains("complete");
    }

    /** As a test framework pausing and resuming a cached context does: new subscriptions stay open again. */
    @Test
    void aServiceStoppedAndStartedAgainTakesNewSubscriptions() {
        try (ConfigurableApplicationContext service = start()) {
            ContentUpdates updates = service.getBean(ContentUpdates.class);
            service.stop();
            service.start();

            CompletableFuture<Void> ended = subscribe(service, new CopyOnWriteArrayList<>());
            await().atMost(Duration.ofSeconds(20)).until(() -> updates.subscribers() == 1);
            assertThat(ended).isNotDone();
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(WeeklyGraphqlApplication.class).run("--server.port=0",
                "--content.sync.interval=0", "--content.data-dir=" + ContentRepositories.tempDir("shutdown-data"));
    }

    private static CompletableFuture<Void> subscribe(ConfigurableApplicationContext service, List<String> events) {
        int port = service.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        return GraphQlClients.eventSource(port, "subscription { contentUpdated { commit } }").retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() { })
                .doOnNext(event -> events.add(String.valueOf(event.event())))
                .then().toFuture();
    }
}
