package com.weeklygraphql.content.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The hand-written judgements of {@code search/relevance.yaml}, with each expected item resolved to the ids of
 * the sample items it names.
 */
final class RelevanceJudgements {

    /** One query and the ids of the items a reader would want at the top. */
    record Judgement(String query, String lang, Set<String> expected) {
    }

    private RelevanceJudgements() {
    }

    static List<Judgement> load(List<SampleItems.Item> items) {
        List<Judgement> judgements = new ArrayList<>();
        for (Map<String, Object> entry : entries()) {
            String query = String.valueOf(entry.get("query"));
            Set<String> expected = new LinkedHashSet<>();
            for (Object spec : (List<?>) entry.get("expect")) {
                Map<?, ?> item = (Map<?, ?>) spec;
                Set<String> ids = resolve(items, (String) item.get("kind"), (String) item.get("issue"),
                        (String) item.get("text"));
                if (ids.isEmpty()) {
                    throw new IllegalStateException("the judgement of '" + query + "' names no sample item: " + item);
                }
                expected.addAll(ids);
            }
            judgements.add(new Judgement(query, String.valueOf(entry.get("lang")), expected));
        }
        return judgements;
    }

    private static Set<String> resolve(List<SampleItems.Item> items, String kind, String issue, String phrase) {
        String needle = phrase.toLowerCase(Locale.ROOT);
        Set<String> ids = new LinkedHashSet<>();
        for (SampleItems.Item item : items) {
            if (item.kind().equals(kind) && (issue == null || item.issue().equals(issue))
                    && item.text().title().toLowerCase(Locale.ROOT).contains(needle)) {
                ids.add(item.id());
            }
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries() {
        try (InputStream in = RelevanceJudgements.class.getResourceAsStream("/search/relevance.yaml")) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return (List<Map<String, Object>>) root.get("queries");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
