package com.weeklygraphql.config;

import com.weeklygraphql.content.git.ContentRepository;
import com.weeklygraphql.content.git.GitSyncException;
import com.weeklygraphql.content.git.RemoteSettings;
import com.weeklygraphql.content.git.SampleRepository;
import com.weeklygraphql.content.parse.IssueParser;
import com.weeklygraphql.content.parse.NewsletterProfile;
import com.weeklygraphql.content.project.ProjectCatalogue;
import com.weeklygraphql.content.snapshot.SnapshotHolder;
import com.weeklygraphql.content.sync.ContentHealthIndicator;
import com.weeklygraphql.content.sync.ContentMetrics;
import com.weeklygraphql.content.sync.ContentStartupException;
import com.weeklygraphql.content.sync.ContentSync;
import com.weeklygraphql.content.sync.IssueBodies;
import com.weeklygraphql.content.index.ContentIndex;
import com.weeklygraphql.content.index.SampleIndexArchive;
import com.weeklygraphql.content.index.DecodedIssues;
import com.weeklygraphql.content.index.IndexFingerprint;
import com.weeklygraphql.content.sync.ParseSettings;
import com.weeklygraphql.content.sync.ChangesSince;
import com.weeklygraphql.content.sync.ProblemLog;
import com.weeklygraphql.content.sync.SnapshotUpdater;
import java.io.ByteArrayInputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the flow from Git to the served snapshot: clone, loader, holder, sync. The first sync runs while the
 * context starts, so a bad setting stops the start with a message that names it.
 */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    /** Files larger than this are reported, not parsed: the parser's own limit. */
    private static final long MAX_FILE_BYTES = IssueParser.MAX_FILE_BYTES;
    /** Issues decoded from the index for the pages being read: the working set, not the archive. */
    private static final long DECODED_ISSUES_BYTES = 32L * 1024 * 1024;
    /** Markdown and HTML read back for clients: the pages being read, not the archive. */
    private static final long BODY_CACHE_BYTES = 32L * 1024 * 1024;

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * What commits without their own catalogue or profile are parsed with: the configured files, else the built-in
     * ones, each named by a hash of its bytes so that a changed file rebuilds the index.
     */
    @Bean
    ParseSettings fallbackParseSettings(ContentProperties properties) {
        byte[] catalogue = configured(properties.projectsFile(), "/projects.yaml", "content.projects-file");
        byte[] profile = configured(properties.profileFile(), "/" + NewsletterProfile.FILE_NAME, "content.profile-file");
        return ParseSettings.of(
                load(catalogue, ProjectCatalogue::load, properties.projectsFile(), "content.projects-file"),
                idOf(properties.projectsFile(), catalogue),
                load(profile, NewsletterProfile::load, properties.profileFile(), "content.profile-file"),
                idOf(properties.profileFile(), profile));
    }

    private static byte[] configured(Path file, String builtIn, String property) {
        try {
            if (file != null) {
                return Files.readAllBytes(file);
            }
            try (InputStream in = ContentConfiguration.class.getResourceAsStream(builtIn)) {
                if (in == null) {
                    throw new IllegalStateException(builtIn + " is missing from the classpath");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new ContentStartupException(property, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static <T> T load(byte[] yaml, java.util.function.Function<InputStream, T> loader, Path file, String property) {
        try {
            return loader.apply(new ByteArrayInputStream(yaml));
        } catch (RuntimeException e) {
            throw new ContentStartupException(property, "cannot read " + (file == null ? "the built-in file" : file) + ": "
                    + e.getMessage(), e);
        }
    }

    private static String idOf(Path file, byte[] content) {
        return (file == null ? "built-in:" : "file:") + IndexFingerprint.hash(content);
    }

    @Bean(destroyMethod = "close")
    ContentRepository contentRepository(ContentProperties properties) {
        ContentProperties.Repository repository = properties.repository();
        Path dataDir = properties.dataDir().toAbsolutePath();
        try {
            String uri = repository.isEmbeddedSample()
                    ? SampleRepository.materialize(dataDir).toString()
                    : repository.uri().strip();
            RemoteSettings remote = new RemoteSettings(uri, repository.branch(), repository.username(),
                    repository.token(), repository.sshKey(), repository.timeout());
            return ContentRepository.open(remote, dataDir.resolve("repository.git"));
        } catch (GitSyncException e) {
            throw new ContentStartupException("content.data-dir", e.getMessage(), e);
        }
    }

    @Bean
    DecodedIssues decodedIssues() {
        return new DecodedIssues(DECODED_ISSUES_BYTES);
    }

    /**
     * A ranked text search of a big index runs its segments on these threads side by side (the asking thread takes
     * its share), so one reader's search takes a fraction of its CPU time; lists and lookups, and any search of a
     * small index (one slice), never leave the asking thread.
     */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService searchThreads() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "search-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean(destroyMethod = "close")
    ContentIndex contentIndex(ContentProperties properties, DecodedIssues decoded, ParseSettings fallbackParseSettings,
            ExecutorService searchThreads) {
        Path indexDir = properties.dataDir().toAbsolutePath().resolve("index");
        if (properties.repository().isEmbeddedSample()) {
            SampleIndexArchive.unpackIfAbsent(indexDir);
        }
        return ContentIndex.open(indexDir, fallbackParseSettings.text(), decoded, searchThreads, ContentIndex.Compaction.DEFAULT);
    }

    /** Parsing and indexing a big change use every core; this pool is theirs, not the common one requests use. */
    @Bean(destroyMethod = "shutdownNow")
    ForkJoinPool contentWorkers() {
        return new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    }

    @Bean
    IssueBodies issueBodies(ContentRepository repository) {
        return new IssueBodies(repository, BODY_CACHE_BYTES);
    }

    @Bean
    SnapshotHolder snapshotHolder() {
        return new SnapshotHolder();
    }

    @Bean
    SnapshotUpdater snapshotUpdater(ContentRepository repository, ContentIndex index, ParseSettings fallbackParseSettings,
            Clock clock, ForkJoinPool contentWorkers) {
        return new SnapshotUpdater(repository.commits(), index, fallbackParseSettings, MAX_FILE_BYTES, clock, contentWorkers);
    }

    @Bean
    ChangesSince changesSince(ContentRepository repository) {
        return new ChangesSince(repository.commits(), MAX_FILE_BYTES);
    }

    @Bean
    ContentMetrics contentMetrics(MeterRegistry registry, SnapshotHolder holder, SnapshotUpdater updater,
            DecodedIssues decoded, Clock clock) {
        return new ContentMetrics(registry, holder, updater, decoded, clock);
    }

    @Bean(destroyMethod = "close")
    ContentSync contentSync(ContentRepository repository, SnapshotUpdater updater, SnapshotHolder holder,
            ContentMetrics metrics, Clock clock, ContentProperties properties) {
        ContentSync sync = new ContentSync(repository, updater, holder, metrics, clock, properties.sync().interval(),
                properties.sync().maxBackoff());
        sync.addListener(new ProblemLog());
        // The first snapshot loads while the rest of the context starts; ContentStartup waits for it.
        sync.startInBackground();
        return sync;
    }

    /**
     * Waits for the first snapshot before the web server opens, and fails the start when it failed: a bad setting
     * still stops the start with a line that names it. Phase 0 runs before the web server's lifecycle.
     */
    @Bean
    SmartLifecycle contentStartup(ContentSync sync) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                sync.awaitStart();
                running = true;
            }

            @Override
            public void stop() {
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return 0;
            }
        };
    }

    @Bean
    ContentHealthIndicator contentHealthIndicator(SnapshotHolder holder, ContentSync sync, Clock clock) {
        return new ContentHealthIndicator(holder, sync, clock);
    }
}
