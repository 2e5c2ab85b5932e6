package com.weeklygraphql.content.sync;

import com.weeklygraphql.content.git.BranchHead;
import com.weeklygraphql.content.git.ContentRepository;
import com.weeklygraphql.content.git.GitSyncException;
import com.weeklygraphql.content.git.GitSyncException.Reason;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.SnapshotHolder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the served snapshot on the repository's head. One sync runs at a time on its own thread; requests
 * that arrive meanwhile coalesce into at most one more sync, which will see every push they announced.
 * A failed sync leaves the last good snapshot serving and backs polling off exponentially.
 */
public final class ContentSync implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ContentSync.class);

    private final ContentRepository repository;
    private final SnapshotLoader loader;
    private final SnapshotHolder holder;
    private final Clock clock;
    private final Duration interval;
    private final Duration maxBackoff;
    private final List<SnapshotListener> listeners = new CopyOnWriteArrayList<>();
    private final ThreadPoolExecutor worker;
    private final ScheduledExecutorService poller;
    private final Object syncLock = new Object();
    private volatile SyncStatus status = SyncStatus.initial();

    public ContentSync(ContentRepository repository, SnapshotLoader loader, SnapshotHolder holder, Clock clock,
            Duration interval, Duration maxBackoff) {
        this.repository = repository;
        this.loader = loader;
        this.holder = holder;
        this.clock = clock;
        this.interval = interval;
        this.maxBackoff = maxBackoff;
        // One thread, one waiting slot, the rest discarded: the waiting sync fetches whatever the discarded
        // requests announced, so nothing is lost and syncs never pile up.
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1),
                runnable -> daemon(runnable, "content-sync"), new ThreadPoolExecutor.DiscardPolicy());
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "content-poll"));
    }

    public void addListener(SnapshotListener listener) {
        listeners.add(listener);
    }

    public SyncStatus status() {
        return status;
    }

    /** How many files have been parsed since start. */
    public long parseCount() {
        return loader.parseCount();
    }

    /**
     * The first sync, on the caller's thread, before the service is ready. With no clone yet, any failure is
     * a configuration error and stops the start; with a clone from an earlier run, a failed fetch is reported
     * and the clone's last fetched commit is served.
     */
    public void start() {
        boolean freshClone = repository.isEmpty();
        try {
            synchronized (syncLock) {
                BranchHead head = fetchOrRecreate();
                publishIfNew(head);
                status = status.succeeded(clock.instant(), nextPoll());
            }
        } catch (GitSyncException e) {
            if (freshClone) {
                throw startupFailure(e);
            }
            log.warn("Fetching failed at start; serving the clone's last fetched commit: {}", e.getMessage());
            recordFailure(e);
            try {
                publishIfNew(repository.head());
            } catch (GitSyncException stale) {
                throw startupFailure(stale);
            }
        }
        if (interval != null && !interval.isZero() && !interval.isNegative()) {
            long millis = interval.toMillis();
            poller.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** Asks for a sync now (a webhook): returns at once; the sync runs on the sync thread. */
    public void requestSync() {
        worker.execute(this::syncNow);
    }

    /** Runs a sync on the caller's thread, waiting for one under way to finish first. */
    public SyncStatus syncNow() {
        synchronized (syncLock) {
            try {
                publishIfNew(fetchOrRecreate());
                status = status.succeeded(clock.instant(), nextPoll());
            } catch (GitSyncException e) {
                log.warn("Sync failed, still serving {}: {}", servedCommit(), e.getMessage());
                log.debug("Sync failure", e);
                recordFailure(e);
            } catch (RuntimeException e) {
                log.warn("Sync failed unexpectedly, still serving {}: {}", servedCommit(), e.toString());
                log.debug("Sync failure", e);
                status = status.failed(clock.instant(), "unexpected: " + e.getClass().getSimpleName(),
                        Reason.OTHER.name(), interval, maxBackoff);
            }
            return status;
        }
    }

    private void poll() {
        Instant next = status.nextAttempt();
        if (next == null || !clock.instant().isBefore(next)) {
            requestSync();
        }
    }

    private BranchHead fetchOrRecreate() {
        try {
            return repository.fetch();
        } catch (GitSyncException e) {
            if (e.reason() != Reason.CORRUPT_CLONE) {
                throw e;
            }
            log.warn("The clone at {} is corrupt ({}); moving it aside and cloning again", repository.gitDir(), e.getMessage());
            repository.recreate();
            return repository.fetch();
        }
    }

    private void publishIfNew(BranchHead head) {
        ContentSnapshot current = holder.current().orElse(null);
        if (current != null && current.commit().equals(head.commitName())) {
            return;
        }
        long started = System.nanoTime();
        ContentSnapshot next = loader.load(head);
        ContentSnapshot previous = holder.publish(next);
        log.info("Serving {} of {}: {} issues, {} problems ({} ms)", head.commitName(), head.branch(),
                next.issueCount(), next.problems().size(), (System.nanoTime() - started) / 1_000_000);
        for (SnapshotListener listener : listeners) {
            try {
                listener.published(previous, next);
            } catch (RuntimeException e) {
                log.warn("A snapshot listener failed: {}", e.toString());
            }
        }
    }

    private void recordFailure(GitSyncException e) {
        status = status.failed(clock.instant(), e.getMessage(), e.reason().name(), interval, maxBackoff);
    }

    private Instant nextPoll() {
        return interval == null || interval.isZero() ? null : clock.instant().plus(interval);
    }

    private String servedCommit() {
        return holder.current().map(ContentSnapshot::commit).orElse("nothing");
    }

    private static ContentStartupException startupFailure(GitSyncException e) {
        String property = switch (e.reason()) {
            case BRANCH_MISSING -> "content.repository.branch";
            case LOCAL_WRITE -> "content.data-dir";
            case AUTHENTICATION -> "content.repository.token";
            default -> "content.repository.uri";
        };
        return new ContentStartupException(property, e.getMessage(), e);
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() {
        poller.shutdownNow();
        worker.shutdownNow();
    }
}
