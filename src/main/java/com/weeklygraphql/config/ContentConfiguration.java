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
import com.weeklygraphql.content.sync.ParseCache;
import com.weeklygraphql.content.sync.ProblemLog;
import com.weeklygraphql.content.sync.SnapshotLoader;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the flow from Git to the served snapshot: clone, loader, holder, sync. The first sync runs while the
 * context starts, so a bad setting stops the start with a message that names it.
 */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    private static final long PARSE_CACHE_ENTRIES = 500_000;
    /** Markdown and HTML read back for clients: the pages being read, not the archive. */
    private static final long BODY_CACHE_BYTES = 32L * 1024 * 1024;

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ProjectCatalogue projectCatalogue(ContentProperties properties) {
        Path file = properties.projectsFile();
        if (file == null) {
            return ProjectCatalogue.defaults();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return ProjectCatalogue.load(in);
        } catch (IOException | RuntimeException e) {
            throw new ContentStartupException("content.projects-file", "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Bean
    NewsletterProfile newsletterProfile(ContentProperties properties) {
        Path file = properties.profileFile();
        if (file == null) {
            return NewsletterProfile.defaults();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return NewsletterProfile.load(in);
        } catch (IOException | RuntimeException e) {
            throw new ContentStartupException("content.profile-file", "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Bean(destroyMethod = "close")
    ContentRepository contentRepository(ContentProperties properties) {
        ContentProperties.Repository repository = properties.repository();
        Path dataDir = properties.dataDir().toAbsolutePath();
        try {
            String uri = repository.isEmbeddedSample()
                    ? SampleRepository.materialize(dataDir.resolve("sample-content")).toString()
                    : repository.uri().strip();
            RemoteSettings remote = new RemoteSettings(uri, repository.branch(), repository.username(),
                    repository.token(), repository.sshKey(), repository.timeout());
            return ContentRepository.open(remote, dataDir.resolve("repository.git"));
        } catch (GitSyncException e) {
            throw new ContentStartupException("content.data-dir", e.getMessage(), e);
        }
    }

    @Bean
    ParseCache parseCache() {
        return new ParseCache(PARSE_CACHE_ENTRIES);
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
    SnapshotLoader snapshotLoader(ContentRepository repository, ParseCache cache, ProjectCatalogue catalogue,
            NewsletterProfile profile, Clock clock) {
        return new SnapshotLoader(repository, cache, catalogue, IssueParser.MAX_FILE_BYTES, clock).profile(profile);
    }

    @Bean
    ContentMetrics contentMetrics(MeterRegistry registry, SnapshotHolder holder, SnapshotLoader loader, ParseCache cache,
            Clock clock) {
        return new ContentMetrics(registry, holder, loader, cache, clock);
    }

    @Bean(destroyMethod = "close")
    ContentSync contentSync(ContentRepository repository, SnapshotLoader loader, SnapshotHolder holder,
            ContentMetrics metrics, Clock clock, ContentProperties properties) {
        ContentSync sync = new ContentSync(repository, loader, holder, metrics, clock, properties.sync().interval(),
                properties.sync().maxBackoff());
        sync.addListener(new ProblemLog());
        sync.start();
        return sync;
    }

    @Bean
    ContentHealthIndicator contentHealthIndicator(SnapshotHolder holder, ContentSync sync, Clock clock) {
        return new ContentHealthIndicator(holder, sync, clock);
    }
}
