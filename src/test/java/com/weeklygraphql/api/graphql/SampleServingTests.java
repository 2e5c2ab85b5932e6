package com.weeklygraphql.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GraphQlClients;
import graphql.introspection.IntrospectionQueryBuilder;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.Document;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The embedded sample, served over HTTP as a client sees it: listing, filters, order and pagination. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleServingTests {

    /** The sample's ordinary blog posts, found by reading their front matter: not newsletter issues. */
    private static final List<String> ORDINARY_POSTS = List.of(
            "Take you into cloud-native technology: cloud-native open operation and maintenance system exploration and practice",
            "sofastack-cncf-cloud-native-landscape",
            "service-mesh-practice-in-production-at-ant-financial-wushi",
            "sofastack-oschina-2018",
            "community-meeting-mosn-community-will-release-version-1-0-and-drive-the-next-generation-architecture-evolution",
            "sofa-meetup-3-cloud-original-retrospect",
            "moe-series (1)|how-to-extend-envoy-with-golang",
            "kata-container-introduction-to-safe-containers",
            "antfin-service-mesh-monitor-landing-experience",
            "sofa-star-is-recruiting",
            "ospp-experience-sharing-community-contribution-is-a-kind-of-influence",
            "service-mesh-webinar-duodian-istio-mosn-dubbo");

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    HttpGraphQlTester graphQl;

    @DynamicPropertySource
    static void embeddedSample(DynamicPropertyRegistry registry) {
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("sample-serving").toString());
        registry.add("content.sync.interval", () -> "0");
    }

    @BeforeEach
    void client() {
        graphQl = GraphQlClients.graphQl(port);
    }

    @Test
    void servesEveryIssueOfTheSampleAndNoOrdinaryPost() {
        List<String> slugs = allSlugs(null);

        assertThat(slugs).hasSize(114).doesNotHaveDuplicates().doesNotContainAnyElementsOf(ORDINARY_POSTS);
        graphQl.documentName("contentState").execute()
                .path("content.issueCount").entity(Integer.class).isEqualTo(114)
                .path("content.commit").entity(String.class).satisfies(commit -> assertThat(commit).matches("[0-9a-f]{40}"));
    }

    @Test
    void aFirstStartServesTheSampleFromTheIndexPackedInTheBuildWithoutParsingIt() {
        assertThat(meters.get("content.parses").functionCounter().count()).isZero();
        assertThat(allSlugs(null)).hasSize(114);
    }

    @Test
    void firstFiveAreTheNewestWithTitleDateTagsAndHtml() {
        List<Map<String, Object>> nodes = graphQl.documentName("recentIssues").variable("first", 5).execute()
                .path("issues.edges[*].node").entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { })
                .hasSize(5).get();

        List<OffsetDateTime> dates = nodes.stream().map(node -> OffsetDateTime.parse((String) node.get("date"))).toList();
        assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(nodes.get(0).get("slug")).isEqualTo("sofa-weekly-20230929");
        assertThat(nodes).allSatisfy(node -> {
            assertThat((String) node.get("title")).containsIgnoringCase("weekly");
            assertThat((List<?>) node.get("tags")).isNotEmpty();
            assertThat((String) node.get("html")).contains("<p>");
            assertThat((String) node.get("excerpt")).isNotBlank().hasSizeLessThanOrEqualTo(160);
        });
    }

    @Test
    void oldestFirstReversesTheOrder() {
        graphQl.documentName("recentIssues").variable("first", 1).variable("order", "OLDEST_FIRST").execute()
                .path("issues.edges[0].node.slug").entity(String.class).isEqualTo("sofa-weekly-20190719");
    }

    @Test
    void forwardPaginationVisitsEveryIssueOnceInOrder() {
        List<String> forward = allSlugs(null);
        List<String> oneBigPage = graphQl.documentName("recentIssues").variable("first", 100).execute()
                .path("issues.edges[*].node.slug").entityList(String.class).get();

        assertThat(forward.subList(0, 100)).isEqualTo(oneBigPage);
    }

    @Test
    void backwardPaginationVisitsTheSameIssuesInTheSameOrder() {
        List<String> forward = allSlugs(null);
        List<String> backward = new ArrayList<>();
        String before = null;
        boolean hasPrevious = true;
        while (hasPrevious) {
            HttpGraphQlTester.Response response = graphQl.documentName("recentIssues").variable("last", 17)
                    .variable("before", before).execute();
            List<String> page = response.path("issues.edges[*].node.slug").entityList(String.class).get();
            backward.addAll(0, page);
            before = response.path("issues.pageInfo.startCursor").entity(String.class).get();
            hasPrevious = response.path("issues.pageInfo.hasPreviousPage").entity(Boolean.class).get();
        }

        assertThat(backward).isEqualTo(forward);
    }

    @ParameterizedTest
    @ValueSource(strings = {"issues", "releases", "questions", "events"})
    void nodesAreTheEdgesNodesInTheirOrderOnEveryPage(String list) {
        String page = """
                query($after: String) { %s(first: 7, after: $after) {
                    edges { node { id } } nodes { id } pageInfo { endCursor } } }""".formatted(list);
        HttpGraphQlTester.Response first = graphQl.document(page).execute();
        HttpGraphQlTester.Response second = graphQl.document(page)
                .variable("after", first.path(list + ".pageInfo.endCursor").entity(String.class).get()).execute();

        for (HttpGraphQlTester.Response response : List.of(first, second)) {
            List<String> nodes = response.path(list + ".nodes[*].id").entityList(String.class).get();
            assertThat(nodes).hasSize(7)
                    .isEqualTo(response.path(list + ".edges[*].node.id").entityList(String.class).get());
        }
        assertThat(second.path(list + ".nodes[*].id").entityList(String.class).get())
                .doesNotContainAnyElementsOf(first.path(list + ".nodes[*].id").entityList(String.class).get());
    }

    @Test
    void aCursorStaysValidAcrossPages() {
        HttpGraphQlTester.Response first = graphQl.documentName("recentIssues").variable("first", 3).execute();
        String endCursor = first.path("issues.pageInfo.endCursor").entity(String.class).get();
        String thirdCursor = first.path("issues.edges[2].cursor").entity(String.class).get();

        assertThat(endCursor).isEqualTo(thirdCursor);
        List<String> next = graphQl.documentName("recentIssues").variable("first", 3).variable("after", endCursor).execute()
                .path("issues.edges[*].node.slug").entityList(String.class).get();
        List<String> firstSix = graphQl.documentName("recentIssues").variable("first", 6).execute()
                .path("issues.edges[*].node.slug").entityList(String.class).get();
        assertThat(next).isEqualTo(firstSix.subList(3, 6));
    }

    @Test
    void filtersByDateRangeInclusive() {
        Map<String, Object> filter = Map.of("from", "2020-03-06", "to", "2020-06-05");
        List<String> dates = graphQl.documentName("recentIssues").variable("first", 100).variable("filter", filter).execute()
                .path("issues.edges[*].node.date").entityList(String.class).get();

        assertThat(dates).isNotEmpty().allSatisfy(date -> assertThat(date.substring(0, 10)).isBetween("2020-03-06", "2020-06-05"));
        assertThat(dates).anySatisfy(date -> assertThat(date).startsWith("2020-03-06"))
                .anySatisfy(date -> assertThat(date).startsWith("2020-06-05"));
    }

    @Test
    void filtersByTagCaseInsensitivelyAndCombinesWithDates() {
        int all = graphQl.documentName("recentIssues").variable("filter", Map.of("tags", List.of("sofa weekly"))).execute()
                .path("issues.totalCount").entity(Integer.class).get();
        int in2021 = graphQl.documentName("recentIssues")
                .variable("filter", Map.of("tags", List.of("SOFA WEEKLY"), "from", "2021-01-01", "to", "2021-12-31")).execute()
                .path("issues.totalCount").entity(Integer.class).get();

        assertThat(all).isGreaterThan(100);
        assertThat(in2021).isPositive().isLessThan(all);
    }

    @Test
    void textFilterFindsIssuesMentioningAWord() {
        List<Map<String, Object>> nodes = graphQl.documentName("recentIssues").variable("first", 100)
                .variable("filter", Map.of("text", "layotto")).execute()
                .path("issues.edges[*].node").entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { }).get();

        assertThat(nodes).isNotEmpty().allSatisfy(node -> assertThat(node.toString()).containsIgnoringCase("layotto"));
    }

    @Test
    void aPageOverOneHundredIsRefusedWithWhatToChange() {
        graphQl.documentName("recentIssues").variable("first", 101).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).contains("at most 100").contains("101");
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                }));
    }

    @Test
    void aForeignCursorIsRefused() {
        graphQl.documentName("recentIssues").variable("after", "not-a-cursor").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("is not a cursor")));
    }

    @Test
    void anIssueBySlugHasItsFrontMatterAndEscapedHtml() {
        graphQl.documentName("issueBySlug").variable("slug", "sofa-weekly-20190809").execute()
                .path("issue.title").entity(String.class).isEqualTo("SOFA Weekly | 每周精选【8/5 - 8/9】")
                .path("issue.date").entity(String.class).isEqualTo("2019-08-09T16:00:00+08:00")
                .path("issue.path").entity(String.class).isEqualTo("content/zh/blog/sofa-weekly-20190809/index.md")
                .path("issue.author").entity(String.class).isEqualTo("SOFA 团队");
        graphQl.documentName("issueBySlug").variable("slug", "no-such-issue").execute()
                .path("issue").valueIsNull();
    }

    @Test
    void anIssueListsItsHeadingsWithTheAnchorsItsHtmlCarries() {
        List<Map<String, Object>> headings = graphQl.documentName("issueHeadings").variable("slug", "sofa-weekly-20190927")
                .execute()
                .path("issue.headings").entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { })
                .get();
        String html = graphQl.documentName("issueHeadings").variable("slug", "sofa-weekly-20190927").execute()
                .path("issue.html").entity(String.class).get();

        assertThat(headings).extracting(h -> h.get("anchor"))
                .containsExactly("每周读者问答提炼", "sofajraft-解析文章全系列", "sofa-项目进展");
        assertThat(headings).extracting(h -> h.get("level")).containsOnly(3);
        assertThat(headings).extracting(h -> h.get("text")).contains("SOFA 项目进展");
        assertThat(html).contains("<h3 id=\"每周读者问答提炼\">", "<h3 id=\"sofajraft-解析文章全系列\">",
                "<h3 id=\"sofa-项目进展\">");
    }

    @Test
    void rawHtmlInTheSourceIsEscapedNeverPassedThrough() {
        List<String> html = graphQl.documentName("recentIssues").variable("first", 100)
                .variable("filter", Map.of("text", "<SOFA:Channel/>")).execute()
                .path("issues.edges[*].node.html").entityList(String.class).get();

        assertThat(html).isNotEmpty().allSatisfy(page -> assertThat(page)
                .doesNotContain("<SOFA:Channel/>").contains("&lt;SOFA:Channel/&gt;"));
    }

    @Test
    void readinessIsUpAndHealthShowsTheServedCommit() {
        String commit = graphQl.documentName("contentState").execute().path("content.commit").entity(String.class).get();

        GraphQlClients.http(port).get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        GraphQlClients.http(port).get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.components.content.details.commit").isEqualTo(commit)
                .jsonPath("$.components.content.details.commitAge").exists()
                .jsonPath("$.components.content.details.consecutiveFailures").isEqualTo(0);
    }

    /**
     * GraphiQL's docs, IDEs and code generators (graphql-codegen, Apollo's) ask with the standard introspection query,
     * which nests {@code ofType} deeper than any content query may go; it is answered under the default limits.
     */
    @Test
    void theStandardIntrospectionQueryIsAnsweredUnderTheDefaultLimits() {
        String introspection = IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options.defaultOptions()
                .descriptions(true).specifiedByUrl(true).directiveIsRepeatable(true).schemaDescription(true)
                .inputValueDeprecation(true).isOneOf(true));
        Map<String, Object> answer = graphQl.document(introspection).execute().errors().verify()
                .path("").entity(new ParameterizedTypeReference<Map<String, Object>>() { }).get();

        Document schema = new IntrospectionResultToSchema().createSchemaDefinition(answer);
        assertThat(schema.getDefinitionsOfType(ObjectTypeDefinition.class))
                .filteredOn(type -> type.getName().equals("IssueConnection")).singleElement()
                .satisfies(type -> assertThat(type.getFieldDefinitions()).extracting(FieldDefinition::getName)
                        .contains("edges", "nodes", "pageInfo", "totalCount"));
    }

    @Test
    void theWebhookIsOffWithoutASecret() {
        GraphQlClients.http(port).post().uri("/webhooks/git").bodyValue("{}").exchange().expectStatus().isNotFound();
    }

    @Test
    void graphiqlIsServed() {
        GraphQlClients.http(port).get().uri("/graphiql").exchange().expectStatus().is3xxRedirection();
    }

    private List<String> allSlugs(Map<String, Object> filter) {
        List<String> slugs = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            HttpGraphQlTester.Response response = graphQl.documentName("recentIssues").variable("first", 25)
                    .variable("after", after).variable("filter", filter).execute();
            slugs.addAll(response.path("issues.edges[*].node.slug").entityList(String.class).get());
            after = response.path("issues.pageInfo.endCursor").entity(String.class).get();
            hasNext = response.path("issues.pageInfo.hasNextPage").entity(Boolean.class).get();
        }
        return slugs;
    }
}
