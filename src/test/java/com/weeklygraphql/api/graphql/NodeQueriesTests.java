package com.weeklygraphql.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.sync.ContentSync;
import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GitRemote;
import com.weeklygraphql.support.GraphQlClients;
import com.weeklygraphql.support.SampleIssues;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Relay object identification over HTTP: every entity type refetched by its opaque id, across commits. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NodeQueriesTests {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() { };
    private static final int ISSUES = 40;
    private static final GitRemote REMOTE = GitRemote.withSampleIssues(ContentRepositories.tempDir("nodes-remote"), ISSUES);

    @LocalServerPort
    int port;

    @Autowired
    ContentSync sync;

    HttpGraphQlTester graphQl;

    @DynamicPropertySource
    static void remote(DynamicPropertyRegistry registry) {
        registry.add("content.repository.uri", REMOTE::uri);
        registry.add("content.data-dir", () -> ContentRepositories.tempDir("nodes-data").toString());
        registry.add("content.sync.interval", () -> "0");
    }

    @AfterAll
    static void close() {
        REMOTE.close();
    }

    @BeforeEach
    void client() {
        graphQl = GraphQlClients.graphQl(port);
    }

    @Test
    void everyEntityTypeIsFetchedAgainByItsId() {
        Map<String, Object> issue = issueWithEveryKind();
        List<Map<String, Object>> expected = itemsOf(issue);

        List<Map<String, Object>> nodes = refetch(expected.stream().map(item -> (String) item.get("id")).toList());

        assertThat(nodes).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Map<String, Object> node = nodes.get(i);
            Map<String, Object> item = expected.get(i);
            assertThat(node.get("__typename")).isEqualTo(item.get("type"));
            item.forEach((field, value) -> {
                if (!field.equals("type")) {
                    assertThat(node.get(field)).as(item.get("type") + "." + field).isEqualTo(value);
                }
            });
        }
        assertThat(nodes).extracting(node -> node.get("__typename")).contains("Issue", "Question", "Release", "Event", "Reading", "Project");
    }

    @Test
    void oneNodeIsFetchedWithNode() {
        Map<String, Object> issue = issueWithEveryKind();
        String releaseId = (String) firstOf(issue, "releases").get("id");

        graphQl.document("query($id: ID!) { node(id: $id) { __typename id ... on Release { version issue { slug } } } }")
                .variable("id", releaseId).execute()
                .path("node.__typename").entity(String.class).isEqualTo("Release")
                .path("node.id").entity(String.class).isEqualTo(releaseId)
                .path("node.version").entity(String.class).isEqualTo(firstOf(issue, "releases").get("version"))
                .path("node.issue.slug").entity(String.class).isEqualTo(issue.get("slug"));
    }

    @Test
    void idsAreOpaqueAndUniqueAcrossTypes() {
        Map<String, Object> issue = issueWithEveryKind();
        List<String> ids = itemsOf(issue).stream().map(item -> (String) item.get("id")).toList();

        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> {
            assertThat(id).matches("[A-Za-z0-9_-]+").doesNotContain((String) issue.get("slug"));
        });
        // Projects have ids too, by canonical name: the same project is the same node from any issue.
        String mosn = graphQl.document("{ project(name: \"sofa-mosn\") { id } }").execute().path("project.id").entity(String.class).get();
        assertThat(graphQl.document("{ project(name: \"MOSN\") { id } }").execute().path("project.id").entity(String.class).get())
                .isEqualTo(mosn);
    }

    @Test
    void idsStayTheSameAcrossCommitsWhileTheItemIsUnchangedAndAnItemNoLongerServedIsNull() {
        Map<String, Object> kept = issueWithEveryKind();
        List<String> keptIds = itemsOf(kept).stream().map(item -> (String) item.get("id")).toList();
        String goneSlug = lastSlugOtherThan((String) kept.get("slug"));
        Map<String, Object> gone = graphQl.documentName("issueWithNodeIds").variable("slug", goneSlug).execute()
                .path("issue").entity(OBJECT).get();
        String commitBefore = commit();
        graphQl.document("query($id: ID!) { node(id: $id) { id } }").variable("id", gone.get("id")).execute()
                .path("node.id").entity(String.class).isEqualTo((String) gone.get("id"));

        // One commit changes other issues: one is edited, one is removed.
        String edited = lastSlugOtherThan((String) kept.get("slug"), goneSlug);
        REMOTE.commit(pathOf(edited), (new String(SampleIssues.all().get(pathOf(edited)), StandardCharsets.UTF_8)
                + "\n\n本周新增一段。\n").getBytes(StandardCharsets.UTF_8));
        REMOTE.delete(pathOf(goneSlug));
        REMOTE.push();
        sync.syncNow();
        assertThat(commit()).isNotEqualTo(commitBefore);

        Map<String, Object> again = graphQl.documentName("issueWithNodeIds").variable("slug", kept.get("slug")).execute()
                .path("issue").entity(OBJECT).get();
        assertThat(itemsOf(again).stream().map(item -> item.get("id")).toList()).isEqualTo(keptIds);
        assertThat(refetch(keptIds)).doesNotContainNull().hasSize(keptIds.size());

        List<Object> mixed = graphQl.documentName("refetchNodes").variable("ids", List.of((String) gone.get("id"), keptIds.get(0)))
                .execute().path("nodes").entityList(Object.class).get();
        assertThat(mixed.get(0)).isNull();
        assertThat(mixed.get(1)).isNotNull();
        graphQl.document("query($id: ID!) { node(id: $id) { id } }").variable("id", gone.get("id")).execute()
                .path("node").valueIsNull();
    }

    @Test
    void aMalformedIdIsAnErrorThatSaysWhatToSend() {
        String unknownType = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("Contributor\u001Fsofa-weekly-20190809\u001Fx".getBytes(StandardCharsets.UTF_8));
        for (String id : List.of("not an id!", "", unknownType, "sofa-weekly-20190809")) {
            graphQl.document("query($id: ID!) { node(id: $id) { id } }").variable("id", id).execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getMessage()).contains("is not an id this API gave out")
                                .contains("pass the value of an 'id' field");
                        assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    }));
        }
        graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { id } }").variable("ids", List.of("%%%")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("'%%%' is not an id this API gave out")));
    }

    @Test
    void tooManyIdsAreRefusedWithTheLimit() {
        String id = (String) issueWithEveryKind().get("id");
        List<String> ids = Collections.nCopies(NodeController.MAX_IDS + 1, id);

        graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { id } }").variable("ids", ids).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("at most 100 ids, not 101")));
    }

    // The newest served issue that has questions, releases, events and readings: found, not named.
    private Map<String, Object> issueWithEveryKind() {
        List<String> slugs = graphQl.document("{ issues(first: 100) { edges { node { slug } } } }").execute()
                .path("issues.edges[*].node.slug").entityList(String.class).get();
        for (String slug : slugs) {
            Map<String, Object> issue = graphQl.documentName("issueWithNodeIds").variable("slug", slug).execute()
                    .path("issue").entity(OBJECT).get();
            if (List.of("questions", "releases", "events", "readings").stream().noneMatch(kind -> ((List<?>) issue.get(kind)).isEmpty())) {
                return issue;
            }
        }
        throw new AssertionError("no served issue has questions, releases, events and readings");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstOf(Map<String, Object> issue, String list) {
        return ((List<Map<String, Object>>) issue.get(list)).get(0);
    }

    // The issue and each of its entities, with the type each must come back as and the fields to compare.
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> itemsOf(Map<String, Object> issue) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(Map.of("type", "Issue", "id", issue.get("id"), "slug", issue.get("slug"), "title", issue.get("title")));
        Map<String, String> types = Map.of("questions", "Question", "releases", "Release", "events", "Event",
                "readings", "Reading", "projects", "Project");
        for (String list : List.of("questions", "releases", "events", "readings", "projects")) {
            for (Map<String, Object> item : (List<Map<String, Object>>) issue.get(list)) {
                Map<String, Object> expected = new java.util.HashMap<>(item);
                expected.put("type", types.get(list));
                items.add(expected);
            }
        }
        return items;
    }

    private List<Map<String, Object>> refetch(List<String> ids) {
        return graphQl.documentName("refetchNodes").variable("ids", ids).execute().path("nodes").entityList(OBJECT).get();
    }

    private String commit() {
        return graphQl.document("{ content { commit } }").execute().path("content.commit").entity(String.class).get();
    }

    private String lastSlugOtherThan(String... taken) {
        List<String> slugs = SampleIssues.first(ISSUES).keySet().stream().map(SampleIssues::slugOf).toList();
        return IntStream.iterate(slugs.size() - 1, i -> i >= 0, i -> i - 1).mapToObj(slugs::get)
                .filter(slug -> !List.of(taken).contains(slug)).findFirst().orElseThrow();
    }

    private static String pathOf(String slug) {
        return SampleIssues.first(ISSUES).keySet().stream().filter(path -> SampleIssues.slugOf(path).equals(slug))
                .findFirst().orElseThrow();
    }
}
