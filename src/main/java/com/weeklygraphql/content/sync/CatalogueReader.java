package com.weeklygraphql.content.sync;

import com.weeklygraphql.content.git.CommitReader;
import com.weeklygraphql.content.git.TreeFile;
import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the catalogue of a commit: a {@value #PATH} at the root of the content repository wins over the
 * configured or built-in one; one that cannot be read is a problem, not an outage.
 */
final class CatalogueReader {

    /** A catalogue at this path in the content repository replaces the built-in one. */
    static final String PATH = "projects.yaml";

    private static final Logger log = LoggerFactory.getLogger(CatalogueReader.class);

    private final CommitReader commits;
    private final CatalogueChoice fallback;
    private final long maxFileBytes;

    CatalogueReader(CommitReader commits, CatalogueChoice fallback, long maxFileBytes) {
        this.commits = commits;
        this.fallback = fallback;
        this.maxFileBytes = maxFileBytes;
    }

    /** The catalogue of a commit; {@code previous} is reused when the commit holds the same one. */
    CatalogueChoice at(ObjectId commit, CatalogueChoice previous) {
        Optional<TreeFile> file = commits.file(commit, PATH).filter(f -> !f.symlink());
        if (file.isEmpty()) {
            return fallback;
        }
        String id = "repository:" + file.get().blobName();
        if (previous != null && previous.id().equals(id)) {
            return previous;
        }
        long size = commits.size(file.get().blobId());
        if (size > maxFileBytes) {
            return fallback.standingInFor(id, List.of(ContentProblem.ofFile(PATH, "is " + size
                    + " bytes, over the limit of " + maxFileBytes + " bytes; the built-in catalogue is used")));
        }
        try {
            return CatalogueChoice.of(ProjectCatalogue.load(new ByteArrayInputStream(commits.read(file.get().blobId()))),
                    id, List.of());
        } catch (RuntimeException e) {
            log.warn("The project catalogue {} could not be read, using the built-in one: {}", PATH, e.getMessage());
            return fallback.standingInFor(id, List.of(ContentProblem.ofFile(PATH,
                    "could not be read as a project catalogue (" + e.getMessage() + "); the built-in catalogue is used")));
        }
    }
}
