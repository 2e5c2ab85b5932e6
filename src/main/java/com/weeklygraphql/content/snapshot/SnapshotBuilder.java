package com.weeklygraphql.content.snapshot;

import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.Project;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.Release;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Collects the issues and problems of one commit and builds the immutable {@link ContentSnapshot} with its
 * indexes. Not thread-safe: one builder per sync.
 */
public final class SnapshotBuilder {

    private final ProjectCatalogue catalogue;
    private final Map<String, Issue> issuesBySlug = new LinkedHashMap<>();
    private final Map<String, IssueSource> sources = new HashMap<>();
    private final List<ContentProblem> problems = new ArrayList<>();
    private final Map<String, IssueHistory> history = new LinkedHashMap<>();

    public SnapshotBuilder(ProjectCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Adds an issue read from {@code source}; a second issue with the same slug is reported and left out, so
     * links stay unambiguous.
     */
    public SnapshotBuilder add(Issue issue, IssueSource source) {
        Issue existing = issuesBySlug.putIfAbsent(issue.slug(), issue);
        if (existing != null) {
            problems.add(ContentProblem.ofFile(issue.path(), "slug '" + issue.slug() + "' is already used by "
                    + existing.path() + "; this file is not served: rename its folder"));
        } else {
            sources.put(issue.slug(), source);
        }
        return this;
    }

    public SnapshotBuilder problem(ContentProblem problem) {
        problems.add(problem);
        return this;
    }

    public SnapshotBuilder problems(List<ContentProblem> more) {
        problems.addAll(more);
        return this;
    }

    public SnapshotBuilder history(String slug, IssueHistory issueHistory) {
        history.put(slug, issueHistory);
        return this;
    }

    public ContentSnapshot build(String commit, String branch, Instant committedAt, Instant syncedAt) {
        List<Entry<Issue>> issueEntries = new ArrayList<>();
        List<Entry<Release>> releaseEntries = new ArrayList<>();
        List<Entry<Question>> questionEntries = new ArrayList<>();
        List<Entry<Event>> eventEntries = new ArrayList<>();
        for (Issue issue : issuesBySlug.values()) {
            LocalDate day = issue.date().toLocalDate();
            Instant instant = issue.date().toInstant();
            Set<String> tags = lowered(issue.tags().stream());
            issueEntries.add(new Entry<>(issue, day, instant, issue.slug(), tags, issueProjects(issue),
                    texts(issue.title(), issue.description(), sources.get(issue.slug()).bodyText())));
            for (Release release : issue.releases()) {
                releaseEntries.add(new Entry<>(release, release.date(), instant, release.id(), tags,
                        lowered(Stream.of(release.project())),
                        texts(Stream.concat(Stream.of(release.project(), release.version()), release.changes().stream()))));
            }
            for (Question question : issue.questions()) {
                questionEntries.add(new Entry<>(question, day, instant, question.id(), tags,
                        lowered(Stream.ofNullable(question.project())), questionText(question)));
            }
            for (Event event : issue.events()) {
                LocalDate eventDay = event.date() != null ? event.date() : day;
                Instant eventInstant = event.startsAt() != null ? event.startsAt().toInstant() : instant;
                eventEntries.add(new Entry<>(event, eventDay, eventInstant, event.id(), tags,
                        lowered(event.projects().stream()), texts(event.title(), event.description())));
            }
        }
        Map<String, Project> projectsByKey = projects(issuesBySlug.values());
        List<ContentProblem> sortedProblems = problems.stream()
                .sorted(Comparator.comparing(ContentProblem::path).thenComparingInt(ContentProblem::line))
                .toList();
        return new ContentSnapshot(commit, branch, committedAt, syncedAt, catalogue,
                EntityIndex.of(issueEntries), EntityIndex.of(releaseEntries), EntityIndex.of(questionEntries),
                EntityIndex.of(eventEntries), Map.copyOf(issuesBySlug), List.copyOf(projectsByKey.values()),
                Map.copyOf(projectsByKey), sortedProblems, Map.copyOf(history), Map.copyOf(sources));
    }

    // What the issue is about, plus any tag that names a project: editors tag issues by project.
    private Set<String> issueProjects(Issue issue) {
        Stream<String> tagged = issue.tags().stream().flatMap(tag -> catalogue.find(tag).stream()).map(Project::name);
        return lowered(Stream.concat(issue.projects().stream(), tagged));
    }

    private Map<String, Project> projects(Iterable<Issue> issues) {
        Map<String, Project> projects = new LinkedHashMap<>();
        catalogue.projects().forEach(project -> projects.put(EntityIndex.lower(project.name()), project));
        Map<String, Project> others = new TreeMap<>();
        for (Issue issue : issues) {
            Stream.of(issue.projects().stream(),
                            issue.releases().stream().map(Release::project),
                            issue.questions().stream().map(Question::project),
                            issue.events().stream().flatMap(event -> event.projects().stream()))
                    .flatMap(s -> s)
                    .filter(name -> name != null && !name.isBlank() && catalogue.find(name).isEmpty())
                    .forEach(name -> others.putIfAbsent(EntityIndex.lower(name), new Project(name.strip(), List.of(), null)));
        }
        projects.putAll(others);
        return projects;
    }

    private static List<String> questionText(Question question) {
        Stream<String> rounds = question.followUps().stream()
                .flatMap(round -> Stream.of(round.question(), round.answer()));
        return texts(Stream.concat(Stream.of(question.asker(), question.question(), question.answer()), rounds));
    }

    private static Set<String> lowered(Stream<String> values) {
        return values.filter(value -> value != null && !value.isBlank())
                .map(EntityIndex::lower)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<String> texts(String... parts) {
        return texts(Stream.of(parts));
    }

    private static List<String> texts(Stream<String> parts) {
        return parts.filter(part -> part != null && !part.isEmpty()).toList();
    }
}
