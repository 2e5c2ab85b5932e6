package com.weeklygraphql.content.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A search box query as a person writes it: words (all must match), {@code "quoted phrases"}, {@code -word}
 * or {@code -"a phrase"} (must not match), and {@code a OR b} (either). OR binds tighter than the implicit
 * AND, as in web search: {@code jraft 选举 OR 快照} is jraft and (选举 or 快照). Straight and curly quotes
 * both work, since Chinese input methods type “ ”.
 *
 * @param groups every group must match; a group is one or more alternatives joined by OR
 * @param excluded what must not match
 */
record UserQuery(List<List<Part>> groups, List<Part> excluded) {

    /** Longest query read at all: longer ones are refused before any work is done. */
    static final int MAX_LENGTH = 256;
    /** Most words and phrases in one query. */
    static final int MAX_PARTS = 32;

    UserQuery {
        groups = groups.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
    }

    /**
     * A word or a quoted phrase, with its place in the query.
     *
     * @param start where it starts in the query, for messages
     */
    record Part(String text, boolean phrase, int start) {

        String written() {
            return phrase ? '"' + text + '"' : text;
        }
    }

    /** Reads a query; anything that cannot be read is an {@link InvalidSearchQueryException} saying what to change. */
    static UserQuery parse(String query) {
        if (query == null || query.isBlank()) {
            throw new InvalidSearchQueryException("Type at least one word to search for: the query is empty.");
        }
        if (query.length() > MAX_LENGTH) {
            throw new InvalidSearchQueryException("Shorten the query to at most " + MAX_LENGTH
                    + " characters (it has " + query.length() + ").");
        }
        List<Token> tokens = lex(query);
        if (tokens.size() > MAX_PARTS) {
            throw new InvalidSearchQueryException("Use at most " + MAX_PARTS + " words and phrases (the query has "
                    + tokens.size() + ").");
        }
        return group(tokens);
    }

    private static UserQuery group(List<Token> tokens) {
        List<List<Part>> groups = new ArrayList<>();
        List<Part> excluded = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isOr()) {
                boolean afterWord = i > 0 && !tokens.get(i - 1).isOr();
                boolean beforeWord = i + 1 < tokens.size() && !tokens.get(i + 1).isOr();
                if (!afterWord || !beforeWord) {
                    throw new InvalidSearchQueryException("Put a word or phrase on both sides of OR (character "
                            + (token.part().start() + 1) + "); to search for the word itself, write it in lower case: or.");
                }
                continue;
            }
            boolean joinsPrevious = i > 0 && tokens.get(i - 1).isOr();
            boolean joinsNext = i + 1 < tokens.size() && tokens.get(i + 1).isOr();
            if (token.negated() && (joinsPrevious || joinsNext)) {
                throw new InvalidSearchQueryException("An excluded word cannot be a side of OR: move -"
                        + token.part().written() + " out of the OR.");
            }
            if (token.negated()) {
                excluded.add(token.part());
            } else if (joinsPrevious) {
                groups.get(groups.size() - 1).add(token.part());
            } else {
                List<Part> group = new ArrayList<>();
                group.add(token.part());
                groups.add(group);
            }
        }
        if (groups.isEmpty()) {
            throw new InvalidSearchQueryException("Add a word to look for: a query of only excluded words (-word)"
                    + " matches nothing.");
        }
        return new UserQuery(groups, excluded);
    }

    private record Token(Part part, boolean negated, boolean isOr) {
    }

    private static List<Token> lex(String query) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean negated = false;
            if (c == '-' && i + 1 < n && !isSpace(query.charAt(i + 1))) {
                negated = true;
                i++;
            }
            if (i < n && isQuote(query.charAt(i))) {
                int close = i + 1;
                while (close < n && !isQuote(query.charAt(close))) {
                    close++;
                }
                if (close >= n) {
                    throw new InvalidSearchQueryException("Close the quotation mark at character " + (i + 1)
                            + ", or remove it.");
                }
                String phrase = query.substring(i + 1, close).strip();
                if (phrase.isEmpty()) {
                    throw new InvalidSearchQueryException("Put words between the quotation marks at character "
                            + (i + 1) + ", or remove them.");
                }
                tokens.add(new Token(new Part(phrase, true, start), negated, false));
                i = close + 1;
                continue;
            }
            int end = i;
            while (end < n && !isSpace(query.charAt(end)) && !isQuote(query.charAt(end))) {
                end++;
            }
            String word = query.substring(i, end);
            if (word.isEmpty()) {
                // a lone '-' right before a quote is handled above; anything else empty is skipped
                i = end;
                continue;
            }
            tokens.add(new Token(new Part(word, false, start), negated, !negated && word.equals("OR")));
            i = end;
        }
        return tokens;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\uFF02';
    }
}
