package com.weeklygraphql.support;

import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.Project;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.Reading;
import com.weeklygraphql.content.model.Release;
import com.weeklygraphql.content.snapshot.ContentFilter;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.ItemList;
import com.weeklygraphql.content.snapshot.Order;
import com.weeklygraphql.content.snapshot.Page;
import com.weeklygraphql.content.snapshot.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Everything a snapshot answers, as text: every list in both orders with its cursors, every entity in full, each
 * issue's history and blob, the lists under every tag, project and year, text filters, the problems, the projects
 * and the cadences. Two snapshots that answer alike have the same dump, however they were built.
 */
public final class SnapshotDump {

    private static final List<String> NEEDLES = List.of("sofa", "发布", "事务", "mosn", "1.", "问");

    private SnapshotDump() {
    }

    public static String of(ContentSnapshot snapshot) {
        StringBuilder out = new StringBuilder();
        out.append("commit ").append(snapshot.commit()).append('\n');
        out.append("issues ").append(snapshot.issueCount()).append('\n');
        snapshot.problems().forEach(problem -> out.append("problem ").append(problem).append('\n'));
        snapshot.projects().forEach(project -> out.append("project ").append(project).append('\n'));
        new TreeMap<>(snapshot.releaseDatesByProject()).forEach((project, dates) ->
                out.append("release dates ").append(project).append(' ').append(dates.stream().sorted().toList()).append('\n'));
        List<Issue> issues = snapshot.issues().all(ContentFilter.NONE, Order.OLDEST_FIRST);
        for (Issue issue : issues) {
            out.append("issue ").append(issue).append('\n');
            out.append("  history ").append(snapshot.historyOf(issue.slug())).append('\n');
            out.append("  blob ").append(snapshot.sourceOf(issue).blob()).append('\n');
            out.append("  by slug ").append(snapshot.issue(issue.slug()).orElseThrow().equals(issue)).append('\n');
        }
        lists(out, "all", ContentFilter.NONE, snapshot, Order.values());
        snapshot.releases().all(ContentFilter.NONE, Order.OLDEST_FIRST).forEach(item -> out.append(item).append('\n'));
        snapshot.questions().all(ContentFilter.NONE, Order.OLDEST_FIRST).forEach(item -> out.append(item).append('\n'));
        snapshot.events().all(ContentFilter.NONE, Order.OLDEST_FIRST).forEach(item -> out.append(item).append('\n'));
        snapshot.readings().all(ContentFilter.NONE, Order.OLDEST_FIRST).forEach(item -> out.append(item).append('\n'));
        TreeSet<String> tags = new TreeSet<>();
        issues.forEach(issue -> tags.addAll(issue.tags()));
        for (String tag : tags) {
            lists(out, "tag " + tag, ContentFilter.of(List.of(tag), null, null, null, null), snapshot, Order.NEWEST_FIRST);
        }
        for (Project project : snapshot.projects()) {
            lists(out, "project " + project.name(), ContentFilter.of(null, List.of(project.name()), null, null, null), snapshot,
                    Order.NEWEST_FIRST);
            out.append("cadence dates ").append(project.name()).append(' ')
                    .append(snapshot.releaseDates(project.name()).stream().sorted().toList()).append('\n');
        }
        for (int year = 2018; year <= 2024; year++) {
            lists(out, "year " + year, ContentFilter.of(null, null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null),
                    snapshot, Order.OLDEST_FIRST);
        }
        for (String needle : NEEDLES) {
            lists(out, "text " + needle, ContentFilter.of(null, null, null, null, needle), snapshot, Order.NEWEST_FIRST);
        }
        return out.toString();
    }

    private static void lists(StringBuilder out, String label, ContentFilter filter, ContentSnapshot snapshot,
            Order... orders) {
        list(out, label + " issues", snapshot.issues(), filter, Issue::slug, orders);
        list(out, label + " releases", snapshot.releases(), filter, Release::id, orders);
        list(out, label + " questions", snapshot.questions(), filter, Question::id, orders);
        list(out, label + " events", snapshot.events(), filter, Event::id, orders);
        list(out, label + " readings", snapshot.readings(), filter, Reading::id, orders);
    }

    private static <T> void list(StringBuilder out, String label, ItemList<T> list, ContentFilter filter,
            Function<T, String> show, Order... orders) {
        for (Order order : orders) {
            Page<T> page = list.page(filter, order, new PageRequest(PageRequest.MAX_SIZE, null, null, null));
            out.append(label).append(' ').append(order).append(" total ").append(page.totalCount())
                    .append(" next ").append(page.hasNext()).append('\n');
            for (int i = 0; i < page.items().size(); i++) {
                out.append("  ").append(page.cursorOf(i)).append(' ').append(show.apply(page.items().get(i))).append('\n');
            }
        }
    }

    /** Problems by path, for messages. */
    public static Map<String, List<ContentProblem>> problemsByPath(ContentSnapshot snapshot) {
        Map<String, List<ContentProblem>> byPath = new TreeMap<>();
        snapshot.problems().forEach(problem -> byPath.computeIfAbsent(problem.path(), k -> new java.util.ArrayList<>()).add(problem));
        return byPath;
    }
}
