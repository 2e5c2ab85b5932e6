package com.weeklygraphql.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GraphQlClients;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code and}, {@code or} and {@code not} in {@code ContentFilter}, on the embedded sample. The expected answers
 * were read off the sample's files, not computed: the issues of the last quarter of 2021 are the nine dated
 * 2021-10-01 … 2021-12-31, of which 20211008, 20211015 and 20211105 are tagged "SOFAStack" and the other six "SOFA
 * Weekly"; their releases are Layotto 0.2.0 (20211008), SOFARPC 5.8.0 (20211029) and MOSN 0.26.0 (20211231). The only
 * other issue tagged "SOFAStack" is forrester-daipeng-white-paper-cloud-native (categories "SOFA Weekly", 2020-06-11).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BooleanFilterTests {

    private static final Map<String, Object> Q4_2021 = Map.of("from", "2021-10-01", "to", "2021-12-31");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void sample(DynamicPropertyRegistry registry) {
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("boolean-data").toString());
        registry.add("content.sync.interval", () -> "0");
    }

    @Test
    void notExcludesWhatItsFilterMatches() {
        assertThat(issues(with(Q4_2021, "not", Map.of("tags", List.of("SOFA Weekly")))))
                .containsExactly("sofa-weekly-20211105", "sofa-weekly-20211015", "sofa-weekly-20211008");
    }

    @Test
    void orTakesEitherAlternativeAndCombinesWithTheOtherFields() {
        Map<String, Object> filter = with(Q4_2021, "or", List.of(Map.of("tags", List.of("sofastack")),
                Map.of("from", "2021-12-01")));

        assertThat(issues(filter)).containsExactly("sofa-weekly-20211231", "sofa-weekly-20211210", "sofa-weekly-20211203",
                "sofa-weekly-20211105", "sofa-weekly-20211015", "sofa-weekly-20211008");
    }

    @Test
    void andOrAndNotNest() {
        Map<String, Object> filter = Map.of("or", List.of(
                Map.of("and", List.of(Map.of("tags", List.of("SOFAStack")), Map.of("to", "2021-10-10"))),
                Map.of("and", List.of(Map.of("from", "2021-12-20")), "not", Map.of("from", "2022-01-01"))));

        assertThat(issues(filter)).containsExactly("sofa-weekly-20211231", "sofa-weekly-20211008",
                "forrester-daipeng-white-paper-cloud-native");
    }

    @Test
    void emptyListsImposeNothing() {
        Map<String, Object> filter = with(Q4_2021, "and", List.of());

        assertThat(issues(with(filter, "or", List.of()))).hasSize(9);
    }

    @Test
    void entityListsTakeTheSameFilters() {
        assertThat(releases(with(Q4_2021, "not", Map.of("projects", List.of("mosn"))))).containsExactly("SOFARPC 5.8.0", "Layotto 0.2.0");
        assertThat(releases(with(Q4_2021, "or", List.of(Map.of("projects", List.of("Layotto")), Map.of("projects", List.of("MOSN"))))))
                .containsExactly("MOSN 0.26.0", "Layotto 0.2.0");
    }

    @Test
    void aFilterNestedTooDeepIsRefusedWithWhatToChange() {
        Map<String, Object> filter = Map.of("tags", List.of("SOFA Weekly"));
        for (int level = 0; level < 9; level++) {
            filter = Map.of("not", filter);
        }
        graphQl().document("query($f: ContentFilter) { issues(filter: $f) { totalCount } }").variable("f", filter).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("at most 8 levels deep").contains("flatten")));
    }

    private List<String> issues(Map<String, Object> filter) {
        return graphQl().document("query($f: ContentFilter) { issues(filter: $f, first: 50) { edges { node { slug } } } }")
                .variable("f", filter).execute().path("issues.edges[*].node.slug").entityList(String.class).get();
    }

    private List<String> releases(Map<String, Object> filter) {
        List<Map<String, Object>> nodes = graphQl()
                .document("query($f: ContentFilter) { releases(filter: $f, first: 50) { edges { node { version project { name } } } } }")
                .variable("f", filter).execute().path("releases.edges[*].node")
                .entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { }).get();
        return nodes.stream().map(node -> ((Map<?, ?>) node.get("project")).get("name") + " " + node.get("version")).toList();
    }

    private static Map<String, Object> with(Map<String, Object> filter, String key, Object value) {
        Map<String, Object> more = new java.util.HashMap<>(filter);
        more.put(key, value);
        return more;
    }

    private HttpGraphQlTester graphQl() {
        return GraphQlClients.graphQl(port);
    }
}
