package com.weeklygraphql.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.support.ContentRepositories;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An operator whose proxy compresses, or whose CPU is short, turns the service's own gzip off. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "api.cache.gzip=false", "content.sync.interval=0"})
class GzipTurnedOffTests {

    private static final String QUERY = "{ issues(first: 20) { edges { node { title excerpt html } } } }";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void embeddedSample(DynamicPropertyRegistry registry) {
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("gzip-off").toString());
    }

    @Test
    void noAnswerOrDownloadIsGzippedEvenForAClientThatReadsGzip() throws Exception {
        HttpRequest.Builder get = request("/graphql?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8)).GET();
        HttpRequest.Builder post = request("/graphql").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + QUERY + "\"}"));
        HttpRequest.Builder csv = request("/export/questions.csv").GET();

        for (HttpRequest.Builder asked : new HttpRequest.Builder[] {get, post, csv}) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(asked.header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Encoding")).as(answer.uri().toString()).isEmpty();
            assertThat(answer.body().length()).isGreaterThan(10_000);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
