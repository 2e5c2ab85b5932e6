package com.weeklygraphql.content.sync;

import com.weeklygraphql.content.git.BranchHead;
import com.weeklygraphql.content.git.ContentRepository;
import com.weeklygraphql.content.git.TreeFile;
import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.parse.IssueParser;
import com.weeklygraphql.content.parse.NewsletterProfile;
import com.weeklygraphql.content.project.ProjectCatalogue;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.IssueHistory;
import com.weeklygraphql.content.snapshot.IssueSource;
import com.weeklygraphql.content.snapshot.SnapshotBuilder;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one commit into a snapshot: lists the markdown files of its tree, parses each blob the cache has not
 * seen (so a commit re-parses only the files it changed), adds each file's history, and builds the snapshot.
 * Every file that cannot be served becomes a problem; none stops the others. A file that served an issue
 * before and cannot be read now (not UTF-8, too large, hostile front matter) keeps its last good version
 * served, so a bad edit never makes an issue vanish from the archive.
 */
public final class SnapshotLoader {

    /** A catalogue at this path in the content repository replaces the built-in one. */
    public static final String CATALOGUE_PATH = "projects.yaml";

    private static final Logger log = LoggerFactory.getLogger(SnapshotLoader.class);
    /** Below this many files a commit is parsed on the sync thread: forking would cost more than it saves. */
    private static final int PARALLEL_THRESHOLD = 64;

    private final ContentRepository repository;
    private final ParseCache cache;
    private final ProjectCatalogue fallbackCatalogue;
    private final long maxFileBytes;
    private final Clock clock;
    private final FileHistory history;
    private final AtomicLong parses = new AtomicLong();
    private final ForkJoinPool parsers = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    private volatile String catalogueBlob;
    private final ProfileSource profiles = new ProfileSource();

    public SnapshotLoader(ContentRepository repository, ParseCache cache, ProjectCatalogue fallbackCatalogue,
            long maxFileBytes, Clock clock) {
        this.repository = repository;
        this.cache = cache;
        this.fallbackCatalogue = fallbackCatalogue;
        this.maxFileBytes = maxFileBytes;
        this.clock = clock;
        this.history = new FileHistory(repository, SnapshotLoader::isContent);
    }

    /** The newsletter profile used when the content repository has no {@code newsletter.yaml}; built-in by default. */
    public SnapshotLoader profile(NewsletterProfile fallback) {
        profiles.fallback = fallback;
        return this;
    }

    /** How many files have been parsed since start (cache misses). */
    public long parseCount() {
        return parses.get();
    }

    /** How many commits the history has walked since start: the size of each push, not of the whole log. */
    public long historyCommitsWalked() {
        return history.commitsWalked();
    }

    /** The first snapshot, with no earlier one to fall back on. */
    public ContentSnapshot load(BranchHead head) {
        return load(head, null);
    }

    /**
     * The snapshot of {@code head}.
     *
     * @param previous the snapshot served now, whose issues stand in for files that became unreadable; or null
     */
    public ContentSnapshot load(BranchHead head, ContentSnapshot previous) {
        List<TreeFile> files = repository.listFiles(head.commit(), SnapshotLoader::isContent);
        history.advanceTo(head.commit());
        List<ContentProblem> catalogueProblems = new ArrayList<>();
        ProjectCatalogue catalogue = catalogue(files, catalogueProblems);
        IssueParser parser = new IssueParser(catalogue, profiles.of(files, catalogueProblems, cache));
        SnapshotBuilder builder = new SnapshotBuilder(catalogue).problems(catalogueProblems);
        Map<String, Served> servedByPath = servedByPath(previous);
        Set<String> slugs = new HashSet<>();
        List<TreeFile> content = files.stream().filter(file -> !file.path().equals(CATALOGUE_PATH)
                && !file.path().equals(NewsletterProfile.FILE_NAME)).toList();
        List<ParsedFile> parsedFiles = readAll(content, parser);
        for (int i = 0; i < content.size(); i++) {
            TreeFile file = content.get(i);
            ParsedFile parsed = parsedFiles.get(i);
            builder.problems(parsed.problems());
            Served served = parsed.isIssue() ? new Served(parsed.issue(), new IssueSource(file.blobName(), parsed.bodyText()))
                    : lastGood(file, parsed, servedByPath.get(file.path()), builder);
            if (served != null) {
                Issue issue = served.issue();
                builder.add(issue, served.source());
                IssueHistory issueHistory = history.of(file.path());
                if (issueHistory != null && slugs.add(issue.slug())) {
                    builder.history(issue.slug(), issueHistory);
                }
            }
        }
        return builder.build(head.commitName(), head.branch(), head.commitTime(), clock.instant());
    }

    // A file that failed (problems, no issue) where an issue was served: keep serving that one, and say so.
    private static Served lastGood(TreeFile file, ParsedFile parsed, Served served, SnapshotBuilder builder) {
        if (served == null || parsed.problems().isEmpty()) {
            return null;
        }
        builder.problem(ContentProblem.ofFile(file.path(), "cannot be read in this commit; its last good version "
                + "is still served until the file is fixed"));
        return served;
    }

    private static Map<String, Served> servedByPath(ContentSnapshot previous) {
        Map<String, Served> byPath = new HashMap<>();
        if (previous != null) {
            previous.issuesBySlug().values().forEach(issue -> byPath.put(issue.path(),
                    new Served(issue, previous.sourceOf(issue))));
        }
        return byPath;
    }

    private record Served(Issue issue, IssueSource source) {
    }

    // Parsing is the bulk of a full sync and every file is independent: all cores take part. The order of
    // the result is the tree's, so the snapshot does not depend on which thread finished first.
    private List<ParsedFile> readAll(List<TreeFile> files, IssueParser parser) {
        if (files.size() < PARALLEL_THRESHOLD) {
            return files.stream().map(file -> read(file, parser)).toList();
        }
        return parsers.submit(() -> files.parallelStream().map(file -> read(file, parser)).toList()).join();
    }

    private ParsedFile read(TreeFile file, IssueParser parser) {
        if (file.symlink()) {
            return ParsedFile.failed(ContentProblem.ofFile(file.path(),
                    "is a symbolic link; links are not followed: commit the file itself"));
        }
        // The cache is looked up first: an unchanged blob costs neither a size check nor a read.
        return cache.get(file.blobId(), file.path(), () -> {
            long size = repository.size(file.blobId());
            if (size > maxFileBytes) {
                return ParsedFile.failed(ContentProblem.ofFile(file.path(), "is " + size + " bytes, over the limit of "
                        + maxFileBytes + " bytes for one file; it is not read"));
            }
            parses.incrementAndGet();
            return parser.parse(file.path(), repository.read(file.blobId()));
        });
    }

    // A catalogue in the content repository wins over the built-in one; a broken one is a problem, not an outage.
    private ProjectCatalogue catalogue(List<TreeFile> files, List<ContentProblem> problems) {
        TreeFile file = files.stream().filter(f -> f.path().equals(CATALOGUE_PATH) && !f.symlink()).findFirst().orElse(null);
        String blob = file == null ? null : file.blobName();
        if (!Objects.equals(blob, catalogueBlob)) {
            // Parses depend on the catalogue (project names), so cached parses from another catalogue are stale.
            cache.clear();
            catalogueBlob = blob;
        }
        if (file == null) {
            return fallbackCatalogue;
        }
        long size = repository.size(file.blobId());
        if (size > maxFileBytes) {
            problems.add(ContentProblem.ofFile(CATALOGUE_PATH, "is " + size + " bytes, over the limit of " + maxFileBytes
                    + " bytes; the built-in catalogue is used"));
            return fallbackCatalogue;
        }
        try {
            return ProjectCatalogue.load(new ByteArrayInputStream(repository.read(file.blobId())));
        } catch (RuntimeException e) {
            log.warn("The project catalogue {} could not be read, using the built-in one: {}", CATALOGUE_PATH, e.getMessage());
            problems.add(ContentProblem.ofFile(CATALOGUE_PATH, "could not be read as a project catalogue ("
                    + e.getMessage() + "); the built-in catalogue is used"));
            return fallbackCatalogue;
        }
    }

    static boolean isContent(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown") || path.equals(CATALOGUE_PATH)
                || path.equals(NewsletterProfile.FILE_NAME);
    }

    /**
     * The newsletter profile of a commit: a {@code newsletter.yaml} at the root wins over the fallback (the
     * {@code content.profile-file} setting or the built-in one), as the catalogue does; a broken one is a problem,
     * not an outage. Parses depend on it, so cached parses made with another profile are dropped.
     */
    private final class ProfileSource {
        private volatile NewsletterProfile fallback = NewsletterProfile.defaults();
        private volatile String blob;

        NewsletterProfile of(List<TreeFile> files, List<ContentProblem> problems, ParseCache cache) {
            TreeFile file = files.stream().filter(f -> f.path().equals(NewsletterProfile.FILE_NAME) && !f.symlink())
                    .findFirst().orElse(null);
            String name = file == null ? null : file.blobName();
            if (!Objects.equals(name, blob)) {
                cache.clear();
                blob = name;
            }
            if (file == null) {
                return fallback;
            }
            long size = repository.size(file.blobId());
            if (size > maxFileBytes) {
                problems.add(ContentProblem.ofFile(NewsletterProfile.FILE_NAME, "is " + size + " bytes, over the limit of "
                        + maxFileBytes + " bytes; the built-in profile is used"));
                return fallback;
            }
            try {
                return NewsletterProfile.load(new ByteArrayInputStream(repository.read(file.blobId())));
            } catch (RuntimeException e) {
                log.warn("The newsletter profile {} could not be read, using the configured one: {}",
                        NewsletterProfile.FILE_NAME, e.getMessage());
                problems.add(ContentProblem.ofFile(NewsletterProfile.FILE_NAME, "could not be read as a newsletter profile ("
                        + e.getMessage() + "); the configured profile is used"));
                return fallback;
            }
        }
    }
}
