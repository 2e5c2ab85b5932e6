package com.weeklygraphql.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.sync.ContentSync;
import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GitRemote;
import com.weeklygraphql.support.GraphQlClients;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the service shows at its edges: health without file-system paths, and GraphQL-shaped refusals of unreadable requests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CleanEdgesTests {

    private static final Path DATA = ContentRepositories.tempDir("edges-data");
    private static final GitRemote REMOTE = GitRemote.withSampleIssues(ContentRepositories.tempDir("edges-remote"), 3);

    @LocalServerPort
    int port;

    @Autowired
    ContentSync sync;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void remote(DynamicPropertyRegistry registry) {
        registry.add("content.repository.uri", REMOTE::uri);
        registry.add("content.data-dir", DATA::toString);
        registry.add("content.sync.interval", () -> "0");
    }

    @AfterAll
    static void close() {
        REMOTE.close();
    }

    @Test
    void healthShowsTheContentDetailsAndNoFileSystemPath() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/actuator/health")).GET());
        JsonNode health = json.readTree(response.body());

        assertThat(health.at("/components/content/details/commit").asString()).matches("[0-9a-f]{40}");
        assertThat(health.at("/components/content/details/issues").asInt()).isEqualTo(3);
        assertThat(health.at("/components/diskSpace/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/diskSpace/details").isMissingNode()).isTrue();
        assertThat(response.body()).doesNotContain(DATA.toString()).doesNotContain("\"path\"").doesNotContain("/tmp");
    }

    @Test
    void aFailingSyncIsShownWithoutTheLocalPathsItsMessageNamed() throws Exception {
        Path away = REMOTE.takeDown();
        try {
            sync.syncNow();
            JsonNode health = json.readTree(send(HttpRequest.newBuilder(uri("/actuator/health")).GET()).body());
            String healthError = health.at("/components/content/details/lastSyncError").asString();
            String graphQlError = GraphQlClients.graphQl(port).document("{ content { lastSyncError } }").execute()
                    .path("content.lastSyncError").entity(String.class).get();

            for (String error : List.of(healthError, graphQlError)) {
                assertThat(error).isNotBlank().contains("<path>").doesNotContain(REMOTE.bareDir().toString())
                        .doesNotContain(DATA.toString()).doesNotContain("/tmp");
            }
        } finally {
            REMOTE.bringBack();
            sync.syncNow();
        }
        assertThat(sync.status().failing()).isFalse();
    }

    @Test
    void aBodyThatIsNotJsonGetsAGraphQlErrorSayingWhatToSend() throws Exception {
        JsonNode error = refused(post("application/json", "{\"query\": \"{ content { commit } }\""), 400);
        assertThat(error.get("message").asString()).startsWith("the body is not valid JSON")
                .contains("send one JSON object like {\"query\":");
    }

    @Test
    void aBatchArrayGetsAGraphQlErrorSayingToSendOneRequest() throws Exception {
        JsonNode error = refused(post("application/json", "[{\"query\": \"{ content { commit } }\"}]"), 400);
        assertThat(error.get("message").asString()).contains("batches are not supported").contains("send each request on its own");
    }

    @Test
    void aWrongContentTypeGetsAGraphQlErrorNamingTheOneToSend() throws Exception {
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded")) {
            JsonNode error = refused(post(type, "{\"query\": \"{ content { commit } }\"}"), 415);
            assertThat(error.get("message").asString()).contains("does not read Content-Type '" + type)
                    .contains("with Content-Type: application/json");
        }
    }

    @Test
    void aRequestWithoutQueryOrWithAnotherMethodGetsAGraphQlError() throws Exception {
        assertThat(refused(post("application/json", "{\"variables\": {}}"), 400).get("message").asString())
                .contains("No 'query'").contains("send one JSON object");
        HttpRequest.Builder put = HttpRequest.newBuilder(uri("/graphql")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}"));
        assertThat(refused(put, 405).get("message").asString()).contains("takes POST (or GET with ?query= for queries), not PUT");
        HttpRequest.Builder html = post("application/json", "{\"query\": \"{ content { commit } }\"}").header("Accept", "text/html");
        assertThat(refused(html, 406).get("message").asString()).contains("application/graphql-response+json");
    }

    @Test
    void aGetOfAMutationOrASubscriptionIs405NamingPost() throws Exception {
        HttpResponse<String> mutation = send(get("mutation { forget }", null));
        HttpResponse<String> namedSubscription = send(get(
                "query Count { content { issueCount } } subscription Watch { contentUpdated { commit } }", "Watch"));

        assertThat(refused(get("mutation { forget }", null), 405).get("message").asString())
                .contains("GET /graphql runs queries only").contains("POST");
        assertThat(mutation.headers().firstValue("Allow")).hasValue("POST");
        assertThat(refused(get("subscription { contentUpdated { commit } }", null), 405).get("message").asString())
                .contains("Accept: text/event-stream").contains("WebSocket");
        assertThat(namedSubscription.statusCode()).isEqualTo(405);
        HttpResponse<String> namedQuery = send(get(
                "query Count { content { issueCount } } subscription Watch { contentUpdated { commit } }", "Count"));
        assertThat(namedQuery.statusCode()).isEqualTo(200);
        assertThat(json.readTree(namedQuery.body()).at("/data/content/issueCount").asInt()).isEqualTo(3);
    }

    @Test
    void aSubscriptionPostedForOneJsonAnswerSaysHowToStreamIt() throws Exception {
        String body = "{\"query\": \"subscription { contentUpdated { commit } }\"}";
        for (int attempt = 0; attempt < 2; attempt++) {
            JsonNode error = refused(post("application/json", body), 400);
            assertThat(error.get("message").asString()).contains("Accept: text/event-stream");
        }
    }

    @Test
    void aGetIsAnsweredInTheMediaTypeItAccepts() throws Exception {
        HttpResponse<String> answer = send(get("{ content { issueCount } }", null)
                .header("Accept", "application/graphql-response+json"));
        HttpResponse<String> invalid = send(get("{ nope }", null).header("Accept", "application/graphql-response+json"));
        HttpResponse<String> legacy = send(get("{ nope }", null).header("Accept", "application/json"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/graphql-response+json");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("nope");
        assertThat(legacy.statusCode()).isEqualTo(200);
        assertThat(legacy.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void aGoodRequestIsStillAnswered() throws Exception {
        HttpResponse<String> response = send(post("application/json", "{\"query\": \"{ content { issueCount } }\"}"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).at("/data/content/issueCount").asInt()).isEqualTo(3);
    }

    private HttpRequest.Builder get(String query, String operationName) {
        String parameters = "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (operationName == null ? "" : "&operationName=" + operationName);
        return HttpRequest.newBuilder(uri("/graphql" + parameters)).GET();
    }

    private HttpRequest.Builder post(String contentType, String body) {
        return HttpRequest.newBuilder(uri("/graphql")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    // The refusal has the status asked, and a body with exactly one GraphQL error and nothing of Spring's error page.
    private JsonNode refused(HttpRequest.Builder request, int status) throws Exception {
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.propertyNames()).containsExactly("errors");
        assertThat(body.get("errors")).hasSize(1);
        assertThat(response.body()).doesNotContain("timestamp").doesNotContain("Exception");
        return body.get("errors").get(0);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

}
