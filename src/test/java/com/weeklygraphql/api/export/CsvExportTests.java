package com.weeklygraphql.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.sync.ContentSync;
import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GraphQlClients;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The CSV downloads over HTTP on the real sample, read back with a CSV parser and compared with GraphQL's answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CsvExportTests {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() { };
    private static final Path REMOTE = ContentRepositories.sampleRepository(ContentRepositories.tempDir("export-remote"));

    @LocalServerPort
    int port;

    @Autowired
    ContentSync sync;

    HttpGraphQlTester graphQl;
    final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void sample(DynamicPropertyRegistry registry) {
        registry.add("content.repository.uri", REMOTE::toString);
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("export-data").toString());
        registry.add("content.sync.interval", () -> "0");
    }

    @BeforeEach
    void client() {
        graphQl = GraphQlClients.graphQl(port);
    }

    @Test
    void releasesOfAProjectAreTheRowsGraphQlAnswers() throws Exception {
        List<CSVRecord> rows = csv("/export/releases.csv?project=MOSN&from=2020-01-01");
        List<Map<String, Object>> releases = all("releases", "{projects: [\"MOSN\"], from: \"2020-01-01\"}",
                "id project { name } version date changes notesUrl issue { slug }");

        assertThat(rows).hasSameSizeAs(releases).isNotEmpty();
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            Map<String, Object> release = releases.get(i);
            assertThat(row.get("id")).isEqualTo(release.get("id"));
            assertThat(row.get("project")).isEqualTo("MOSN");
            assertThat(row.get("version")).isEqualTo(release.get("version"));
            assertThat(row.get("date")).isEqualTo(release.get("date"));
            assertThat(row.get("changes")).isEqualTo(String.join("\n", strings(release.get("changes"))));
            assertThat(row.get("notes_url")).isEqualTo(orEmpty(release.get("notesUrl")));
            assertThat(row.get("issue")).isEqualTo(((Map<?, ?>) release.get("issue")).get("slug"));
        }
    }

    @Test
    void everyMatchingRowIsWrittenWithNoPageLimit() throws Exception {
        int total = graphQl.document("{ questions { totalCount } }").execute().path("questions.totalCount").entity(Integer.class).get();
        HttpResponse<String> response = get("/export/questions.csv", Map.of());

        assertThat(total).isGreaterThan(100);
        assertThat(parse(response.body())).hasSize(total);
        // Streamed as it is written: the length is not known up front.
        assertThat(response.headers().firstValue("Content-Length")).isEmpty();
        assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
    }

    @Test
    void questionsFilteredByTagProjectsAndTextAreTheRowsGraphQlAnswers() throws Exception {
        List<CSVRecord> rows = csv("/export/questions.csv?tag=sofa%20weekly&project=Seata&project=sofa-rpc&text=%E4%BA%8B%E5%8A%A1");
        List<Map<String, Object>> questions = all("questions",
                "{tags: [\"sofa weekly\"], projects: [\"Seata\", \"sofa-rpc\"], text: \"事务\"}",
                "id kind asker question answer followUps { question answer } project { name } url issue { slug date }");

        assertThat(rows).hasSameSizeAs(questions).isNotEmpty();
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            Map<String, Object> question = questions.get(i);
            assertThat(row.get("id")).isEqualTo(question.get("id"));
            assertThat(row.get("date")).isEqualTo(((String) ((Map<?, ?>) question.get("issue")).get("date")).substring(0, 10));
            assertThat(row.get("kind")).isEqualTo(question.get("kind"));
            assertThat(row.get("project")).isEqualTo(((Map<?, ?>) question.get("project")).get("name"));
            assertThat(row.get("asker")).isEqualTo(orEmpty(question.get("asker")));
            assertThat(row.get("question")).isEqualTo(question.get("question"));
            assertThat(row.get("answer")).isEqualTo(orEmpty(question.get("answer")));
            assertThat(row.get("url")).isEqualTo(orEmpty(question.get("url")));
            assertThat(row.get("follow_ups").isEmpty()).isEqualTo(((List<?>) question.get("followUps")).isEmpty());
        }
    }

    @Test
    void eventsFilteredByTheirOwnDatesAreTheRowsGraphQlAnswers() throws Exception {
        List<CSVRecord> rows = csv("/export/events.csv?from=2020-01-01&to=2020-12-31&order=OLDEST_FIRST");
        List<Map<String, Object>> events = all("events", "{from: \"2020-01-01\", to: \"2020-12-31\"}, order: OLDEST_FIRST",
                "id title kind date startsAt projects { name } signupUrl description issue { slug }");

        assertThat(rows).hasSameSizeAs(events).isNotEmpty();
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            Map<String, Object> event = events.get(i);
            assertThat(row.get("id")).isEqualTo(event.get("id"));
            assertThat(row.get("title")).isEqualTo(event.get("title"));
            assertThat(row.get("kind")).isEqualTo(event.get("kind"));
            assertThat(row.get("date")).isEqualTo(orEmpty(event.get("date")));
            assertThat(row.get("starts_at")).isEqualTo(orEmpty(event.get("startsAt")));
            assertThat(row.get("projects")).isEqualTo(((List<?>) event.get("projects")).stream()
                    .map(project -> (String) ((Map<?, ?>) project).get("name")).collect(Collectors.joining("; ")));
            assertThat(row.get("signup_url")).isEqualTo(orEmpty(event.get("signupUrl")));
            assertThat(row.get("description")).isEqualTo(orEmpty(event.get("description")));
        }
    }

    @Test
    void chineseTextNewlinesCommasAndQuotesAreQuotedAsRfc4180Says() throws Exception {
        HttpResponse<String> response = get("/export/questions.csv", Map.of());
        String body = response.body();
        List<CSVRecord> rows = parse(body);

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
        assertThat(body).startsWith("id,date,kind,project,asker,question,answer,follow_ups,url,issue\r\n");
        // The real answers hold every character that needs quoting; each such field is quoted, quotes doubled.
        for (String special : List.of("\n", ",", "\"")) {
            CSVRecord row = rows.stream().filter(record -> record.get("answer").contains(special)).findFirst().orElseThrow(
                    () -> new AssertionError("no answer of the sample contains " + special.replace("\n", "\\n")));
            String quoted = "\"" + row.get("answer").replace("\"", "\"\"") + "\"";
            assertThat(body).contains(quoted);
        }
        assertThat(rows).anySatisfy(row -> assertThat(row.get("question")).containsPattern("\\p{IsHan}"));
    }

    /** Excel reads a CSV without a byte order mark in the machine's legacy code page: Han text becomes mojibake. */
    @Test
    void bomTrueStartsTheSameDownloadWithAByteOrderMarkForExcel() throws Exception {
        HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/export/questions.csv?project=SOFARPC")).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> forExcel = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/export/questions.csv?project=SOFARPC&bom=true")).build(), HttpResponse.BodyHandlers.ofByteArray());

        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(plain.body()).startsWith("id,".getBytes(StandardCharsets.US_ASCII));
        assertThat(forExcel.body()).startsWith(mark);
        assertThat(Arrays.copyOfRange(forExcel.body(), mark.length, forExcel.body().length)).isEqualTo(plain.body());
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).containsPattern("\\p{IsHan}");
        assertThat(forExcel.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));
        assertThat(get("/export/questions.csv?bom=yes", Map.of()).body()).contains("'bom' is 'yes': use true");
    }

    @Test
    void theEtagNamesTheServedCommitAndTheRequest() throws Exception {
        HttpResponse<String> first = get("/export/releases.csv?project=MOSN", Map.of());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("/export/releases.csv?project=MOSN", Map.of());
        HttpResponse<String> unchanged = get("/export/releases.csv?project=MOSN", Map.of("If-None-Match", etag));
        HttpResponse<String> otherFilter = get("/export/releases.csv?project=Seata", Map.of());

        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(otherFilter.headers().firstValue("ETag")).isPresent().isNotEqualTo(first.headers().firstValue("ETag"));

        ContentRepositories.commit(REMOTE, "content/zh/blog/export-etag-test/index.md",
                ContentRepositories.issueMarkdown("SOFA Weekly | ETag test", "2024-02-02T15:00:00+08:00", "本周无发布。"),
                "A new issue");
        sync.syncNow();
        HttpResponse<String> afterCommit = get("/export/releases.csv?project=MOSN", Map.of("If-None-Match", etag));

        assertThat(afterCommit.statusCode()).isEqualTo(200);
        assertThat(afterCommit.headers().firstValue("ETag")).isPresent().isNotEqualTo(first.headers().firstValue("ETag"));
        assertThat(afterCommit.body()).isEqualTo(first.body());
    }

    @Test
    void aClientThatReadsGzipGetsTheSameDownloadGzippedWithItsOwnEtag() throws Exception {
        HttpResponse<String> plain = get("/export/questions.csv", Map.of());
        HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/export/questions.csv")).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        String gzippedEtag = gzipped.headers().firstValue("ETag").orElseThrow();

        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Accept-Encoding"));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
        }
        assertThat(gzipped.body().length).isLessThan(plain.body().getBytes(StandardCharsets.UTF_8).length / 2);
        assertThat(gzippedEtag).isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow());
        assertThat(get("/export/questions.csv", Map.of("Accept-Encoding", "gzip", "If-None-Match", gzippedEtag))
                .statusCode()).isEqualTo(304);
    }

    @Test
    void badParametersAreA400ThatSaysWhatToChange() throws Exception {
        Map<String, String> cases = Map.of(
                "/export/releases.csv?from=2020-13-01", "'from' is '2020-13-01', not a date: write it like 2020-01-01",
                "/export/events.csv?projects=MOSN", "unknown parameter 'projects': use tag, project",
                "/export/questions.csv?order=SIDEWAYS", "'order' is 'SIDEWAYS': use NEWEST_FIRST or OLDEST_FIRST",
                "/export/questions.csv?text=a&text=b", "'text' is given 2 times: give it once");
        for (Map.Entry<String, String> bad : cases.entrySet()) {
            HttpResponse<String> response = get(bad.getKey(), Map.of());
            assertThat(response.statusCode()).as(bad.getKey()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).as(bad.getKey()).contains(bad.getValue()).doesNotContain("Exception").doesNotContain("at com.");
        }
    }

    private List<CSVRecord> csv(String path) throws Exception {
        HttpResponse<String> response = get(path, Map.of());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return parse(response.body());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<CSVRecord> parse(String body) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body))) {
            return parser.getRecords();
        }
    }

    // Every page of a GraphQL list, as a frontend would page through it.
    private List<Map<String, Object>> all(String list, String arguments, String fields) {
        List<Map<String, Object>> items = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> page = graphQl.document("query($after: String) { " + list + "(filter: " + arguments
                            + ", first: 100, after: $after) { edges { node { " + fields + " } } pageInfo { hasNextPage endCursor } } }")
                    .variable("after", after).execute().path(list).entity(OBJECT).get();
            for (Object edge : (List<?>) page.get("edges")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> node = (Map<String, Object>) ((Map<?, ?>) edge).get("node");
                items.add(node);
            }
            Map<?, ?> pageInfo = (Map<?, ?>) page.get("pageInfo");
            after = Boolean.TRUE.equals(pageInfo.get("hasNextPage")) ? (String) pageInfo.get("endCursor") : null;
        } while (after != null);
        return items;
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
