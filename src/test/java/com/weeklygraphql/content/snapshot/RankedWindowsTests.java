package com.weeklygraphql.content.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.index.ItemKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.apache.lucene.search.FieldDoc;
import org.junit.jupiter.api.Test;

/** A search ranks what its page needs; a reader going on gets a wider ranking once, and the count made is kept. */
class RankedWindowsTests {

    private final RankedWindows windows = new RankedWindows();
    private final List<Integer> ranked = new ArrayList<>();

    @Test
    void aFirstPageRanksThePageAndTheHitThatSaysWhetherTheListGoesOn() {
        RankedWindows.Window window = windows.of("发布", Set.of(ItemKind.ISSUE), ContentFilter.NONE, 11, matches(500),
                new LazyCount(() -> 500));

        assertThat(ranked).containsExactly(11);
        assertThat(window.hits()).hasSize(11);
        assertThat(window.complete()).isFalse();
        windows.of("发布", Set.of(ItemKind.ISSUE), ContentFilter.NONE, 11, matches(500), new LazyCount(() -> 500));
        assertThat(ranked).as("the same search again is cut from the window kept").containsExactly(11);
    }

    @Test
    void goingOnRanksTheWideWindowOnceAndKeepsTheCountAlreadyMade() {
        AtomicInteger counts = new AtomicInteger();
        LazyCount count = new LazyCount(() -> {
            counts.incrementAndGet();
            return 500;
        });
        RankedWindows.Window first = windows.of("发布", Set.of(ItemKind.ISSUE), ContentFilter.NONE, 11, matches(500), count);
        assertThat(first.count().get()).isEqualTo(500);

        RankedWindows.Window wide = windows.widened("发布", Set.of(ItemKind.ISSUE), ContentFilter.NONE, matches(500), first);
        RankedWindows.Window again = windows.widened("发布", Set.of(ItemKind.ISSUE), ContentFilter.NONE, matches(500), first);

        assertThat(ranked).containsExactly(11, RankedWindows.SIZE);
        assertThat(wide.hits()).hasSize(RankedWindows.SIZE);
        assertThat(again).isSameAs(wide);
        assertThat(wide.count().get()).isEqualTo(500);
        assertThat(counts).as("counted once").hasValue(1);
    }

    @Test
    void aSearchWithFewerHitsThanItsPageIsCompleteAndNeverRankedAgain() {
        RankedWindows.Window window = windows.of("发布", Set.of(ItemKind.ISSUE), ContentFilter.NONE, 11, matches(4), new LazyCount(() -> 4));
        RankedWindows.Window wide = windows.widened("发布", Set.of(ItemKind.ISSUE), ContentFilter.NONE, matches(4), window);

        assertThat(window.complete()).isTrue();
        assertThat(wide).isSameAs(window);
        assertThat(ranked).containsExactly(11);
    }

    // A search with this many matches, recording how many hits each ranking asked for.
    private IntFunction<List<FieldDoc>> matches(int total) {
        return count -> {
            ranked.add(count);
            List<FieldDoc> hits = new ArrayList<>();
            for (int doc = 0; doc < Math.min(count, total); doc++) {
                hits.add(new FieldDoc(doc, 1f, new Object[] {1f, 0L, 0L, null}));
            }
            return hits;
        };
    }
}
