package com.weeklygraphql.support;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Clients that reach the running service over real HTTP. */
public final class GraphQlClients {

    private GraphQlClients() {
    }

    public static HttpGraphQlTester graphQl(int port) {
        return HttpGraphQlTester.create(http(port).mutate().baseUrl("http://localhost:" + port + "/graphql").build());
    }

    public static WebTestClient http(int port) {
        // Whole pages of rendered issues exceed WebClient's default 256 KB buffer.
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build();
    }
}
