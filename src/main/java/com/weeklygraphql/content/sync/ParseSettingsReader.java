package com.weeklygraphql.content.sync;

import com.weeklygraphql.content.git.CommitReader;
import com.weeklygraphql.content.git.TreeFile;
import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.parse.NewsletterProfile;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jgit.lib.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses what a commit is parsed with: a {@value #CATALOGUE} and a {@value NewsletterProfile#FILE_NAME} at the root
 * of the content repository win over the configured or built-in ones; one that cannot be read is a problem, not an
 * outage, and the fallback is used.
 */
final class ParseSettingsReader {

    /** A catalogue at this path in the content repository replaces the built-in one. */
    static final String CATALOGUE = "projects.yaml";

    private static final Logger log = LoggerFactory.getLogger(ParseSettingsReader.class);

    private final CommitReader commits;
    private final ParseSettings fallback;
    private final long maxFileBytes;

    ParseSettingsReader(CommitReader commits, ParseSettings fallback, long maxFileBytes) {
        this.commits = commits;
        this.fallback = fallback;
        this.maxFileBytes = maxFileBytes;
    }

    /** The settings of a commit; {@code previous} is reused when the commit holds the same files. */
    ParseSettings at(ObjectId commit, ParseSettings previous) {
        Optional<TreeFile> catalogue = fileAt(commit, CATALOGUE);
        Optional<TreeFile> profile = fileAt(commit, NewsletterProfile.FILE_NAME);
        String catalogueId = catalogue.map(file -> "repository:" + file.blobName()).orElse(fallback.catalogueId());
        String profileId = profile.map(file -> "repository:" + file.blobName()).orElse(fallback.profileId());
        if (previous != null && previous.catalogueId().equals(catalogueId) && previous.profileId().equals(profileId)) {
            return previous;
        }
        ParseSettings settings = fallback;
        if (catalogue.isPresent()) {
            Read<ProjectCatalogue> read = read(catalogue.get(), ProjectCatalogue::load, "project catalogue", "built-in catalogue");
            settings = settings.withCatalogue(read.value() == null ? fallback.catalogue() : read.value(), catalogueId, read.problems());
        }
        if (profile.isPresent()) {
            Read<NewsletterProfile> read = read(profile.get(), NewsletterProfile::load, "newsletter profile", "configured profile");
            settings = settings.withProfile(read.value() == null ? fallback.profile() : read.value(), profileId, read.problems());
        }
        return settings;
    }

    private Optional<TreeFile> fileAt(ObjectId commit, String path) {
        return commits.file(commit, path).filter(file -> !file.symlink());
    }

    private <T> Read<T> read(TreeFile file, Function<InputStream, T> loader, String what, String instead) {
        long size = commits.size(file.blobId());
        if (size > maxFileBytes) {
            return new Read<>(null, List.of(ContentProblem.ofFile(file.path(), "is " + size + " bytes, over the limit of "
                    + maxFileBytes + " bytes; the " + instead + " is used")));
        }
        try {
            return new Read<>(loader.apply(new ByteArrayInputStream(commits.read(file.blobId()))), List.of());
        } catch (RuntimeException e) {
            log.warn("The {} {} could not be read, using the {}: {}", what, file.path(), instead, e.getMessage());
            return new Read<>(null, List.of(ContentProblem.ofFile(file.path(), "could not be read as a " + what + " ("
                    + e.getMessage() + "); the " + instead + " is used")));
        }
    }

    private record Read<T>(T value, List<ContentProblem> problems) {
    }
}
