package com.weeklygraphql.content.search;

import com.weeklygraphql.content.project.ProjectCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A handful of made-up items indexed as the content index would, for tests that need exact texts. */
final class TinyIndex {

    private TinyIndex() {
    }

    /** Indexes one item per text, ids {@code item/0}, {@code item/1}, ..., newer ones later. */
    static SampleIndex of(String... bodies) {
        return of(new SearchFields(ProjectCatalogue.defaults()), bodies);
    }

    static SampleIndex of(SearchFields fields, String... bodies) {
        List<SampleItems.Item> items = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            items.add(new SampleItems.Item("QUESTION", "item/" + i, "issue", LocalDate.of(2020, 1, 1).plusDays(i),
                    new ItemText("", List.of(bodies[i])), null));
        }
        return SampleIndex.of(fields, items);
    }

    /** The ids the query matches. */
    static Set<String> found(SampleIndex index, String query) {
        return index.ids(index.fields().search(query));
    }
}
