package com.weeklygraphql.content.snapshot;

import com.weeklygraphql.content.index.GitPathOrder;
import com.weeklygraphql.content.index.IndexView;
import com.weeklygraphql.content.index.ItemKind;
import com.weeklygraphql.content.index.ItemQueries;
import org.apache.lucene.search.Query;
import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.IssueHistory;
import com.weeklygraphql.content.model.Project;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.Reading;
import com.weeklygraphql.content.model.Release;
import com.weeklygraphql.content.parse.NewsletterProfile;
import com.weeklygraphql.content.project.ProjectCatalogue;
import com.weeklygraphql.content.search.SearchFields;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything served from one commit of the content repository. Immutable: a view of the content index as it
 * stood after the commit's changes, the problems found, and the catalogue names were resolved with. A query
 * holds one snapshot from start to end, so it never sees two commits.
 */
public final class ContentSnapshot {

    private final CommitInfo commit;
    private final ProjectCatalogue catalogue;
    private final NewsletterProfile profile;
    private final SearchFields text;
    private final IndexView index;
    private final Map<String, List<ContentProblem>> fileProblems;
    private final Map<String, List<String>> collisions;
    private final List<ContentProblem> catalogueProblems;
    private final String fingerprint;
    private final ItemList<Issue> issues;
    private final ItemList<Release> releases;
    private final ItemList<Question> questions;
    private final ItemList<Event> events;
    private final ItemList<Reading> readings;
    private volatile List<ContentProblem> problems;
    private volatile Map<String, Project> others;
    private volatile Integer issueCount;
    private final RankedWindows rankedWindows = new RankedWindows();

    /**
     * @param fileProblems what each file with problems has, by path
     * @param collisions slugs claimed by several files, each with its claimants in tree order: the first serves it
     * @param fingerprint what the index was built with (see {@code IndexFingerprint})
     */
    public ContentSnapshot(CommitInfo commit, ProjectCatalogue catalogue, NewsletterProfile profile, SearchFields text,
            IndexView index,
            Map<String, List<ContentProblem>> fileProblems, Map<String, List<String>> collisions,
            List<ContentProblem> catalogueProblems, String fingerprint) {
        this.commit = commit;
        this.catalogue = catalogue;
        this.profile = profile;
        this.text = text;
        this.index = index;
        this.fileProblems = Map.copyOf(fileProblems);
        this.collisions = Map.copyOf(collisions);
        this.catalogueProblems = List.copyOf(catalogueProblems);
        this.fingerprint = fingerprint;
        this.issues = new ItemList<>(ItemKind.ISSUE, index, catalogue, text);
        this.releases = new ItemList<>(ItemKind.RELEASE, index, catalogue, text);
        this.questions = new ItemList<>(ItemKind.QUESTION, index, catalogue, text);
        this.events = new ItemList<>(ItemKind.EVENT, index, catalogue, text);
        this.readings = new ItemList<>(ItemKind.READING, index, catalogue, text);
    }

    /** The same content read from another view of the index at the same commit (its segments merged, say). */
    public ContentSnapshot on(IndexView other) {
        return new ContentSnapshot(commit, catalogue, profile, text, other, fileProblems, collisions, catalogueProblems,
                fingerprint);
    }

    /** The full 40-hex id of the served commit. */
    public String commit() {
        return commit.commit();
    }

    public String branch() {
        return commit.branch();
    }

    /** When the served commit was made. */
    public Instant committedAt() {
        return commit.committedAt();
    }

    /** When this snapshot was published. */
    public Instant syncedAt() {
        return commit.syncedAt();
    }

    public CommitInfo commitInfo() {
        return commit;
    }

    public ProjectCatalogue catalogue() {
        return catalogue;
    }

    /** The newsletter profile the served issues were parsed with. */
    public NewsletterProfile profile() {
        return profile;
    }

    public ItemList<Issue> issues() {
        return issues;
    }

    public ItemList<Release> releases() {
        return releases;
    }

    public ItemList<Question> questions() {
        return questions;
    }

    public ItemList<Event> events() {
        return events;
    }

    public ItemList<Reading> readings() {
        return readings;
    }

    /** Full-text search over every kind of item. */
    public SearchResults search() {
        return new SearchResults(index, catalogue, text, rankedWindows);
    }

    public Optional<Issue> issue(String slug) {
        return index.issue(slug);
    }

    public int issueCount() {
        Integer count = issueCount;
        if (count == null) {
            count = issues.count(ContentFilter.NONE);
            issueCount = count;
        }
        return count;
    }

    /** A project by canonical name or alias, case-insensitive; projects outside the catalogue by their name. */
    public Optional<Project> project(String name) {
        return catalogue.find(name).or(() -> Optional.ofNullable(others().get(lower(name))));
    }

    /** The project an entity names, even one the catalogue does not know. */
    public Project projectNamed(String name) {
        return project(name).orElseGet(() -> new Project(name, List.of(), null));
    }

    /** Every project the content names: the catalogue's first, then the others by name. */
    public List<Project> projects() {
        List<Project> all = new ArrayList<>(catalogue.projects());
        all.addAll(others().values());
        return all;
    }

    /** Files or sections that could not be read or understood, by path and line. */
    public List<ContentProblem> problems() {
        List<ContentProblem> all = problems;
        if (all == null) {
            List<ContentProblem> collected = new ArrayList<>(catalogueProblems);
            fileProblems.values().forEach(collected::addAll);
            collisions.forEach((slug, claimants) -> claimants.subList(1, claimants.size()).forEach(path ->
                    collected.add(ContentProblem.ofFile(path, "slug '" + slug + "' is already used by "
                            + claimants.get(0) + "; this file is not served: rename its folder"))));
            collected.sort(Comparator.comparing(ContentProblem::path, GitPathOrder.INSTANCE)
                    .thenComparingInt(ContentProblem::line).thenComparing(ContentProblem::message));
            all = List.copyOf(collected);
            problems = all;
        }
        return all;
    }

    /** The dates of a project's releases, in no particular order: what its cadence counts. */
    public List<LocalDate> releaseDates(String projectName) {
        Query ofProject = FilterQueries.of(ItemKind.RELEASE, ContentFilter.of(null, List.of(projectName), null, null, null),
                catalogue, text);
        return index.releaseDays(ofProject).values().stream().flatMap(List::stream).toList();
    }

    /** The dates of every release, by the project it names (its canonical name or the name as written, lower-cased). */
    public Map<String, List<LocalDate>> releaseDatesByProject() {
        return index.releaseDays(ItemQueries.kind(ItemKind.RELEASE));
    }

    /** When the served issue's file was first and last committed. */
    public Optional<IssueHistory> historyOf(String slug) {
        return index.servingPath(slug).flatMap(index::history);
    }

    /** The blob a served issue was read from. */
    public IssueSource sourceOf(Issue issue) {
        return new IssueSource(index.sourceBlob(issue.slug()).orElseThrow(() -> new IllegalStateException(
                "issue '" + issue.slug() + "' is not served by commit " + commit())));
    }

    /** The index view this snapshot reads; for the next sync, which builds on it. */
    public IndexView index() {
        return index;
    }

    public Map<String, List<ContentProblem>> fileProblems() {
        return fileProblems;
    }

    public Map<String, List<String>> collisions() {
        return collisions;
    }

    public List<ContentProblem> catalogueProblems() {
        return catalogueProblems;
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** Keeps the snapshot readable until {@link #release()}; false once it has been retired and closed. */
    public boolean retain() {
        return index.retain();
    }

    public void release() {
        index.release();
    }

    // Projects outside the catalogue, by lower-cased name; the first spelling in name order stands for the others.
    private Map<String, Project> others() {
        Map<String, Project> known = others;
        if (known == null) {
            Map<String, Project> byKey = new LinkedHashMap<>();
            index.otherProjectNames().forEach(name -> byKey.putIfAbsent(lower(name), new Project(name, List.of(), null)));
            known = byKey;
            others = known;
        }
        return known;
    }

    private static String lower(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
