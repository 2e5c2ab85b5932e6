package com.weeklygraphql.content.snapshot;

import com.weeklygraphql.content.project.ProjectCatalogue;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Items of one kind in date order, indexed by tag and by project, so that a filtered query touches only the
 * items under the asked tags and projects and finds its date range by binary search. Immutable.
 */
public final class EntityIndex<T> {

    private final List<Entry<T>> oldestFirst;
    private final Map<String, List<Entry<T>>> byTag;
    private final Map<String, List<Entry<T>>> byProject;

    private EntityIndex(List<Entry<T>> entries) {
        List<Entry<T>> sorted = new ArrayList<>(entries);
        sorted.sort(Entry.OLDEST_FIRST);
        this.oldestFirst = List.copyOf(sorted);
        this.byTag = group(oldestFirst, Entry::tags);
        this.byProject = group(oldestFirst, Entry::projects);
    }

    static <T> EntityIndex<T> of(Collection<Entry<T>> entries) {
        return new EntityIndex<>(List.copyOf(entries));
    }

    public int size() {
        return oldestFirst.size();
    }

    /** Every item, oldest first. */
    public List<T> all() {
        return oldestFirst.stream().map(Entry::item).toList();
    }

    /** The items under a project's canonical name (or the name as written, for projects not in the catalogue). */
    public List<T> byProject(String projectName) {
        return byProject.getOrDefault(lower(projectName), List.of()).stream().map(Entry::item).toList();
    }

    /** The items matching the filter, in the given order. */
    public List<Entry<T>> select(ContentFilter filter, Order order, ProjectCatalogue catalogue) {
        List<Entry<T>> candidates = candidates(filter, catalogue);
        candidates = dateRange(candidates, filter.from(), filter.to());
        if (filter.text() != null) {
            candidates = candidates.stream().filter(entry -> entry.mentions(filter.text())).toList();
        }
        return order == Order.NEWEST_FIRST ? reversed(candidates) : candidates;
    }

    /** A page of the items matching the filter. */
    public Page<T> page(ContentFilter filter, Order order, PageRequest request, ProjectCatalogue catalogue) {
        return paginate(select(filter, order, catalogue), order, request);
    }

    /** Relay's algorithm: cut at the cursors, then keep the first {@code first} and the last {@code last}. */
    static <T> Page<T> paginate(List<Entry<T>> ordered, Order order, PageRequest request) {
        Comparator<SortKey> comparator = order == Order.NEWEST_FIRST
                ? SortKey.OLDEST_FIRST.reversed() : SortKey.OLDEST_FIRST;
        int start = 0;
        int end = ordered.size();
        if (request.after() != null) {
            start = firstIndexAfter(ordered, SortKey.fromCursor(request.after()), comparator);
        }
        if (request.before() != null) {
            end = Math.max(start, firstIndexAtOrAfter(ordered, SortKey.fromCursor(request.before()), comparator));
        }
        int first = request.effectiveFirst();
        if (end - start > first) {
            end = start + first;
        }
        if (request.last() != null && end - start > request.last()) {
            start = end - request.last();
        }
        return new Page<>(ordered.subList(start, end), start > 0, end < ordered.size(), ordered.size());
    }

    private List<Entry<T>> candidates(ContentFilter filter, ProjectCatalogue catalogue) {
        List<Entry<T>> byTags = filter.tags().isEmpty() ? null : union(byTag, filter.tags().stream().map(EntityIndex::lower).toList());
        List<Entry<T>> byProjects = filter.projects().isEmpty() ? null : union(byProject, filter.projects().stream()
                .map(name -> lower(catalogue.canonicalName(name))).toList());
        if (byTags == null && byProjects == null) {
            return oldestFirst;
        }
        if (byTags == null || byProjects == null) {
            return byTags == null ? byProjects : byTags;
        }
        Set<Entry<T>> inProjects = Set.copyOf(byProjects);
        return byTags.stream().filter(inProjects::contains).toList();
    }

    private static <T> List<Entry<T>> union(Map<String, List<Entry<T>>> index, List<String> keys) {
        if (keys.size() == 1) {
            return index.getOrDefault(keys.get(0), List.of());
        }
        Set<Entry<T>> merged = new LinkedHashSet<>();
        keys.forEach(key -> merged.addAll(index.getOrDefault(key, List.of())));
        List<Entry<T>> sorted = new ArrayList<>(merged);
        sorted.sort(Entry.OLDEST_FIRST);
        return sorted;
    }

    private static <T> List<Entry<T>> dateRange(List<Entry<T>> oldestFirst, LocalDate from, LocalDate to) {
        int start = from == null ? 0 : lowerBound(oldestFirst, from, false);
        int end = to == null ? oldestFirst.size() : lowerBound(oldestFirst, to, true);
        return start >= end ? List.of() : oldestFirst.subList(start, end);
    }

    // The first index whose date is >= the bound (or > it, when inclusive of the bound itself).
    private static <T> int lowerBound(List<Entry<T>> oldestFirst, LocalDate bound, boolean past) {
        int low = 0;
        int high = oldestFirst.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            int cmp = oldestFirst.get(mid).date().compareTo(bound);
            if (cmp < 0 || (past && cmp == 0)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static <T> int firstIndexAfter(List<Entry<T>> ordered, SortKey key, Comparator<SortKey> comparator) {
        return search(ordered, key, comparator, true);
    }

    private static <T> int firstIndexAtOrAfter(List<Entry<T>> ordered, SortKey key, Comparator<SortKey> comparator) {
        return search(ordered, key, comparator, false);
    }

    private static <T> int search(List<Entry<T>> ordered, SortKey key, Comparator<SortKey> comparator, boolean strictlyAfter) {
        int low = 0;
        int high = ordered.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            int cmp = comparator.compare(ordered.get(mid).key(), key);
            if (cmp < 0 || (strictlyAfter && cmp == 0)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static <T> Map<String, List<Entry<T>>> group(List<Entry<T>> entries, Function<Entry<T>, Set<String>> keys) {
        Map<String, List<Entry<T>>> groups = new HashMap<>();
        for (Entry<T> entry : entries) {
            for (String key : keys.apply(entry)) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
            }
        }
        groups.replaceAll((key, list) -> List.copyOf(list));
        return Map.copyOf(groups);
    }

    static boolean containsIgnoreCase(String haystack, String needle) {
        if (haystack == null) {
            return false;
        }
        int max = haystack.length() - needle.length();
        for (int i = 0; i <= max; i++) {
            if (haystack.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }

    static String lower(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static <T> List<T> reversed(List<T> list) {
        return new AbstractList<>() {
            @Override
            public T get(int index) {
                return list.get(list.size() - 1 - index);
            }

            @Override
            public int size() {
                return list.size();
            }
        };
    }
}
