package com.weeklygraphql.content.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/**
 * Turns a {@link UserQuery} into the Lucene query that ranks items (BM25): every word or phrase must match
 * the item's text, and a match in the title adds {@link #TITLE_BOOST} times its title score. A word is cut
 * where its script changes ("MOSN发布" is MOSN and 发布); a run of Han characters is a phrase of bigrams, so
 * it matches those characters in that order; a Latin word the analysis splits ("sofa-jraft") is a phrase
 * too. Project names are expanded to every spelling the catalogue knows.
 */
final class RankedQueryBuilder {

    static final float TITLE_BOOST = 2f;
    /** How much a project's other spellings count next to the one typed. */
    static final float OTHER_SPELLING_WEIGHT = 0.5f;
    /** From this many parts on (four Han characters make three pairs), a run need not match whole. */
    static final int LOOSE_FROM_PARTS = 3;
    /** The share of a long run's terms an item must hold. */
    static final float LOOSE_SHARE = 0.5f;

    private final Analyzer analyzer;
    private final HanMatching han;
    private final ProjectSpellings spellings;
    /** Cuts a query's Han text into words; only ever sees a few characters, so its cost does not matter. */
    private final Analyzer wordSegmenter;

    RankedQueryBuilder(Analyzer queryAnalyzer, HanMatching han, ProjectSpellings spellings) {
        this.analyzer = queryAnalyzer;
        this.han = han;
        this.spellings = spellings;
        this.wordSegmenter = han.segmentsQueries() ? new SmartChineseAnalyzer() : null;
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
        if (spellingTerms.size() == 1) {
            return weighted(TextAnalysis.TEXT, TextAnalysis.TITLE, spellingTerms.get(0));
        }
        List<Query> alternatives = new ArrayList<>();
        for (List<String> terms : spellingTerms) {
            Query spelling = weighted(TextAnalysis.TEXT, TextAnalysis.TITLE, terms);
            alternatives.add(terms.equals(typed) ? spelling : new BoostQuery(spelling, OTHER_SPELLING_WEIGHT));
        }
        return new DisjunctionMaxQuery(alternatives, 0f);
    }

    private Query segment(Segment segment) {
        if (!segment.cjk()) {
            return weighted(segment.tokens());
        }
        TermSequence whole = TermSequence.of(segment.tokens());
        if (whole.terms().size() < LOOSE_FROM_PARTS) {
            return weighted(TextAnalysis.TEXT, TextAnalysis.TITLE, whole);
        }
        Query byBigrams = loose(TextAnalysis.TEXT, TextAnalysis.TITLE, whole.eachTerm(), whole);
        if (!han.segmentsQueries()) {
            return byBigrams;
        }
        List<String> words = AnalyzedToken.analyse(wordSegmenter, TextAnalysis.TEXT_WORDS, segment.source()).stream()
                .map(AnalyzedToken::term).toList();
        if (words.isEmpty()) {
            return byBigrams;
        }
        if (han == HanMatching.QUERY_WORDS) {
            // one-character words are mostly particles (的, 吗, 和): the whole-run phrase still rewards them
            List<TermSequence> wordsAsBigrams = words.stream()
                    .filter(word -> word.codePointCount(0, word.length()) > 1)
                    .map(word -> AnalyzedToken.analyse(analyzer, TextAnalysis.TEXT, word))
                    .filter(tokens -> !tokens.isEmpty())
                    .map(TermSequence::of)
                    .toList();
            return wordsAsBigrams.isEmpty() ? byBigrams
                    : loose(TextAnalysis.TEXT, TextAnalysis.TITLE, wordsAsBigrams, whole);
        }
        TermSequence wordSequence = TermSequence.consecutive(words);
        Query byWords = wordSequence.terms().size() < LOOSE_FROM_PARTS
                ? weighted(TextAnalysis.TEXT_WORDS, TextAnalysis.TITLE_WORDS, wordSequence)
                : loose(TextAnalysis.TEXT_WORDS, TextAnalysis.TITLE_WORDS, wordSequence.eachTerm(), wordSequence);
        if (han == HanMatching.WORDS) {
            return byWords;
        }
        return new BooleanQuery.Builder()
                .add(byBigrams, Occur.SHOULD)
                .add(byWords, Occur.SHOULD)
                .build();
    }

    /**
     * A run of Han text as people type it, often a whole question ("回滚失败怎么告警"), longer than a word:
     * it matches an item holding {@link #LOOSE_SHARE} of its parts (pairs of characters, or words), and scores
     * more for holding the whole run and for parts in the title. (A shorter run is a phrase.)
     */
    private static Query loose(String textField, String titleField, List<TermSequence> parts, TermSequence whole) {
        BooleanQuery.Builder some = new BooleanQuery.Builder();
        BooleanQuery.Builder someInTitle = new BooleanQuery.Builder();
        for (TermSequence part : parts) {
            some.add(part.query(textField), Occur.SHOULD);
            someInTitle.add(part.query(titleField), Occur.SHOULD);
        }
        some.setMinimumNumberShouldMatch((int) Math.ceil(LOOSE_SHARE * parts.size()));
        return new BooleanQuery.Builder()
                .add(some.build(), Occur.MUST)
                .add(whole.query(textField), Occur.SHOULD)
                .add(new BoostQuery(someInTitle.build(), TITLE_BOOST), Occur.SHOULD)
                .build();
    }

    private Query weighted(List<AnalyzedToken> tokens) {
        return weighted(TextAnalysis.TEXT, TextAnalysis.TITLE, TermSequence.of(tokens));
    }

    private static Query weighted(String textField, String titleField, List<String> consecutiveTerms) {
        return weighted(textField, titleField, TermSequence.consecutive(consecutiveTerms));
    }

    private static Query weighted(String textField, String titleField, TermSequence terms) {
        return new BooleanQuery.Builder()
                .add(terms.query(textField), Occur.MUST)
                .add(new BoostQuery(terms.query(titleField), TITLE_BOOST), Occur.SHOULD)
                .build();
    }
}
