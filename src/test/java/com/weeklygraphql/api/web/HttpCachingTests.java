package com.weeklygraphql.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GraphQlClients;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import com.weeklygraphql.content.sync.ContentSync;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

/** GET /graphql as a CDN sees it: ETags from commit and request, 304s, persisted queries, no caching of errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "api.cache.control=public, max-age=42", "content.sync.interval=0"})
class HttpCachingTests {

    private static final String MOBILE = "{ issues(first: 10) { edges { node { title date cover excerpt } } } }";

    private static final java.nio.file.Path REMOTE =
            ContentRepositories.sampleRepository(ContentRepositories.tempDir("caching-remote"));

    @LocalServerPort
    int port;

    @Autowired
    ContentSync sync;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void sample(DynamicPropertyRegistry registry) {
        registry.add("content.repository.uri", REMOTE::toString);
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("caching-data").toString());
    }

    @Test
    void aMatchingIfNoneMatchAnswers304WithoutABody() {
        EntityExchangeResult<String> first = get(uri(MOBILE, null, null)).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=42")
                .expectBody(String.class).returnResult();
        String etag = first.getResponseHeaders().getETag();

        assertThat(etag).isNotBlank();
        assertThat(first.getResponseBody()).contains("\"issues\"");
        http().get().uri(absolute(uri(MOBILE, null, null))).header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isNotModified()
                .expectHeader().valueEquals(HttpHeaders.ETAG, etag)
                .expectBody().isEmpty();
    }

    /** CDNs, link checkers and monitors ask with HEAD; HTTP has every server that answers GET answer HEAD. */
    @Test
    void aHeadIsTheGetsHeadersWithoutItsBody() throws Exception {
        java.net.URI uri = absolute(uri(MOBILE, null, null));
        HttpResponse<byte[]> get = raw(HttpRequest.newBuilder(uri).GET(), null);
        HttpResponse<byte[]> head = raw(HttpRequest.newBuilder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody()), null);

        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(head.statusCode()).isEqualTo(200);
        for (String header : List.of(HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL, HttpHeaders.CONTENT_TYPE, HttpHeaders.VARY)) {
            assertThat(head.headers().allValues(header)).as(header).isNotEmpty().isEqualTo(get.headers().allValues(header));
        }
        assertThat(head.headers().firstValue(HttpHeaders.CONTENT_LENGTH)).contains(String.valueOf(get.body().length));
        assertThat(head.body()).isEmpty();
    }

    @Test
    void aRepeatedRequestIsAnsweredFromMemory() {
        String query = "{ issues(first: 4) { edges { node { slug } } } }";
        double hitsBefore = answerCacheHits();

        String first = get(uri(query, null, null)).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        String second = get(uri(query, null, null)).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(second).isEqualTo(first);
        assertThat(answerCacheHits()).isEqualTo(hitsBefore + 1);
    }

    @Test
    void aRepeatedPostBodyIsAnsweredFromTheSameAnswers() {
        String body = "{\"query\":\"{ issues(first: 6) { edges { node { slug title } } } }\"}";
        double hitsBefore = answerCacheHits();

        String first = post(body).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        String second = post(body).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(second).isEqualTo(first).contains("\"slug\"");
        assertThat(answerCacheHits()).isEqualTo(hitsBefore + 1);
    }

    @Test
    void theSyncStatusIsNeverServedStaleAtTheSameCommit() throws InterruptedException {
        String query = "{ content { commit lastSyncAttempt } }";
        String body = "{\"query\":\"" + query + "\"}";
        sync.syncNow();
        String byGet = get(uri(query, null, null)).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectHeader().doesNotExist(HttpHeaders.ETAG)
                .expectBody(String.class).returnResult().getResponseBody();
        String byPost = post(body).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        Thread.sleep(5);
        sync.syncNow();

        assertThat(get(uri(query, null, null)).expectBody(String.class).returnResult().getResponseBody()).isNotEqualTo(byGet);
        assertThat(post(body).expectBody(String.class).returnResult().getResponseBody()).isNotEqualTo(byPost);
    }

    @Test
    void aNewCommitChangesTheEtagAndTheAnswer() {
        String query = "{ issues(first: 1) { edges { node { slug } } } }";
        EntityExchangeResult<String> before = get(uri(query, null, null)).expectBody(String.class).returnResult();
        ContentRepositories.commit(REMOTE, "content/zh/blog/caching-newest/index.md",
                ContentRepositories.issueMarkdown("SOFA Weekly | newest", "2030-01-04T15:00:00+08:00", "本周内容。"), "Add");
        sync.syncNow();

        EntityExchangeResult<String> after = get(uri(query, null, null)).expectBody(String.class).returnResult();

        assertThat(after.getResponseHeaders().getETag()).isNotEqualTo(before.getResponseHeaders().getETag());
        assertThat(after.getResponseBody()).contains("caching-newest");
        http().get().uri(absolute(uri(query, null, null))).header(HttpHeaders.IF_NONE_MATCH, before.getResponseHeaders().getETag())
                .exchange().expectStatus().isOk();
    }

    @Test
    void theEtagDependsOnTheRequestNotOnHowItsVariablesAreSpelt() {
        String query = "query($n: Int, $o: Order) { issues(first: $n, order: $o) { totalCount } }";
        String a = etagOf(uri(query, "{\"n\":3,\"o\":\"OLDEST_FIRST\"}", null));
        String b = etagOf(uri(query, "{ \"o\": \"OLDEST_FIRST\", \"n\": 3 }", null));
        String c = etagOf(uri(query, "{\"n\":4,\"o\":\"OLDEST_FIRST\"}", null));

        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void anAnswerWithErrorsIsNeverCached() {
        get(uri("{ issues(first: 500) { totalCount } }", null, null)).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectHeader().doesNotExist(HttpHeaders.ETAG);
    }

    @Test
    void automaticPersistedQueriesRegisterOnceThenAnswerByHash() throws Exception {
        String query = "{ issues(first: 3) { edges { node { slug } } } }";
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)));
        String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";

        get(uri(null, null, extensions)).expectStatus().isOk()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo("PersistedQueryNotFound");
        get(uri(query, null, extensions)).expectStatus().isOk().expectBody().jsonPath("$.data.issues.edges.length()").isEqualTo(3);
        get(uri(null, null, extensions)).expectStatus().isOk()
                .expectHeader().exists(HttpHeaders.ETAG)
                .expectBody().jsonPath("$.data.issues.edges.length()").isEqualTo(3);
    }

    @Test
    void aHashThatDoesNotMatchItsQueryIsRefused() {
        String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + "0".repeat(64) + "\"}}";

        get(uri("{ issues(first: 1) { totalCount } }", null, extensions)).expectStatus().isOk()
                .expectBody().jsonPath("$.errors[0].message").value(message -> assertThat((String) message).isNotBlank())
                .jsonPath("$.data").doesNotExist();
    }

    @Test
    void aGetWithoutQueryOrHashSaysWhatItNeeds() {
        get("/graphql").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("'query'"));
    }

    // Java's own HTTP client: it neither asks for gzip nor unpacks it unless told, so what is sent is what is read.
    @Test
    void aClientThatReadsGzipGetsTheSameAnswerGzippedByPostAndByGet() throws Exception {
        String query = "{ issues(first: 20) { edges { node { title excerpt html } } } }";
        String body = "{\"query\":\"" + query + "\"}";
        HttpResponse<byte[]> plainPost = raw(postRequest(body), null);

        HttpResponse<byte[]> gzippedPost = raw(postRequest(body), "gzip, deflate, br");
        HttpResponse<byte[]> gzippedGet = raw(getRequest(uri(query, null, null)), "gzip");

        assertThat(plainPost.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).isEmpty();
        assertThat(gzippedPost.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).hasValue("gzip");
        assertThat(gzippedPost.headers().allValues(HttpHeaders.VARY)).anySatisfy(vary -> assertThat(vary).contains("Accept-Encoding"));
        assertThat(gunzip(gzippedPost.body())).isEqualTo(plainPost.body());
        assertThat(gzippedPost.body().length).isLessThan(plainPost.body().length / 3);
        assertThat(gzippedGet.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).hasValue("gzip");
        assertThat(gunzip(gzippedGet.body())).isEqualTo(plainPost.body());
        assertThat(gzippedGet.headers().allValues(HttpHeaders.VARY)).anySatisfy(vary -> assertThat(vary).contains("Accept-Encoding"));
    }

    @Test
    void theGzippedAndThePlainGetHaveEachTheirOwnEtag() throws Exception {
        String request = uri("{ issues(first: 12) { edges { node { title excerpt } } } }", null, null);
        String plain = raw(getRequest(request), null).headers().firstValue(HttpHeaders.ETAG).orElseThrow();
        String gzipped = raw(getRequest(request), "gzip").headers().firstValue(HttpHeaders.ETAG).orElseThrow();

        assertThat(gzipped).isNotEqualTo(plain);
        assertThat(raw(getRequest(request).header(HttpHeaders.IF_NONE_MATCH, gzipped), "gzip").statusCode()).isEqualTo(304);
        assertThat(raw(getRequest(request).header(HttpHeaders.IF_NONE_MATCH, plain), null).statusCode()).isEqualTo(304);
        HttpResponse<byte[]> otherRepresentation = raw(getRequest(request).header(HttpHeaders.IF_NONE_MATCH, plain), "gzip");
        assertThat(otherRepresentation.statusCode()).isEqualTo(200);
        assertThat(otherRepresentation.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).hasValue("gzip");
    }

    @Test
    void gzipIsSentOnlyWhereItIsWantedAndPays() throws Exception {
        String large = uri("{ issues(first: 10) { edges { node { title excerpt } } } }", null, null);
        for (String refusing : new String[] {"identity", "gzip;q=0, deflate", "*;q=0", "br"}) {
            assertThat(raw(getRequest(large), refusing).headers().firstValue(HttpHeaders.CONTENT_ENCODING)).as(refusing).isEmpty();
        }
        for (String accepting : new String[] {"*", "GZIP;q=0.5", "br;q=1.0, gzip;q=0.8, *;q=0.1"}) {
            assertThat(raw(getRequest(large), accepting).headers().firstValue(HttpHeaders.CONTENT_ENCODING)).as(accepting)
                    .hasValue("gzip");
        }
        HttpResponse<byte[]> small = raw(getRequest(uri("{ issues(first: 1) { totalCount } }", null, null)), "gzip");
        assertThat(small.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).isEmpty();
        assertThat(new String(small.body(), StandardCharsets.UTF_8)).contains("totalCount");
    }

    private HttpRequest.Builder getRequest(String encodedPath) {
        return HttpRequest.newBuilder(absolute(encodedPath)).GET();
    }

    private HttpRequest.Builder postRequest(String body) {
        return HttpRequest.newBuilder(absolute("/graphql")).header(HttpHeaders.CONTENT_TYPE, "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<byte[]> raw(HttpRequest.Builder request, String acceptEncoding) throws Exception {
        if (acceptEncoding != null) {
            request.header(HttpHeaders.ACCEPT_ENCODING, acceptEncoding);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    private double answerCacheHits() {
        return meters.get("cache.gets").tag("cache", "graphql.answers").tag("result", "hit").functionCounter().count();
    }

    private String etagOf(String uri) {
        return get(uri).expectStatus().isOk().expectBody(String.class).returnResult().getResponseHeaders().getETag();
    }

    private WebTestClient.ResponseSpec post(String body) {
        return http().post().uri("/graphql").header(HttpHeaders.CONTENT_TYPE, "application/json").bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(String uri) {
        return http().get().uri(absolute(uri)).exchange();
    }

    // Already encoded: a URI object keeps WebTestClient from encoding it twice.
    private java.net.URI absolute(String encodedPath) {
        return java.net.URI.create("http://localhost:" + port + encodedPath);
    }

    private WebTestClient http() {
        return GraphQlClients.http(port);
    }

    private static String uri(String query, String variables, String extensions) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/graphql");
        if (query != null) {
            builder.queryParam("query", "{query}");
        }
        if (variables != null) {
            builder.queryParam("variables", "{variables}");
        }
        if (extensions != null) {
            builder.queryParam("extensions", "{extensions}");
        }
        java.util.List<String> values = new java.util.ArrayList<>();
        for (String value : new String[] {query, variables, extensions}) {
            if (value != null) {
                values.add(value);
            }
        }
        return builder.encode().buildAndExpand(values.toArray()).toUriString();
    }
}
