package com.weeklygraphql.content.search;

import com.weeklygraphql.content.project.ProjectCatalogue;

/** Lets benchmarks outside this package build the analysis variants that docs/search.md compares. */
public final class SearchFieldsVariants {

    private SearchFieldsVariants() {
    }

    /** {@link SearchFields} matching Han text by {@code BIGRAMS}, {@code WORDS} or {@code BOTH}. */
    public static SearchFields of(ProjectCatalogue catalogue, String hanMatching) {
        return new SearchFields(catalogue, HanMatching.valueOf(hanMatching));
    }
}
