package com.weeklygraphql.content.snapshot;

import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.Project;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.Release;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything served from one commit of the content repository. Immutable: built aside by
 * {@link SnapshotBuilder}, published by {@link SnapshotHolder}, and held by a query from start to end.
 *
 * @param commit the full 40-hex id of the served commit
 * @param committedAt when that commit was made
 * @param syncedAt when this snapshot was published
 * @param projects every project the content names: the catalogue's first, then the others by name
 * @param history when each issue first and last changed, by slug; empty where not computed
 * @param sources the blob each served issue was read from, by slug
 */
public record ContentSnapshot(
        String commit,
        String branch,
        Instant committedAt,
        Instant syncedAt,
        ProjectCatalogue catalogue,
        EntityIndex<Issue> issues,
        EntityIndex<Release> releases,
        EntityIndex<Question> questions,
        EntityIndex<Event> events,
        Map<String, Issue> issuesBySlug,
        List<Project> projects,
        Map<String, Project> projectsByKey,
        List<ContentProblem> problems,
        Map<String, IssueHistory> history,
        Map<String, IssueSource> sources) {

    public Optional<Issue> issue(String slug) {
        return Optional.ofNullable(issuesBySlug.get(slug));
    }

    /** A project by canonical name or alias, case-insensitive; projects outside the catalogue by their name. */
    public Optional<Project> project(String name) {
        return catalogue.find(name).or(() -> Optional.ofNullable(projectsByKey.get(EntityIndex.lower(name))));
    }

    /** The project an entity names, even one the catalogue does not know. */
    public Project projectNamed(String name) {
        return project(name).orElseGet(() -> new Project(name, List.of(), null));
    }

    public int issueCount() {
        return issues.size();
    }

    public Optional<IssueHistory> historyOf(String slug) {
        return Optional.ofNullable(history.get(slug));
    }

    /** The blob a served issue was read from. */
    public IssueSource sourceOf(Issue issue) {
        return sources.get(issue.slug());
    }
}
