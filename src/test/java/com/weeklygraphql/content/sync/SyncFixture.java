package com.weeklygraphql.content.sync;

import com.weeklygraphql.content.git.ContentRepository;
import com.weeklygraphql.content.git.RemoteSettings;
import com.weeklygraphql.content.index.ContentIndex;
import com.weeklygraphql.content.index.DecodedIssues;
import java.util.concurrent.ForkJoinPool;
import com.weeklygraphql.content.parse.IssueParser;
import com.weeklygraphql.content.parse.NewsletterProfile;
import com.weeklygraphql.content.project.ProjectCatalogue;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.SnapshotHolder;
import com.weeklygraphql.support.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;

/**
 * The sync flow of the service, wired as ContentConfiguration wires it, over a real clone in a temp dir.
 * Polls hourly on a clock that stands still, so that only the test's own {@code syncNow()} calls sync.
 */
final class SyncFixture implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofHours(1);
    static final Duration MAX_BACKOFF = Duration.ofHours(8);
    static final long MAX_FILE_BYTES = IssueParser.MAX_FILE_BYTES;
    /** The built-in catalogue, with its search fields built once for every fixture. */
    private static final ParseSettings SETTINGS = ParseSettings.of(ProjectCatalogue.defaults(), "built-in",
            NewsletterProfile.defaults(), "built-in");

    final Path dataDir;
    final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final SnapshotHolder holder = new SnapshotHolder();
    final DecodedIssues decoded = new DecodedIssues(1 << 20);
    final ForkJoinPool workers = new ForkJoinPool(2);
    final ContentRepository repository;
    final ContentIndex index;
    final SnapshotUpdater loader;
    final IssueBodies bodies;
    final ContentSync sync;
    final java.util.List<com.weeklygraphql.content.snapshot.SnapshotChange> changes = new java.util.concurrent.CopyOnWriteArrayList<>();

    private SyncFixture(Path dataDir, RemoteSettings settings, ContentIndex.Compaction compaction) {
        this.dataDir = dataDir;
        this.repository = ContentRepository.open(settings, gitDir(dataDir));
        this.bodies = new IssueBodies(repository, 1024 * 1024);
        this.index = ContentIndex.open(dataDir.resolve("index"), SETTINGS.text(), decoded, null, compaction);
        this.loader = new SnapshotUpdater(repository.commits(), index, SETTINGS, MAX_FILE_BYTES, clock, workers);
        ContentMetrics metrics = new ContentMetrics(registry, holder, loader, decoded, clock);
        this.sync = new ContentSync(repository, loader, holder, metrics, clock, INTERVAL, MAX_BACKOFF);
        this.sync.addListener((previous, change) -> changes.add(change));
    }

    /** Opens the clone for {@code uri} under {@code dataDir} and runs the first sync. */
    static SyncFixture start(Path dataDir, String uri) {
        return start(dataDir, settings(uri, null));
    }

    static SyncFixture start(Path dataDir, RemoteSettings settings) {
        SyncFixture fixture = new SyncFixture(dataDir, settings, ContentIndex.Compaction.DEFAULT);
        fixture.sync.start();
        return fixture;
    }

    /**
     * As {@link #start(Path, String)}, with every build from scratch merged into one segment by the sync after it,
     * as a big archive's is: the path of 100,000 issues on a test's few.
     */
    static SyncFixture startMergingEveryBuild(Path dataDir, String uri) {
        SyncFixture fixture = new SyncFixture(dataDir, settings(uri, null), new ContentIndex.Compaction(0, 0));
        fixture.sync.start();
        return fixture;
    }

    static RemoteSettings settings(String uri, String token) {
        return new RemoteSettings(uri, null, "x-access-token", token, null, Duration.ofSeconds(20));
    }

    static Path gitDir(Path dataDir) {
        return dataDir.resolve("repository.git");
    }

    ContentSnapshot served() {
        return holder.require();
    }

    /** What the last published snapshot changed. */
    com.weeklygraphql.content.snapshot.SnapshotChange lastChange() {
        return changes.get(changes.size() - 1);
    }

    /** The served markdown of an issue, read back from its blob as clients get it. */
    String markdownOf(String slug) {
        ContentSnapshot snapshot = served();
        return bodies.markdown(snapshot.sourceOf(snapshot.issue(slug).orElseThrow()));
    }

    Map<String, Object> health() {
        Health health = new ContentHealthIndicator(holder, sync, clock).health();
        return health.getDetails();
    }

    String healthStatus() {
        return new ContentHealthIndicator(holder, sync, clock).health().getStatus().getCode();
    }

    double syncs() {
        return registry.find("content.sync").timers().stream().mapToLong(t -> t.count()).sum();
    }

    static ParseSettings builtInSettings() {
        return SETTINGS;
    }

    @Override
    public void close() {
        sync.close();
        index.close();
        workers.shutdownNow();
        repository.close();
    }
}
