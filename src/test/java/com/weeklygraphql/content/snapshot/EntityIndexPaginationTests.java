package com.weeklygraphql.content.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weeklygraphql.content.project.ProjectCatalogue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Relay's pagination algorithm on a small index of dated items. */
class EntityIndexPaginationTests {

    private final ProjectCatalogue catalogue = ProjectCatalogue.defaults();
    private final EntityIndex<String> index = index(10);

    @Test
    void noArgumentsAnswerTheDefaultPage() {
        Page<String> page = index(45).page(ContentFilter.NONE, Order.OLDEST_FIRST, PageRequest.firstPage(), catalogue);

        assertThat(page.items()).hasSize(PageRequest.DEFAULT_SIZE).startsWith("item-00");
        assertThat(page.hasNext()).isTrue();
        assertThat(page.hasPrevious()).isFalse();
        assertThat(page.totalCount()).isEqualTo(45);
    }

    @Test
    void afterAndBeforeCutTheListBetweenTwoItems() {
        String afterTwo = cursorOf("item-02", Order.OLDEST_FIRST);
        String beforeSeven = cursorOf("item-07", Order.OLDEST_FIRST);

        Page<String> page = index.page(ContentFilter.NONE, Order.OLDEST_FIRST,
                new PageRequest(null, afterTwo, null, beforeSeven), catalogue);

        assertThat(page.items()).containsExactly("item-03", "item-04", "item-05", "item-06");
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void lastTakesTheEndOfTheWindow() {
        Page<String> page = index.page(ContentFilter.NONE, Order.NEWEST_FIRST, new PageRequest(null, null, 3, null), catalogue);

        assertThat(page.items()).containsExactly("item-02", "item-01", "item-00");
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void firstAndLastTogetherKeepTheLastOfTheFirst() {
        Page<String> page = index.page(ContentFilter.NONE, Order.OLDEST_FIRST, new PageRequest(5, null, 2, null), catalogue);

        assertThat(page.items()).containsExactly("item-03", "item-04");
    }

    @Test
    void aCursorOfAnItemThatWasRemovedStillContinuesInPlace() {
        String cursor = cursorOf("item-04", Order.OLDEST_FIRST);
        EntityIndex<String> withoutFour = EntityIndex.of(entries(10).stream().filter(e -> !e.item().equals("item-04")).toList());

        Page<String> page = withoutFour.page(ContentFilter.NONE, Order.OLDEST_FIRST, new PageRequest(2, cursor, null, null), catalogue);

        assertThat(page.items()).containsExactly("item-05", "item-06");
    }

    @Test
    void zeroResultsAnswerAnEmptyPage() {
        Page<String> page = index.page(new ContentFilter(List.of("no-such-tag"), null, null, null, null), Order.NEWEST_FIRST,
                PageRequest.firstPage(), catalogue);

        assertThat(page.items()).isEmpty();
        assertThat(page.totalCount()).isZero();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void tagsAreAlternativesAndCombineWithDates() {
        ContentFilter evenOrFirst = new ContentFilter(List.of("EVEN", "first"), null, LocalDate.of(2020, 1, 3), null, null);

        List<String> items = index.select(evenOrFirst, Order.OLDEST_FIRST, catalogue).stream().map(Entry::item).toList();

        assertThat(items).containsExactly("item-02", "item-04", "item-06", "item-08");
    }

    @Test
    void negativeOrOversizedPagesAreRefused() {
        assertThatThrownBy(() -> new PageRequest(-1, null, null, null)).hasMessageContaining("0 or more");
        assertThatThrownBy(() -> new PageRequest(null, null, 101, null)).hasMessageContaining("at most 100");
    }

    private String cursorOf(String item, Order order) {
        Page<String> all = index.page(ContentFilter.NONE, order, new PageRequest(100, null, null, null), catalogue);
        return all.cursorOf(all.items().indexOf(item));
    }

    private static EntityIndex<String> index(int size) {
        return EntityIndex.of(entries(size));
    }

    private static List<Entry<String>> entries(int size) {
        List<Entry<String>> entries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            LocalDate date = LocalDate.of(2020, 1, 1).plusDays(i);
            Set<String> tags = i == 0 ? Set.of("first", "even") : i % 2 == 0 ? Set.of("even") : Set.of("odd");
            entries.add(new Entry<>("item-%02d".formatted(i), date, date.atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                    "id-%02d".formatted(i), tags, Set.of(), List.of("text " + i)));
        }
        return entries;
    }
}
