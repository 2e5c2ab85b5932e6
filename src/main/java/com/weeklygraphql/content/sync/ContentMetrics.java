package com.weeklygraphql.content.sync;

import com.weeklygraphql.content.git.GitSyncException.Reason;
import com.weeklygraphql.content.index.DecodedIssues;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.SnapshotHolder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The content's meters. Syncs: {@code content.sync} (a timer, tagged {@code outcome}), its two stages
 * {@code content.sync.fetch} and {@code content.sync.update} (timers: the remote's part and the service's part of a
 * new commit's way to being served), {@code content.sync.failures} (tagged {@code reason}),
 * {@code content.sync.consecutive.failures}. Parsing:
 * {@code content.parses} and {@code content.history.commits}; reading: the cache of decoded issues as
 * {@code cache.*{cache="content.issues.decoded"}} and {@code content.decoded.cache.hit.ratio}. Served content: {@code content.issues}, {@code content.problems},
 * {@code content.commit.age} (seconds since the served commit was made).
 */
public final class ContentMetrics {

    static final String CACHE_NAME = "content.issues.decoded";

    private final Timer succeeded;
    private final Timer failed;
    private final Timer fetched;
    private final Timer updated;
    private final Map<Reason, Counter> failures = new EnumMap<>(Reason.class);
    private final AtomicInteger consecutiveFailures = new AtomicInteger();

    public ContentMetrics(MeterRegistry registry, SnapshotHolder holder, SnapshotUpdater updater, DecodedIssues decoded,
            Clock clock) {
        this.succeeded = syncTimer(registry, "success");
        this.failed = syncTimer(registry, "failure");
        this.fetched = Timer.builder("content.sync.fetch")
                .description("Fetches that succeeded: the remote's answer, its packing and the transfer, whether or not"
                        + " the branch moved")
                .register(registry);
        this.updated = Timer.builder("content.sync.update")
                .description("New commits, from fetched to served: the diff, parsing, the index, the new snapshot")
                .register(registry);
        for (Reason reason : Reason.values()) {
            failures.put(reason, Counter.builder("content.sync.failures")
                    .description("Syncs that failed, by reason; the last good snapshot kept serving")
                    .tag("reason", reason.name())
                    .register(registry));
        }
        Gauge.builder("content.sync.consecutive.failures", consecutiveFailures, AtomicInteger::get)
                .description("Failed syncs in a row; 0 while syncing works")
                .register(registry);
        FunctionCounter.builder("content.parses", updater, SnapshotUpdater::parseCount)
                .description("Markdown files parsed; a one-file commit adds one")
                .register(registry);
        FunctionCounter.builder("content.history.commits", updater, SnapshotUpdater::historyCommitsWalked)
                .description("Commits walked to keep publishedAt and updatedAt current")
                .register(registry);
        CaffeineCacheMetrics.monitor(registry, decoded.caffeine(), CACHE_NAME);
        Gauge.builder("content.decoded.cache.hit.ratio", decoded, c -> c.caffeine().stats().hitRate())
                .description("Share of issue reads answered by the cache of decoded issues since start")
                .register(registry);
        Gauge.builder("content.issues", holder, h -> h.current().map(ContentSnapshot::issueCount).orElse(0))
                .description("Issues served")
                .register(registry);
        Gauge.builder("content.problems", holder, h -> h.current().map(s -> s.problems().size()).orElse(0))
                .description("Problems found in the served content")
                .register(registry);
        TimeGauge.builder("content.commit.age", holder, TimeUnit.SECONDS, h -> h.current()
                        .map(s -> Duration.between(s.committedAt(), clock.instant()).toMillis() / 1000.0)
                        .orElse(Double.NaN))
                .description("Time since the served commit was made")
                .register(registry);
    }

    void syncSucceeded(Duration took) {
        succeeded.record(took);
        consecutiveFailures.set(0);
    }

    void fetched(Duration took) {
        fetched.record(took);
    }

    void updated(Duration took) {
        updated.record(took);
    }

    void syncFailed(Duration took, Reason reason, int inARow) {
        failed.record(took);
        failures.get(reason).increment();
        consecutiveFailures.set(inARow);
    }

    private static Timer syncTimer(MeterRegistry registry, String outcome) {
        return Timer.builder("content.sync")
                .description("Syncs: fetch, and load and publish when the branch moved")
                .tag("outcome", outcome)
                .register(registry);
    }
}
