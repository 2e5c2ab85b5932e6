package com.weeklygraphql.support;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/** Clients that reach the running service over real HTTP. */
public final class GraphQlClients {

    private GraphQlClients() {
    }

    public static HttpGraphQlTester graphQl(int port) {
        // The tester's own 5 s wait is about the test machine, not the service: a shared CI machine can be slow.
        return HttpGraphQlTester.builder(http(port).mutate().baseUrl("http://localhost:" + port + "/graphql"))
                .responseTimeout(java.time.Duration.ofSeconds(60)).build();
    }

    public static WebTestClient http(int port) {
        // Whole pages of rendered issues exceed WebClient's default 256 KB buffer.
        return WebTestClient.bindToServer().responseTimeout(java.time.Duration.ofSeconds(60)).baseUrl("http://localhost:" + port)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build();
    }

    /**
     * A client for event streams, each request on a connection of its own. Reactor Netty's shared pool now and then
     * hands a stream a connection that ended an earlier stream, and the new stream then stalls after its first
     * event (about one run in ten of ContentUpdatedSubscriptionTests); the service serves such a reused connection
     * (curl: a streamed query, then a subscription on the same connection, keeps its keep-alives coming).
     */
    public static WebClient streams(int port) {
        return WebClient.builder().baseUrl("http://localhost:" + port)
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection())))
                .build();
    }

    /** A GET of {@code query} as a browser's EventSource asks for it: the operation in the URL, an event stream back. */
    public static WebClient.RequestHeadersSpec<?> eventSource(int port, String query) {
        return streams(port).get()
                .uri(builder -> builder.path("/graphql").queryParam("query", "{query}").build(query))
                .accept(MediaType.TEXT_EVENT_STREAM);
    }
}
