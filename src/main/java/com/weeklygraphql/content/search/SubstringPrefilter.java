package com.weeklygraphql.content.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * The index query that every item containing a text filter needle also matches: a superset, which
 * {@link SubstringQuery} then narrows to the exact answer. It asks only for what the needle proves the item's
 * tokens must hold, so it never loses an item.
 *
 * <ul>
 *   <li>A run of Han characters: they are in the text in that order, so its bigrams are at consecutive
 *       positions (one character: any token holding it, {@link HanCharacter}).
 *   <li>A run of ASCII letters and digits: a case-insensitive match is one of these letters or a character
 *       the analysis folds to it (ſ, ı, İ, the Kelvin sign), so some token contains the run. Where the
 *       needle shows the word ends (a space, a Han character or punctuation that always breaks words), the
 *       token ends there too; otherwise it may go on (the text may say "sofajraft" where the needle says
 *       "jraft", or "github.com" where it says "com"): an exact term, a prefix, a suffix or an infix
 *       pattern. A word longer than the tokenizer keeps whole is cut into pieces, so a document marked by
 *       {@link LongTokenMarker} passes too (and a run that long can only be in such a document).
 *   <li>Everything else (other scripts, punctuation alone) proves nothing and is left to verification.
 * </ul>
 * Patterns too short to narrow much (one or two letters inside a word) are left out, and so are all but the
 * {@link #MAX_CLAUSES} most selective parts of a long needle: leaving a part out only widens the superset.
 *
 * <p>A needle made only of Han characters is answered exactly by the index alone (consecutive bigrams at
 * consecutive positions are those characters in that order, and Han has no case), so it needs no
 * verification: the common Chinese needle costs a term or phrase query and nothing more.
 *
 * @param query the candidates
 * @param exact whether the candidates are the answer, with nothing to verify
 */
record SubstringPrefilter(Query query, boolean exact) {

    static final int MAX_CLAUSES = 8;
    /** Longest stretch of a Han run looked for (as a phrase of its bigrams); the rest is verified. */
    static final int MAX_HAN_RUN = 32;

    private static final Automaton NOT_HAN = Operations.repeat(Operations.union(List.of(
            Automata.makeCharRange(0, 0x33FF),
            Automata.makeCharRange(0x4DC0, 0x4DFF),
            Automata.makeCharRange(0xA000, 0xD7FF),
            Automata.makeCharRange(0xE000, Character.MAX_CODE_POINT))));

    /** How selective a clause is expected to be: lower first. */
    private record Clause(Query query, int rank, int length) {
    }

    static SubstringPrefilter of(String needle) {
        List<Clause> clauses = new ArrayList<>();
        int i = 0;
        while (i < needle.length()) {
            char c = needle.charAt(i);
            int end = i + 1;
            if (isHan(c)) {
                while (end < needle.length() && isHan(needle.charAt(end))) {
                    end++;
                }
                String run = needle.substring(i, Math.min(end, i + MAX_HAN_RUN));
                clauses.add(new Clause(hanRun(run), 0, run.length()));
            } else if (isAsciiLetterOrDigit(c)) {
                while (end < needle.length() && isAsciiLetterOrDigit(needle.charAt(end))) {
                    end++;
                }
                boolean openLeft = i == 0 || !endsWord(needle.charAt(i - 1));
                boolean openRight = end == needle.length() || !endsWord(needle.charAt(end));
                Clause latin = latinRun(needle.substring(i, end).toLowerCase(Locale.ROOT), openLeft, openRight);
                if (latin != null) {
                    clauses.add(latin);
                }
            }
            i = end;
        }
        if (clauses.isEmpty()) {
            return new SubstringPrefilter(new MatchAllDocsQuery(), false);
        }
        if (clauses.size() == 1 && clauses.get(0).rank() == 0 && clauses.get(0).length() == needle.length()) {
            return new SubstringPrefilter(clauses.get(0).query(), true);
        }
        clauses.sort(Comparator.comparingInt(Clause::rank).thenComparing(Comparator.comparingInt(Clause::length).reversed()));
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        clauses.stream().limit(MAX_CLAUSES).forEach(clause -> all.add(clause.query(), Occur.FILTER));
        return new SubstringPrefilter(all.build(), false);
    }

    private static Query hanRun(String run) {
        if (run.length() == 1) {
            return HanCharacter.anyTokenHolding(TextAnalysis.TEXT, run);
        }
        List<String> bigrams = new ArrayList<>();
        for (int i = 0; i + 1 < run.length(); i++) {
            bigrams.add(run.substring(i, i + 2));
        }
        return TermSequence.consecutive(bigrams).query(TextAnalysis.TEXT);
    }

    private static Clause latinRun(String run, boolean openLeft, boolean openRight) {
        Query marked = new TermQuery(new Term(TextAnalysis.TEXT, LongTokenMarker.MARK));
        if (run.length() >= LongTokenMarker.MAX_TOKEN_LENGTH) {
            // no whole token can hold it: only a text with a word cut into pieces can
            return new Clause(marked, 1, run.length());
        }
        Query query;
        int rank;
        if (!openLeft && !openRight) {
            query = new TermQuery(new Term(TextAnalysis.TEXT, run));
            rank = 1;
        } else if (!openLeft) {
            if (run.length() < 2) {
                return null;
            }
            query = new PrefixQuery(new Term(TextAnalysis.TEXT, run));
            rank = 2;
        } else {
            if (run.length() < 3) {
                return null;
            }
            Automaton pattern = openRight
                    ? Operations.concatenate(List.of(NOT_HAN, Automata.makeString(run), NOT_HAN))
                    : Operations.concatenate(NOT_HAN, Automata.makeString(run));
            query = new AutomatonQuery(new Term(TextAnalysis.TEXT, run), pattern);
            rank = 3;
        }
        return new Clause(new BooleanQuery.Builder()
                .add(query, Occur.SHOULD)
                .add(marked, Occur.SHOULD)
                .build(), rank, run.length());
    }

    /** Han characters the tokenizer always emits one by one: the unified ideographs and extension A. */
    static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * Whether a word always ends before (or after) this character: white space, a Han character, or ASCII
     * punctuation that Unicode word breaking never joins words across (it does join across . : ' , ; _ ").
     */
    private static boolean endsWord(char c) {
        if (Character.isWhitespace(c) || isHan(c)) {
            return true;
        }
        return c < 128 && !isAsciiLetterOrDigit(c) && ".:',;_\"".indexOf(c) < 0 && !Character.isISOControl(c);
    }
}
