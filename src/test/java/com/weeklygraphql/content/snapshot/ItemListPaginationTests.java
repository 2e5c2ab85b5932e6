package com.weeklygraphql.content.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.support.IndexedSnapshots;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Relay's pagination algorithm on the content index, by example and against a reference on a plain list. */
class ItemListPaginationTests {

    @TempDir
    Path dir;

    @Test
    void noArgumentsAnswerTheDefaultPage() {
        Page<Issue> page = issues(45).page(ContentFilter.NONE, Order.OLDEST_FIRST, PageRequest.firstPage());

        assertThat(slugs(page)).hasSize(PageRequest.DEFAULT_SIZE).startsWith("item-00");
        assertThat(page.hasNext()).isTrue();
        assertThat(page.hasPrevious()).isFalse();
        assertThat(page.totalCount()).isEqualTo(45);
    }

    @Test
    void afterAndBeforeCutTheListBetweenTwoItems() {
        ItemList<Issue> list = issues(10);
        String afterTwo = cursorOf(list, "item-02");
        String beforeSeven = cursorOf(list, "item-07");

        Page<Issue> page = list.page(ContentFilter.NONE, Order.OLDEST_FIRST, new PageRequest(null, afterTwo, null, beforeSeven));

        assertThat(slugs(page)).containsExactly("item-03", "item-04", "item-05", "item-06");
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void lastTakesTheEndOfTheWindow() {
        Page<Issue> page = issues(10).page(ContentFilter.NONE, Order.NEWEST_FIRST, new PageRequest(null, null, 3, null));

        assertThat(slugs(page)).containsExactly("item-02", "item-01", "item-00");
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void firstAndLastTogetherKeepTheLastOfTheFirst() {
        Page<Issue> page = issues(10).page(ContentFilter.NONE, Order.OLDEST_FIRST, new PageRequest(5, null, 2, null));

        assertThat(slugs(page)).containsExactly("item-03", "item-04");
    }

    @Test
    void aCursorOfAnItemThatWasRemovedStillContinuesInPlace() {
        String cursor = cursorOf(issues(10), "item-04");
        List<Issue> withoutFour = items(10).stream().filter(issue -> !issue.slug().equals("item-04")).toList();
        ItemList<Issue> list = IndexedSnapshots.of(dir.resolve("without-four"), "c2", withoutFour, List.of()).issues();

        Page<Issue> page = list.page(ContentFilter.NONE, Order.OLDEST_FIRST, new PageRequest(2, cursor, null, null));

        assertThat(slugs(page)).containsExactly("item-05", "item-06");
    }

    @Test
    void zeroResultsAnswerAnEmptyPage() {
        Page<Issue> page = issues(10).page(ContentFilter.of(List.of("no-such-tag"), null, null, null, null),
                Order.NEWEST_FIRST, PageRequest.firstPage());

        assertThat(page.items()).isEmpty();
        assertThat(page.totalCount()).isZero();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void tagsAreAlternativesAndCombineWithDates() {
        ContentFilter evenOrFirst = ContentFilter.of(List.of("EVEN", "first"), null, LocalDate.of(2020, 1, 3), null, null);

        List<String> slugs = issues(10).all(evenOrFirst, Order.OLDEST_FIRST).stream().map(Issue::slug).toList();

        assertThat(slugs).containsExactly("item-02", "item-04", "item-06", "item-08");
    }

    @Test
    void negativeOrOversizedPagesAreRefused() {
        assertThatThrownBy(() -> new PageRequest(-1, null, null, null)).hasMessageContaining("0 or more");
        assertThatThrownBy(() -> new PageRequest(null, null, 101, null)).hasMessageContaining("at most 100");
    }

    /**
     * Random lists with ties on the day and the instant, random filters (a tag, a date range with either end open),
     * orders, sizes and cursors (of served items and of items no longer served): every page, flag and total as
     * Relay's algorithm gives them on a list.
     */
    @Test
    void everyPageMatchesTheReferenceAlgorithm() {
        long seed = Long.getLong("pagination.seed", 20261127L);
        Random random = new Random(seed);
        List<Issue> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            LocalDate day = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(20));
            OffsetDateTime at = day.atTime(random.nextInt(3) * 4, 0).atOffset(ZoneOffset.ofHours(8));
            all.add(issue("p-%02d".formatted(i), at, random.nextBoolean() ? Set.of("a") : Set.of("b")));
        }
        List<Issue> served = all.subList(0, 50);
        ItemList<Issue> list = IndexedSnapshots.of(dir.resolve("random"), "c", served, List.of()).issues();
        List<String> cursors = all.stream().map(ItemListPaginationTests::cursor).toList();
        for (int round = 0; round < 400; round++) {
            Order order = random.nextBoolean() ? Order.NEWEST_FIRST : Order.OLDEST_FIRST;
            List<String> tags = random.nextInt(3) == 0 ? List.of("a") : List.of();
            LocalDate from = random.nextInt(3) == 0 ? LocalDate.of(2021, 1, 1).plusDays(random.nextInt(21)) : null;
            LocalDate to = random.nextInt(3) == 0 ? LocalDate.of(2021, 1, 1).plusDays(random.nextInt(21)) : null;
            ContentFilter filter = ContentFilter.of(tags, null, from, to, null);
            Integer first = random.nextInt(3) == 0 ? null : random.nextInt(12);
            Integer last = random.nextInt(3) == 0 ? random.nextInt(12) : null;
            String after = random.nextInt(2) == 0 ? null : cursors.get(random.nextInt(cursors.size()));
            String before = random.nextInt(3) == 0 ? cursors.get(random.nextInt(cursors.size())) : null;
            PageRequest request = new PageRequest(first, after, last, before);
            String context = "seed " + seed + " round " + round + ": " + order + " " + tags + " " + from + ".." + to + " "
                    + request;

            Page<Issue> page = list.page(filter, order, request);
            Reference expected = Reference.page(served, tags.isEmpty() ? null : "a", from, to, order, request);

            assertThat(slugs(page)).as(context).isEqualTo(expected.slugs());
            assertThat(page.hasPrevious()).as(context).isEqualTo(expected.hasPrevious());
            assertThat(page.hasNext()).as(context).isEqualTo(expected.hasNext());
            assertThat(page.totalCount()).as(context).isEqualTo(expected.total());
        }
    }

    // Relay's algorithm on a list in memory: cut at the cursors, then keep the first 'first' and the last 'last'.
    private record Reference(List<String> slugs, boolean hasPrevious, boolean hasNext, int total) {

        static Reference page(List<Issue> items, String tag, LocalDate from, LocalDate to, Order order, PageRequest request) {
            Comparator<SortKey> ascending = Comparator.comparing(SortKey::date).thenComparing(SortKey::instant)
                    .thenComparing(SortKey::id);
            Comparator<SortKey> inOrder = order == Order.NEWEST_FIRST ? ascending.reversed() : ascending;
            List<Issue> list = items.stream().filter(issue -> tag == null || issue.tags().contains(tag))
                    .filter(issue -> from == null || !key(issue).date().isBefore(from))
                    .filter(issue -> to == null || !key(issue).date().isAfter(to))
                    .sorted(Comparator.comparing(ItemListPaginationTests::key, inOrder)).toList();
            int start = 0;
            int end = list.size();
            if (request.after() != null) {
                SortKey after = SortKey.fromCursor(request.after());
                while (start < list.size() && inOrder.compare(key(list.get(start)), after) <= 0) {
                    start++;
                }
            }
            if (request.before() != null) {
                SortKey before = SortKey.fromCursor(request.before());
                int cut = 0;
                while (cut < list.size() && inOrder.compare(key(list.get(cut)), before) < 0) {
                    cut++;
                }
                end = Math.max(start, cut);
            }
            int first = request.first() == null && request.last() == null ? PageRequest.DEFAULT_SIZE
                    : request.first() == null ? Integer.MAX_VALUE : request.first();
            if (end - start > first) {
                end = start + first;
            }
            if (request.last() != null && end - start > request.last()) {
                start = end - request.last();
            }
            return new Reference(list.subList(start, end).stream().map(Issue::slug).toList(), start > 0, end < list.size(),
                    list.size());
        }
    }

    private ItemList<Issue> issues(int count) {
        return IndexedSnapshots.of(dir.resolve("issues-" + count), "c1", items(count), List.of()).issues();
    }

    private static String cursorOf(ItemList<Issue> list, String slug) {
        Page<Issue> all = list.page(ContentFilter.NONE, Order.OLDEST_FIRST, new PageRequest(100, null, null, null));
        return all.cursorOf(slugs(all).indexOf(slug));
    }

    private static List<Issue> items(int count) {
        List<Issue> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Set<String> tags = i == 0 ? Set.of("first", "even") : i % 2 == 0 ? Set.of("even") : Set.of("odd");
            items.add(issue("item-%02d".formatted(i), LocalDate.of(2020, 1, 1).plusDays(i).atStartOfDay().atOffset(ZoneOffset.UTC),
                    tags));
        }
        return items;
    }

    private static Issue issue(String slug, OffsetDateTime date, Set<String> tags) {
        return new Issue(slug, "content/" + slug + "/index.md", "SOFA Weekly | " + slug, null, date, null,
                tags.stream().sorted().toList(), List.of(), null, "text of " + slug, 1, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static SortKey key(Issue issue) {
        return new SortKey(issue.date().toLocalDate(), issue.date().toInstant(), issue.slug());
    }

    private static String cursor(Issue issue) {
        return key(issue).toCursor();
    }

    private static List<String> slugs(Page<Issue> page) {
        return page.items().stream().map(Issue::slug).map(slug -> slug.toLowerCase(Locale.ROOT)).toList();
    }
}
