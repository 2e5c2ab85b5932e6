package com.weeklygraphql.content.snapshot;

import com.weeklygraphql.content.index.ItemKind;
import com.weeklygraphql.content.index.ItemQueries;
import com.weeklygraphql.content.project.ProjectCatalogue;
import com.weeklygraphql.content.search.SearchFields;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns a {@link ContentFilter} into a query on the content index. Every condition is a filter clause: Lucene
 * leads a conjunction with its most selective clause and counts without scoring, so a filtered list touches the
 * items under its rarest tag, project or date range, not the archive.
 */
final class FilterQueries {

    /** Deeper nesting of and/or/not than this is refused: no real filter needs it, and each level costs. */
    static final int MAX_DEPTH = 8;
    /** More conditions than this in one filter are refused, for the same reason. */
    static final int MAX_CONDITIONS = 200;

    private final ProjectCatalogue catalogue;
    private final SearchFields text;
    private int conditions;

    private FilterQueries(ProjectCatalogue catalogue, SearchFields text) {
        this.catalogue = catalogue;
        this.text = text;
    }

    /** The items of one kind that match the filter. */
    static Query of(ItemKind kind, ContentFilter filter, ProjectCatalogue catalogue, SearchFields text) {
        return of(ItemQueries.kind(kind), filter, catalogue, text);
    }

    /** The items of the kinds {@code kinds} selects that match the filter. */
    static Query of(Query kinds, ContentFilter filter, ProjectCatalogue catalogue, SearchFields text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(kinds, Occur.FILTER);
        Query condition = new FilterQueries(catalogue, text).condition(filter, 1);
        if (condition != null) {
            query.add(condition, Occur.FILTER);
        }
        return query.build();
    }

    /** The filter's conditions alone, whatever the kind; null when it imposes none. */
    static Query conditionOf(ContentFilter filter, ProjectCatalogue catalogue, SearchFields text) {
        return new FilterQueries(catalogue, text).condition(filter, 1);
    }

    // The filter's conditions as one query, or null when it imposes none.
    private Query condition(ContentFilter filter, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidFilterException("filters nest 'and', 'or' and 'not' at most " + MAX_DEPTH
                    + " levels deep: flatten the filter");
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        if (!filter.tags().isEmpty()) {
            all.add(ItemQueries.anyTag(filter.tags().stream().map(FilterQueries::lower).toList()), Occur.FILTER);
            clauses++;
        }
        if (!filter.projects().isEmpty()) {
            all.add(ItemQueries.anyProject(filter.projects().stream()
                    .map(name -> lower(catalogue.canonicalName(name))).toList()), Occur.FILTER);
            clauses++;
        }
        if (filter.from() != null || filter.to() != null) {
            all.add(ItemQueries.days(filter.from(), filter.to()), Occur.FILTER);
            clauses++;
        }
        if (filter.text() != null) {
            all.add(text.textFilter(filter.text()), Occur.FILTER);
            clauses++;
        }
        for (ContentFilter each : filter.and()) {
            Query inner = condition(each, depth + 1);
            if (inner != null) {
                all.add(inner, Occur.FILTER);
                clauses++;
            }
        }
        Query anyOf = anyOf(filter.or(), depth);
        if (anyOf != null) {
            all.add(anyOf, Occur.FILTER);
            clauses++;
        }
        if (filter.not() != null) {
            Query excluded = condition(filter.not(), depth + 1);
            all.add(excluded == null ? new MatchAllDocsQuery() : excluded, Occur.MUST_NOT);
            all.add(new MatchAllDocsQuery(), Occur.FILTER);
            clauses++;
        }
        count(clauses);
        return clauses == 0 ? null : all.build();
    }

    private Query anyOf(List<ContentFilter> alternatives, int depth) {
        if (alternatives.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (ContentFilter each : alternatives) {
            Query inner = condition(each, depth + 1);
            if (inner == null) {
                return null; // an alternative that imposes nothing lets everything through
            }
            any.add(inner, Occur.SHOULD);
        }
        return any.setMinimumNumberShouldMatch(1).build();
    }

    private void count(int clauses) {
        conditions += clauses;
        if (conditions > MAX_CONDITIONS) {
            throw new InvalidFilterException("a filter may hold at most " + MAX_CONDITIONS + " conditions: split the query");
        }
    }

    static String lower(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
