package com.weeklygraphql.content.model;

/**
 * A heading of an issue's body, for a table of contents.
 *
 * @param level 1 to 6, as in {@code <h1>}..{@code <h6>}
 * @param text the heading's plain text
 * @param anchor the {@code id} the rendered heading carries, unique within the issue, so {@code #anchor} links to it
 */
public record Heading(int level, String text, String anchor) {
}
