package com.weeklygraphql.content.search;

import com.weeklygraphql.content.project.ProjectCatalogue;
import java.util.List;

/** Lets benchmarks outside this package build the analysis variants and read the judged queries. */
public final class SearchFieldsVariants {

    private SearchFieldsVariants() {
    }

    /** {@link SearchFields} matching Han text by {@code BIGRAMS}, {@code WORDS}, {@code BOTH} or {@code QUERY_WORDS}. */
    public static SearchFields of(ProjectCatalogue catalogue, String hanMatching) {
        return new SearchFields(catalogue, HanMatching.valueOf(hanMatching));
    }

    /** The queries of {@code search/relevance.yaml}, as people would type them. */
    public static List<String> judgedQueries() {
        return RelevanceJudgements.load(SampleItems.all()).stream().map(RelevanceJudgements.Judgement::query).toList();
    }
}
