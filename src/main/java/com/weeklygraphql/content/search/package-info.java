/**
 * The text side of search: how an item's text is analysed into the content index, how a person's query
 * becomes a ranked Lucene query, how the {@code text} filter stays an exact substring match while being
 * answered from the index, and how matches are shown as HTML-safe snippets.
 *
 * <p>The one public seam is {@link com.weeklygraphql.content.search.SearchFields}: the content index asks
 * it for its analyzer, hands it each item's {@link com.weeklygraphql.content.search.ItemText}, and asks it
 * for queries and highlights. Everything else here is package-private. docs/search.md explains the choices
 * (bigrams for Han text, query-time alias expansion, verified substring matches) and the relevance figures
 * behind them.
 */
package com.weeklygraphql.content.search;
