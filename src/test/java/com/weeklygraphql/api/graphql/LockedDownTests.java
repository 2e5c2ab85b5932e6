package com.weeklygraphql.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GraphQlClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The limits an operator tightens for a public deployment: no introspection, a very short timeout, calls from
 * the pages of its own sites only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.graphql.schema.introspection.enabled=false", "api.limits.timeout=0ms", "content.sync.interval=0",
        "spring.graphql.cors.allowed-origins=", "spring.graphql.cors.allowed-origin-patterns=https://*.sofastack.tech"})
class LockedDownTests {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void sample(DynamicPropertyRegistry registry) {
        registry.add("content.repository.uri",
                () -> ContentRepositories.sampleRepository(ContentRepositories.tempDir("locked-remote")).toString());
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("locked-data").toString());
    }

    @Test
    void crossOriginCallsCanBeNarrowedToTheOperatorsSites() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {"/graphql", "/export/releases.csv"}) {
            for (String origin : new String[] {"https://www.sofastack.tech", "https://elsewhere.example"}) {
                HttpRequest preflight = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                        .header("Access-Control-Request-Method", "GET").build();

                HttpResponse<Void> answer = http.send(preflight, HttpResponse.BodyHandlers.discarding());

                assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).as(path + " from " + origin)
                        .isEqualTo(origin.endsWith(".sofastack.tech") ? Optional.of(origin) : Optional.empty());
            }
        }
    }

    @Test
    void introspectionCanBeTurnedOff() {
        GraphQlClients.graphQl(port).document("{ __schema { types { name } } }").execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty()
                        .anySatisfy(error -> assertThat(error.getMessage()).containsIgnoringCase("introspection")));
    }

    @Test
    void anExecutionOverTheTimeoutIsStoppedNamingTheTimeout() {
        GraphQlClients.graphQl(port).document("{ issues(first: 5) { edges { node { title } } } }").execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty().anySatisfy(error ->
                        assertThat(error.getMessage()).contains("execution timeout of 0 ms").contains("api.limits.timeout")));
    }
}
