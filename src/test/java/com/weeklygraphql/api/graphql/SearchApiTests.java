package com.weeklygraphql.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GraphQlClients;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code search} over HTTP on the embedded sample: ranking, syntax, kinds, filters, paging, snippets and refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchApiTests {

    private static final String SEARCH = """
            query($q: String!, $kinds: [SearchKind!], $filter: ContentFilter, $first: Int, $after: String) {
              search(query: $q, kinds: $kinds, filter: $filter, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage endCursor }
                edges { cursor score highlights node { __typename
                  ... on Issue { slug title }
                  ... on Question { id question issue { date } }
                  ... on Release { id version project { name } }
                  ... on Event { id title }
                  ... on Reading { id title } } }
              }
            }""";
    private static final ParameterizedTypeReference<Map<String, Object>> EDGE = new ParameterizedTypeReference<>() { };

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void sample(DynamicPropertyRegistry registry) {
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("search-data").toString());
        registry.add("content.sync.interval", () -> "0");
    }

    @Test
    void hanTextIsFoundWithoutSpacesAndEverySnippetMarksTheMatch() {
        List<Map<String, Object>> edges = edges(search("事务", null, null, 10, null));

        assertThat(edges).hasSize(10);
        assertThat(edges).extracting(edge -> ((Number) edge.get("score")).doubleValue()).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
        assertThat(edges).allSatisfy(edge -> assertThat(highlights(edge)).isNotEmpty()
                .anySatisfy(snippet -> assertThat(snippet).contains("<mark>事务</mark>")));
    }

    @Test
    void aProjectsAliasFindsItAndVersionsAreFoundAsWritten() {
        List<Map<String, Object>> tongsuo = edges(search("BabaSSL", List.of("RELEASE"), null, 5, null));
        assertThat(tongsuo).isNotEmpty().allSatisfy(edge -> assertThat(node(edge).get("__typename")).isEqualTo("Release"));
        assertThat(tongsuo).extracting(edge -> String.valueOf(((Map<?, ?>) node(edge).get("project")).get("name")))
                .contains("Tongsuo");

        for (String version : List.of("0.26.0", "v0.26.0")) {
            assertThat(edges(search(version, List.of("RELEASE"), null, 3, null)))
                    .extracting(edge -> ((Map<?, ?>) node(edge).get("project")).get("name") + " " + node(edge).get("version"))
                    .as(version).first().isEqualTo("MOSN 0.26.0");
        }
    }

    @Test
    void phrasesExclusionsAndOrNarrowOrWidenTheHits() {
        int both = total(search("MOSN Layotto", null, null, 1, null));
        int either = total(search("MOSN OR Layotto", null, null, 1, null));
        int mosnOnly = total(search("MOSN -Layotto", null, null, 1, null));

        assertThat(either).isGreaterThan(both).isGreaterThan(mosnOnly);
        assertThat(both + mosnOnly).isEqualTo(total(search("MOSN", null, null, 1, null)));
        assertThat(total(search("\"服务注册\"", null, null, 1, null))).isPositive()
                .isLessThanOrEqualTo(total(search("服务 注册", null, null, 1, null)));
    }

    @Test
    void kindsAndFiltersNarrowTheHitsLikeTheLists() {
        List<Map<String, Object>> questions = edges(search("SOFARPC", List.of("QUESTION"),
                Map.of("from", "2021-01-01", "to", "2021-12-31"), 20, null));

        assertThat(questions).isNotEmpty().allSatisfy(edge -> {
            assertThat(node(edge).get("__typename")).isEqualTo("Question");
            assertThat((String) ((Map<?, ?>) node(edge).get("issue")).get("date")).startsWith("2021-");
        });
    }

    @Test
    void pagesFollowOneAnotherWithoutRepeatingAHit() {
        GraphQlTester.Response first = search("SOFA", null, null, 7, null);
        String after = first.path("search.pageInfo.endCursor").entity(String.class).get();
        GraphQlTester.Response second = search("SOFA", null, null, 7, after);

        List<String> firstIds = ids(edges(first));
        List<String> secondIds = ids(edges(second));
        assertThat(firstIds).hasSize(7).doesNotContainAnyElementsOf(secondIds);
        assertThat(secondIds).hasSize(7);
        second.path("search.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
        assertThat(total(second)).isEqualTo(total(first)).isGreaterThan(14);
    }

    @Test
    void nodesAreTheEdgesItemsInTheirOrder() {
        GraphQlTester.Response response = GraphQlClients.graphQl(port).document("""
                { search(query: "SOFA", first: 9) {
                    edges { node { __typename ... on Node { id } } }
                    nodes { __typename ... on Node { id } } } }""").execute();

        List<Map<String, Object>> fromEdges = response.path("search.edges[*].node").entityList(EDGE).get();
        List<Map<String, Object>> nodes = response.path("search.nodes").entityList(EDGE).get();
        assertThat(nodes).hasSize(9).isEqualTo(fromEdges);
        assertThat(nodes).extracting(node -> node.get("id")).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void markupInTheContentIsEscapedInSnippets() {
        List<Map<String, Object>> edges = edges(search("SOFA Channel", List.of("ISSUE"), null, 20, null));

        assertThat(edges.stream().flatMap(edge -> highlights(edge).stream()))
                .noneMatch(snippet -> snippet.contains("<SOFA:Channel"))
                .allSatisfy(snippet -> assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">"));
    }

    @Test
    void unreadableQueriesAreRefusedWithWhatToChangeAndTheServiceAnswersOn() {
        List<String> bad = List.of("", "   ", "x".repeat(300), "* ? *", "a ".repeat(3000), "\"unclosed", "OR", "-only");
        for (String query : bad) {
            search(query, null, null, 5, null).errors().satisfy(errors -> assertThat(errors).as(query.length() > 40
                    ? query.substring(0, 40) + "…" : query).singleElement().satisfies(error -> {
                        assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                        assertThat(error.getMessage()).isNotBlank().doesNotContain("Exception").doesNotContain("at com.");
                    }));
        }
        assertThat(total(search("MOSN", null, null, 1, null))).isPositive();
    }

    private GraphQlTester.Response search(String query, List<String> kinds, Map<String, Object> filter, Integer first,
            String after) {
        HttpGraphQlTester.Request<?> request = GraphQlClients.graphQl(port).document(SEARCH).variable("q", query)
                .variable("first", first).variable("after", after);
        if (kinds != null) {
            request = request.variable("kinds", kinds);
        }
        if (filter != null) {
            request = request.variable("filter", filter);
        }
        return request.execute();
    }

    private static List<Map<String, Object>> edges(GraphQlTester.Response response) {
        return response.path("search.edges").entityList(EDGE).get();
    }

    private static int total(GraphQlTester.Response response) {
        return response.path("search.totalCount").entity(Integer.class).get();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(Map<String, Object> edge) {
        return (Map<String, Object>) edge.get("node");
    }

    @SuppressWarnings("unchecked")
    private static List<String> highlights(Map<String, Object> edge) {
        return (List<String>) edge.get("highlights");
    }

    private static List<String> ids(List<Map<String, Object>> edges) {
        return edges.stream().map(edge -> String.valueOf(node(edge).getOrDefault("id", node(edge).get("slug")))).toList();
    }
}
