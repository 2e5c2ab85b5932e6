package com.weeklygraphql.content.snapshot;

import java.util.List;
import java.util.function.Supplier;

/** A search hit: the item, how well it matched, where it stands, and its snippets (cut when first asked for). */
public final class SearchHit {

    private final Object item;
    private final float score;
    private final String cursor;
    private final Supplier<List<String>> snippets;
    private volatile List<String> highlights;

    SearchHit(Object item, float score, Object cursor, Supplier<List<String>> snippets) {
        this.item = item;
        this.score = score;
        this.cursor = cursor.toString();
        this.snippets = snippets;
    }

    /** The issue, question, release, event or reading. */
    public Object item() {
        return item;
    }

    public float score() {
        return score;
    }

    public String cursor() {
        return cursor;
    }

    /** Short snippets of the matched text, matches in {@code <mark>}, everything else HTML-escaped. */
    public List<String> highlights() {
        List<String> cut = highlights;
        if (cut == null) {
            cut = List.copyOf(snippets.get());
            highlights = cut;
        }
        return cut;
    }
}
