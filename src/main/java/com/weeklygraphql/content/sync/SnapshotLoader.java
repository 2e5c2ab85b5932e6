package com.weeklygraphql.content.sync;

import com.weeklygraphql.content.git.BranchHead;
import com.weeklygraphql.content.git.ContentRepository;
import com.weeklygraphql.content.git.TreeFile;
import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.parse.IssueParser;
import com.weeklygraphql.content.project.ProjectCatalogue;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.SnapshotBuilder;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one commit into a snapshot: lists the markdown files of its tree, parses each blob the cache has not
 * seen, and builds the snapshot. Every file that cannot be served becomes a problem; none stops the others.
 */
public final class SnapshotLoader {

    /** A catalogue at this path in the content repository replaces the built-in one. */
    public static final String CATALOGUE_PATH = "projects.yaml";

    private static final Logger log = LoggerFactory.getLogger(SnapshotLoader.class);

    private final ContentRepository repository;
    private final ParseCache cache;
    private final ProjectCatalogue fallbackCatalogue;
    private final long maxFileBytes;
    private final Clock clock;
    private final AtomicLong parses = new AtomicLong();
    private volatile String catalogueBlob;

    public SnapshotLoader(ContentRepository repository, ParseCache cache, ProjectCatalogue fallbackCatalogue,
            long maxFileBytes, Clock clock) {
        this.repository = repository;
        this.cache = cache;
        this.fallbackCatalogue = fallbackCatalogue;
        this.maxFileBytes = maxFileBytes;
        this.clock = clock;
    }

    /** How many files have been parsed since start (cache misses). */
    public long parseCount() {
        return parses.get();
    }

    public ContentSnapshot load(BranchHead head) {
        List<TreeFile> files = repository.listFiles(head.commit(), SnapshotLoader::isContent);
        List<ContentProblem> catalogueProblems = new ArrayList<>();
        ProjectCatalogue catalogue = catalogue(files, catalogueProblems);
        SnapshotBuilder builder = new SnapshotBuilder(catalogue).problems(catalogueProblems);
        IssueParser parser = new IssueParser(catalogue);
        for (TreeFile file : files) {
            if (file.path().equals(CATALOGUE_PATH)) {
                continue;
            }
            ParsedFile parsed = read(file, parser);
            builder.problems(parsed.problems());
            if (parsed.isIssue()) {
                builder.add(parsed.issue());
            }
        }
        return builder.build(head.commitName(), head.branch(), head.commitTime(), clock.instant());
    }

    private ParsedFile read(TreeFile file, IssueParser parser) {
        if (file.symlink()) {
            return ParsedFile.failed(ContentProblem.ofFile(file.path(),
                    "is a symbolic link; links are not followed: commit the file itself"));
        }
        long size = repository.size(file.blobId());
        if (size > maxFileBytes) {
            return ParsedFile.failed(ContentProblem.ofFile(file.path(), "is " + size + " bytes, over the limit of "
                    + maxFileBytes + " bytes for one file (content.parse.max-file-size)"));
        }
        return cache.get(file.blobId(), file.path(), () -> {
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
        try {
            return ProjectCatalogue.load(new ByteArrayInputStream(repository.read(file.blobId())));
        } catch (RuntimeException e) {
            log.warn("The project catalogue {} could not be read, using the built-in one: {}", CATALOGUE_PATH, e.getMessage());
            problems.add(ContentProblem.ofFile(CATALOGUE_PATH, "could not be read as a project catalogue ("
                    + e.getMessage() + "); the built-in catalogue is used"));
            return fallbackCatalogue;
        }
    }

    private static boolean isContent(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown") || path.equals(CATALOGUE_PATH);
    }
}
