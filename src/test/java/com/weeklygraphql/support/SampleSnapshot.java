package com.weeklygraphql.support;

import com.weeklygraphql.content.git.ContentRepository;
import com.weeklygraphql.content.git.RemoteSettings;
import com.weeklygraphql.content.index.ContentIndex;
import com.weeklygraphql.content.index.DecodedIssues;
import com.weeklygraphql.content.project.ProjectCatalogue;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.sync.ParseSettings;
import com.weeklygraphql.content.parse.IssueParser;
import com.weeklygraphql.content.parse.NewsletterProfile;
import com.weeklygraphql.content.sync.SnapshotUpdater;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ForkJoinPool;

/**
 * The embedded sample served the way the service serves it: committed to a repository, cloned, parsed and indexed
 * by the sync's own code, for tests that query a whole snapshot without HTTP.
 */
public final class SampleSnapshot implements AutoCloseable {

    private final ContentRepository repository;
    private final ContentIndex index;
    private final ForkJoinPool workers = new ForkJoinPool(2);
    private final ContentSnapshot snapshot;

    private SampleSnapshot(Path dir) {
        Path remote = ContentRepositories.sampleRepository(dir.resolve("remote"));
        this.repository = ContentRepository.open(new RemoteSettings(remote.toString(), null, "x-access-token", null, null,
                Duration.ofSeconds(30)), dir.resolve("data/repository.git"));
        ParseSettings settings = ParseSettings.of(ProjectCatalogue.defaults(), "built-in", NewsletterProfile.defaults(), "built-in");
        this.index = ContentIndex.open(dir.resolve("data/index"), settings.text(), new DecodedIssues(16 << 20));
        SnapshotUpdater updater = new SnapshotUpdater(repository.commits(), index, settings, IssueParser.MAX_FILE_BYTES,
                Clock.systemUTC(), workers);
        this.snapshot = updater.rebuild(repository.remote().fetch(), null).current();
    }

    public static SampleSnapshot build(Path dir) {
        return new SampleSnapshot(dir);
    }

    public ContentSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public void close() {
        index.close();
        workers.shutdownNow();
        repository.close();
    }
}
