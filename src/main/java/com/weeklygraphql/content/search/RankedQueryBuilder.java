package com.weeklygraphql.content.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/**
 * Turns a {@link UserQuery} into the Lucene query that ranks items (BM25): every word or phrase must match
 * the item's text, and a match in the title adds to the score ({@link FieldQueries}). A word is cut where its
 * script changes ("MOSN发布" is MOSN and 发布); a Latin word the analysis splits ("sofa-jraft") is a phrase;
 * a run of Han text is left to {@link HanRunQuery}. Project names, over up to three consecutive words, are
 * expanded to every spelling the catalogue knows.
 */
final class RankedQueryBuilder {

    /** How much a project's other spellings count next to the one typed. */
    static final float OTHER_SPELLING_WEIGHT = 0.5f;

    private final Analyzer analyzer;
    private final ProjectSpellings spellings;
    private final HanRunQuery hanRuns;

    RankedQueryBuilder(Analyzer queryAnalyzer, HanMatching han, ProjectSpellings spellings) {
        this.analyzer = queryAnalyzer;
        this.spellings = spellings;
        this.hanRuns = new HanRunQuery(queryAnalyzer, han);
    }

    Query build(UserQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int required = 0;
        List<UserQuery.Part> plainWords = new ArrayList<>();
        for (List<UserQuery.Part> group : query.groups()) {
            if (group.size() == 1 && !group.get(0).phrase()) {
                // consecutive plain words are read together, so that "SOFA Boot" can name one project
                plainWords.add(group.get(0));
                continue;
            }
            required += addAll(all, Occur.MUST, units(segments(plainWords)));
            plainWords.clear();
            Optional<Query> either = either(group);
            if (either.isPresent()) {
                all.add(either.get(), Occur.MUST);
                required++;
            }
        }
        required += addAll(all, Occur.MUST, units(segments(plainWords)));
        if (required == 0) {
            throw new InvalidSearchQueryException("The query has no letters, digits or Chinese characters to search"
                    + " for; wildcards such as * and ? are not supported: type the words themselves.");
        }
        for (UserQuery.Part part : query.excluded()) {
            part(part).ifPresent(excluded -> all.add(excluded, Occur.MUST_NOT));
        }
        return all.build();
    }

    private static int addAll(BooleanQuery.Builder builder, Occur occur, List<Query> queries) {
        queries.forEach(query -> builder.add(query, occur));
        return queries.size();
    }

    /** Alternatives joined by OR: any of them. */
    private Optional<Query> either(List<UserQuery.Part> alternatives) {
        List<Query> parts = alternatives.stream().map(this::part).flatMap(Optional::stream).toList();
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        if (parts.size() == 1) {
            return Optional.of(parts.get(0));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        parts.forEach(part -> any.add(part, Occur.SHOULD));
        return Optional.of(any.build());
    }

    /** One word or phrase on its own; empty when it holds nothing to search for (punctuation, a lone "*"). */
    private Optional<Query> part(UserQuery.Part part) {
        if (part.phrase()) {
            List<AnalyzedToken> tokens = AnalyzedToken.analyse(analyzer, TextAnalysis.TEXT, part.text());
            return tokens.isEmpty() ? Optional.empty() : Optional.of(weighted(tokens));
        }
        List<Query> units = units(segments(List.of(part)));
        if (units.size() <= 1) {
            return units.stream().findFirst();
        }
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        units.forEach(unit -> every.add(unit, Occur.MUST));
        return Optional.of(every.build());
    }

    /**
     * A run of tokens from one word in one script, with the text it came from.
     *
     * @param source the characters the tokens cover, for a second analysis into words
     */
    private record Segment(List<AnalyzedToken> tokens, boolean cjk, String source) {

        List<String> terms() {
            return tokens.stream().map(AnalyzedToken::term).toList();
        }
    }

    private List<Segment> segments(List<UserQuery.Part> words) {
        List<Segment> segments = new ArrayList<>();
        for (UserQuery.Part word : words) {
            List<AnalyzedToken> tokens = AnalyzedToken.analyse(analyzer, TextAnalysis.TEXT, word.text());
            int from = 0;
            for (int i = 1; i <= tokens.size(); i++) {
                if (i == tokens.size() || tokens.get(i).cjk() != tokens.get(from).cjk()) {
                    List<AnalyzedToken> run = tokens.subList(from, i);
                    segments.add(new Segment(List.copyOf(run), run.get(0).cjk(),
                            word.text().substring(run.get(0).start(), run.get(run.size() - 1).end())));
                    from = i;
                }
            }
        }
        return segments;
    }

    /** One required query per project name (all its spellings) or per remaining segment. */
    private List<Query> units(List<Segment> segments) {
        List<Query> units = new ArrayList<>();
        int i = 0;
        while (i < segments.size()) {
            int matched = 0;
            for (int length = Math.min(ProjectSpellings.MAX_SEGMENTS, segments.size() - i); length > 0; length--) {
                List<String> terms = new ArrayList<>();
                segments.subList(i, i + length).forEach(segment -> terms.addAll(segment.terms()));
                Optional<List<List<String>>> project = spellings.spellingsOf(terms);
                if (project.isPresent()) {
                    units.add(anySpelling(project.get(), terms));
                    matched = length;
                    break;
                }
            }
            if (matched == 0) {
                units.add(segment(segments.get(i)));
                matched = 1;
            }
            i += matched;
        }
        return units;
    }

    /**
     * Any spelling of a project. An item scores by its best spelling, not their sum (a title written
     * "Tongsuo/铜锁" is not twice as relevant), and the spelling typed counts more than the others.
     */
    private Query anySpelling(List<List<String>> spellingTerms, List<String> typed) {
        List<List<String>> shortest = withoutLongerForms(spellingTerms);
        if (shortest.size() == 1) {
            return FieldQueries.weighted(TextAnalysis.TEXT, TextAnalysis.TITLE, TermSequence.consecutive(shortest.get(0)));
        }
        List<Query> alternatives = new ArrayList<>();
        for (List<String> terms : shortest) {
            Query spelling = FieldQueries.weighted(TextAnalysis.TEXT, TextAnalysis.TITLE, TermSequence.consecutive(terms));
            boolean asTyped = Collections.indexOfSubList(typed, terms) >= 0;
            alternatives.add(asTyped ? spelling : new BoostQuery(spelling, OTHER_SPELLING_WEIGHT));
        }
        return new DisjunctionMaxQuery(alternatives, 0f);
    }

    /**
     * The spellings that hold no other one within them: "sofa jraft" goes where "jraft" is a spelling too, since
     * every item it matches, "jraft" matches, and scoring it as a phrase ("sofa" is in most items) would cost more
     * than the whole rest of the search. A shorter form inside the spelling typed counts as typed.
     */
    static List<List<String>> withoutLongerForms(List<List<String>> spellings) {
        return spellings.stream()
                .filter(spelling -> spellings.stream().noneMatch(other -> other.size() < spelling.size()
                        && Collections.indexOfSubList(spelling, other) >= 0))
                .toList();
    }

    private Query segment(Segment segment) {
        return segment.cjk() ? hanRuns.of(segment.tokens(), segment.source()) : weighted(segment.tokens());
    }

    private static Query weighted(List<AnalyzedToken> tokens) {
        return FieldQueries.weighted(TextAnalysis.TEXT, TextAnalysis.TITLE, TermSequence.of(tokens));
    }
}
