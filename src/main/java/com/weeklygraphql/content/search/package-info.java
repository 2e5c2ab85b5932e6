/**
 * The text side of search: how an item's text is analysed into the content index, how a person's query
 * becomes a ranked Lucene query, how the {@code text} filter stays an exact substring match while being
 * answered from the index, and how matches are shown as HTML-safe snippets.
 *
 * <p>The one public seam is {@link com.weeklygraphql.content.search.SearchFields}: the content index asks
 * it for its analyzer, hands it each item's {@link com.weeklygraphql.content.search.ItemText}, and asks it
 * for queries and highlights. Everything else here is package-private.
 *
 * <p>The flow: {@code TextAnalysis} (the fields and their analysis chain) fills the index; a typed query is
 * read by {@code UserQuery} (syntax and limits) and turned into a ranked Lucene query by
 * {@code RankedQueryBuilder} (scripts, project spellings from {@code ProjectSpellings}), {@code HanRunQuery}
 * (Han text cut into words, each found as bigrams; {@code HanCharacter} for one character) and
 * {@code FieldQueries} (text and title, whole or a share); the
 * {@code text} filter is a {@code SubstringQuery}: candidates from {@code SubstringPrefilter}, confirmed by
 * {@code CaseInsensitiveNeedle}; {@code Snippets} and {@code SnippetFormatter} cut the highlights.
 * docs/search.md explains the choices (bigrams in the index, words in queries, query-time alias expansion,
 * verified substring matches) and the relevance and speed figures behind them.
 */
package com.weeklygraphql.content.search;
