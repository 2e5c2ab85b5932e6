package com.weeklygraphql.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.project.ProjectCatalogue;
import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.Reading;
import com.weeklygraphql.content.model.Release;
import com.weeklygraphql.content.snapshot.ContentFilter;
import com.weeklygraphql.content.snapshot.SearchResults;
import com.weeklygraphql.support.SampleSnapshot;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search ranks what a reader expects near the top: for the hand-written judgements of
 * {@code search/relevance.yaml} (Chinese, English and mixed queries over the sample), an expected item is in the
 * top 3 for at least 90% of the queries. The same judgements measure the three ways of matching Han text; the
 * one the service uses must do at least as well as the others. Prints every query's outcome.
 */
class RelevanceTests {

    static final int TOP = 3;
    /** How deep the mean reciprocal rank looks. */
    static final int DEPTH = 10;
    static final double TARGET = 0.90;

    private static List<RelevanceJudgements.Judgement> judgements;

    @BeforeAll
    static void loadJudgements() {
        judgements = RelevanceJudgements.load(SampleItems.all());
    }

    @Test
    void judgementsCoverAtLeastFortyQueriesInEveryLanguage() {
        assertThat(judgements).hasSizeGreaterThanOrEqualTo(40);
        assertThat(judgements).extracting(RelevanceJudgements.Judgement::lang).contains("zh", "en", "mixed");
    }

    /** Measured on the service's own snapshot of the sample: cloned, parsed and indexed as a sync does it. */
    @Test
    void anExpectedItemIsInTheTopThreeForNineInTen(@TempDir Path dir) {
        try (SampleSnapshot sample = SampleSnapshot.build(dir)) {
            SearchResults search = sample.snapshot().search();
            double share = measure("service", judgement -> search.search(judgement.query(), List.of(), ContentFilter.NONE,
                    DEPTH, null).hits().stream().map(hit -> idOf(hit.item())).toList(), true);
            assertThat(share).isGreaterThanOrEqualTo(TARGET);
        }
    }

    private static String idOf(Object item) {
        if (item instanceof Issue issue) {
            return issue.slug();
        }
        if (item instanceof Question question) {
            return question.id();
        }
        if (item instanceof Release release) {
            return release.id();
        }
        if (item instanceof Event event) {
            return event.id();
        }
        return ((Reading) item).id();
    }

    @Test
    void theServicesWayOfMatchingHanTextRanksAtLeastAsWellAsTheOthers() throws Exception {
        Map<HanMatching, Double> shares = new EnumMap<>(HanMatching.class);
        for (HanMatching han : HanMatching.values()) {
            shares.put(han, measure(han.name(), new SearchFields(ProjectCatalogue.defaults(), han), false));
        }
        System.out.println("relevance by Han matching (share of queries with an expected item in the top " + TOP
                + "): " + shares);
        double chosen = shares.get(HanMatching.QUERY_WORDS);
        shares.values().forEach(other -> assertThat(chosen).isGreaterThanOrEqualTo(other));
    }

    private static double measure(String name, SearchFields fields, boolean print) throws Exception {
        try (SampleIndex index = SampleIndex.of(fields, SampleItems.all())) {
            return measure(name, judgement -> index.top(fields.search(judgement.query()), DEPTH).stream()
                    .map(SampleIndex.Hit::id).toList(), print);
        }
    }

    // Each judgement's query ranked by 'search' (ids, best first), scored against what a reader expects.
    private static double measure(String name, java.util.function.Function<RelevanceJudgements.Judgement, List<String>> search,
            boolean print) {
        int found = 0;
        double reciprocalRanks = 0;
        Map<String, int[]> byLang = new TreeMap<>();
        {
            for (RelevanceJudgements.Judgement judgement : judgements) {
                List<String> ranked = search.apply(judgement);
                int rank = firstExpected(ranked, judgement);
                reciprocalRanks += rank > 0 ? 1.0 / rank : 0;
                List<String> top = ranked.subList(0, Math.min(TOP, ranked.size()));
                boolean hit = rank > 0 && rank <= TOP;
                found += hit ? 1 : 0;
                int[] counts = byLang.computeIfAbsent(judgement.lang(), lang -> new int[2]);
                counts[0] += hit ? 1 : 0;
                counts[1]++;
                if (print) {
                    System.out.printf("%s %-28s %s%n", hit ? "✓" : "✗", judgement.query(),
                            top);
                }
            }
        }
        double share = (double) found / judgements.size();
        StringBuilder perLang = new StringBuilder();
        byLang.forEach((lang, counts) -> perLang.append(' ').append(lang).append(' ').append(counts[0]).append('/')
                .append(counts[1]));
        System.out.printf("%s: %d of %d queries (%.1f%%) have an expected item in the top %d;%s; MRR@%d %.3f%n",
                name, found, judgements.size(), 100 * share, TOP, perLang, DEPTH, reciprocalRanks / judgements.size());
        return share;
    }

    /** 1-based rank of the first expected item, 0 when none is ranked. */
    private static int firstExpected(List<String> ranked, RelevanceJudgements.Judgement judgement) {
        for (int i = 0; i < ranked.size(); i++) {
            if (judgement.expected().contains(ranked.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }
}
