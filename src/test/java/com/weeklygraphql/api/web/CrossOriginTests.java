package com.weeklygraphql.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.support.ContentRepositories;
import java.io.IOException;
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

/**
 * A page on another site calls the API from the browser, as a frontend or an analyst's notebook does: the browser
 * asks first (a preflight) and reads an answer only if it names its origin or any. The requests are sent with the
 * headers a browser sends; the webhook and the actuator take no calls from pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrossOriginTests {

    private static final String SITE = "https://weekly.example.org";
    private static final String QUERY = "{ issues(first: 2) { totalCount edges { node { slug } } } }";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void embeddedSample(DynamicPropertyRegistry registry) {
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("cross-origin").toString());
        registry.add("content.sync.interval", () -> "0");
    }

    @Test
    void aPageOnAnotherSiteMayPostAQueryAfterItsPreflight() throws Exception {
        HttpResponse<String> preflight = send(request("/graphql").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,apollographql-client-name"));

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(header(preflight, "Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(header(preflight, "Access-Control-Allow-Methods")).contains("POST");
        assertThat(header(preflight, "Access-Control-Allow-Headers").toLowerCase())
                .contains("content-type", "apollographql-client-name");
        assertThat(header(preflight, "Access-Control-Max-Age")).isEqualTo("3600");

        HttpResponse<String> answer = send(request("/graphql").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + QUERY + "\"}")));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(header(answer, "Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(answer.body()).contains("\"totalCount\":114");
    }

    @Test
    void aCachedGetMayBeReadByAnySiteWithItsETag() throws Exception {
        String path = "/graphql?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(request(path).GET());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(header(answer, "Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(header(answer, "Access-Control-Expose-Headers")).containsIgnoringCase("ETag");
        String etag = header(answer, "ETag");

        HttpResponse<String> revalidated = send(request(path).header("If-None-Match", etag).GET());

        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(header(revalidated, "Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void aNotebookOnAnotherSiteMayDownloadTheCsv() throws Exception {
        HttpResponse<String> csv = send(request("/export/releases.csv?project=SOFARPC").GET());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(header(csv, "Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(csv.body()).contains("SOFARPC");
    }

    @Test
    void theWebhookAndTheActuatorTakeNoCallsFromPages() throws Exception {
        for (String path : new String[] {"/webhooks/git", "/actuator/health"}) {
            HttpResponse<String> preflight = send(request(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Access-Control-Request-Method", "POST"));

            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
        }
        HttpResponse<String> health = send(request("/actuator/health").GET());

        assertThat(health.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Origin", SITE);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError(
                "no " + name + " header in the answer: " + response.headers().map()));
    }
}
