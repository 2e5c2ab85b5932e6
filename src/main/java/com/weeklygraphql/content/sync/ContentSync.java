package com.weeklygraphql.content.sync;

import com.weeklygraphql.content.git.BranchHead;
import com.weeklygraphql.content.git.CloneMaintenance;
import com.weeklygraphql.content.git.ContentRepository;
import com.weeklygraphql.content.git.GitSyncException;
import com.weeklygraphql.content.git.GitSyncException.Reason;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.SnapshotChange;
import com.weeklygraphql.content.snapshot.SnapshotHolder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the served snapshot on the repository's head. One sync runs at a time on its own thread; requests
 * that arrive meanwhile coalesce into at most one more sync, which will see every push they announced.
 * A failed sync leaves the last good snapshot serving and is retried by itself, backing off exponentially;
 * a corrupt clone is moved aside and cloned again within the same sync.
 */
public final class ContentSync implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ContentSync.class);
    /** How long a replaced snapshot stays open for requests that still read it: longer than any query may run. */
    static final Duration RETIREMENT = Duration.ofSeconds(60);
    /** How long closing waits for a sync under way. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final ContentRepository repository;
    private final SnapshotUpdater updater;
    private final SnapshotHolder holder;
    private final ContentMetrics metrics;
    private final Clock clock;
    private final Duration interval;
    private final Duration maxBackoff;
    private final List<SnapshotListener> listeners = new CopyOnWriteArrayList<>();
    private final ThreadPoolExecutor worker;
    private final ScheduledExecutorService scheduler;
    private final ThreadPoolExecutor maintenance;
    private final AtomicInteger pending = new AtomicInteger();
    private final Object syncLock = new Object();
    private ScheduledFuture<?> nextRun; // guarded by syncLock
    private volatile boolean closed;
    private volatile SyncStatus status = SyncStatus.initial();
    private final java.util.concurrent.CompletableFuture<Void> started = new java.util.concurrent.CompletableFuture<>();

    /**
     * @param interval how often to poll; zero or negative: no polling, but failed syncs are still retried
     * @param maxBackoff the longest wait before retrying after repeated failures
     */
    public ContentSync(ContentRepository repository, SnapshotUpdater updater, SnapshotHolder holder, ContentMetrics metrics,
            Clock clock, Duration interval, Duration maxBackoff) {
        this.repository = repository;
        this.updater = updater;
        this.holder = holder;
        this.metrics = metrics;
        this.clock = clock;
        this.interval = interval == null || interval.isNegative() ? Duration.ZERO : interval;
        this.maxBackoff = maxBackoff;
        // One thread, one waiting slot, the rest discarded: the waiting sync fetches whatever the discarded
        // requests announced, so nothing is lost and syncs never pile up.
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1),
                runnable -> daemon(runnable, "content-sync"), (runnable, executor) -> pending.decrementAndGet());
        this.worker.prestartCoreThread();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "content-poll"));
        this.maintenance = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1),
                runnable -> daemon(runnable, "content-gc"), new ThreadPoolExecutor.DiscardPolicy());
    }

    public void addListener(SnapshotListener listener) {
        listeners.add(listener);
    }

    public SyncStatus status() {
        return status;
    }

    /**
     * The first snapshot, on the caller's thread, before the service is ready. With a clone and a content index
     * from an earlier run, the index's commit is served at once, without parsing, and a fetch follows on the sync
     * thread. Otherwise the first sync runs here: with no clone yet, any failure is a configuration error and
     * stops the start; with a clone from an earlier run, a failed fetch is reported and the clone's last fetched
     * commit is served. A fresh clone beside an index of one of its commits (the embedded sample's packed index)
     * serves that index once fetched, moved on to the head like any sync.
     */
    public void start() {
        synchronized (syncLock) {
            boolean freshClone = isFreshClone();
            if (!freshClone && restore()) {
                scheduleNext();
                requestSync();
                return;
            }
            long started = System.nanoTime();
            try {
                BranchHead head = fetch();
                if (freshClone) {
                    restore();
                }
                publishIfNew(head);
                succeeded(started);
                if (updater.compactionDue()) {
                    requestSync();
                }
            } catch (GitSyncException e) {
                failed(started, e);
                if (freshClone) {
                    throw startupFailure(e);
                }
                log.warn("Fetching failed at start; serving the clone's last fetched commit: {}", e.getMessage());
                try {
                    publishIfNew(repository.remote().head());
                } catch (GitSyncException stale) {
                    throw startupFailure(e);
                }
            }
            scheduleNext();
        }
    }

    /**
     * Runs {@link #start()} on a thread of its own, so that the content loads while the rest of the service starts;
     * {@link #awaitStart()} waits for it and fails the start the way {@code start()} would.
     */
    public void startInBackground() {
        Thread thread = new Thread(() -> {
            try {
                start();
                started.complete(null);
            } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
            }
        }, "content-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for the start begun by {@link #startInBackground()}; throws what it threw. */
    public void awaitStart() {
        try {
            started.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Asks for a sync now (a webhook, a poll): returns at once; the sync runs on the sync thread. */
    public void requestSync() {
        pending.incrementAndGet();
        worker.execute(() -> {
            try {
                syncNow();
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    /** Runs a sync on the caller's thread, waiting for one under way to finish first. */
    public SyncStatus syncNow() {
        synchronized (syncLock) {
            long started = System.nanoTime();
            try {
                fetchAndPublish();
                succeeded(started);
            } catch (GitSyncException e) {
                log.warn("Sync failed ({}), still serving {}: {}", e.reason(), servedCommit(), e.getMessage());
                log.debug("Sync failure", e);
                failed(started, e);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // Never thrown by design; if it happens anyway, the last good snapshot serves and we retry later.
                log.warn("Sync failed unexpectedly, still serving {}: {}", servedCommit(), e.getClass().getName());
                log.debug("Sync failure", e);
                failed(started, new GitSyncException(Reason.OTHER, "unexpected: " + e.getClass().getSimpleName(), null));
            } finally {
                compactIfDue();
                scheduleNext();
            }
            return status;
        }
    }

    /** True when no sync runs or waits to run. */
    boolean idle() {
        return pending.get() == 0;
    }

    private boolean isFreshClone() {
        try {
            return repository.isEmpty();
        } catch (GitSyncException e) {
            // Refs that cannot be read: the clone is as good as absent and will be cloned again.
            return true;
        }
    }

    // A corrupt clone shows itself at fetch or while reading the new commit: either way it is moved aside,
    // cloned again, and this sync goes on from the new clone.
    private void fetchAndPublish() {
        publishIfNew(fetch());
    }

    private BranchHead fetch() {
        try {
            return timedFetch();
        } catch (GitSyncException e) {
            if (e.reason() != Reason.CORRUPT_CLONE) {
                throw e;
            }
            log.warn("The clone at {} is corrupt ({}); moving it aside and cloning again", repository.gitDir(),
                    e.getMessage());
            repository.recreate();
            return timedFetch();
        }
    }

    private BranchHead timedFetch() {
        long started = System.nanoTime();
        BranchHead head = repository.remote().fetch();
        metrics.fetched(Duration.ofNanos(System.nanoTime() - started));
        return head;
    }

    // What the index committed last, served as it is: a restart is ready without parsing anything.
    private boolean restore() {
        long started = System.nanoTime();
        try {
            BranchHead head = repository.remote().head();
            Optional<ContentSnapshot> restored = updater.restore(head.branch());
            if (restored.isEmpty()) {
                return false;
            }
            ContentSnapshot snapshot = restored.get();
            holder.publish(snapshot);
            log.info("Serving {} of {} from the content index: {} issues, {} problems ({} ms); fetching next",
                    snapshot.commit(), snapshot.branch(), snapshot.issueCount(), snapshot.problems().size(),
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not serve the content index of the last run, building it again: {}", e.toString());
            updater.discardUncommitted();
            return false;
        }
    }

    private void publishIfNew(BranchHead head) {
        ContentSnapshot current = holder.current().orElse(null);
        if (current != null && current.commit().equals(head.commitName())) {
            return;
        }
        long started = System.nanoTime();
        SnapshotChange change;
        try {
            change = updater.update(head, current);
        } catch (RuntimeException e) {
            // Half-applied changes must not become the base of the next sync: back to the last commit.
            updater.discardUncommitted();
            throw e;
        }
        ContentSnapshot next = change.current();
        ContentSnapshot previous = holder.publish(next);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        metrics.updated(took);
        log.info("Serving {} of {}: {} issues, {} problems ({} ms)", head.commitName(), head.branch(),
                next.issueCount(), next.problems().size(), took.toMillis());
        for (SnapshotListener listener : listeners) {
            try {
                listener.published(previous, change);
            } catch (RuntimeException e) {
                log.warn("A snapshot listener failed: {}", e.toString());
            }
        }
        updater.commit(next);
        retire(previous);
        packIfNeeded();
    }

    // After a build from scratch (or the restore of a fragmented index): the same commit served again from fewer
    // segments, at the end of the sync that built it, or of the one the start asks for once it is ready, so it never
    // delays readiness. A failure keeps the snapshot served; the next sync tries again.
    private void compactIfDue() {
        ContentSnapshot served = holder.current().orElse(null);
        if (served == null || !updater.compactionDue()) {
            return;
        }
        long started = System.nanoTime();
        try {
            ContentSnapshot compacted = updater.compacted(served);
            retire(holder.publish(compacted));
            log.info("Serving {} from the content index merged into {} segments ({} ms)", compacted.commit(),
                    compacted.index().searcher().getIndexReader().leaves().size(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Could not merge the content index's segments: {}", e.toString());
        }
    }

    // A replaced snapshot stays readable for requests that started on it; its files close once the last one ends.
    private void retire(ContentSnapshot previous) {
        if (previous == null) {
            return;
        }
        try {
            scheduler.schedule(previous::release, RETIREMENT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            previous.release();
        }
    }

    // Packing takes seconds on a big clone: on its own thread, never inside a sync.
    private void packIfNeeded() {
        CloneMaintenance clone = repository.maintenance();
        if (maintenance.getActiveCount() == 0 && clone.needed()) {
            maintenance.execute(clone::pack);
        }
    }

    private void succeeded(long startedNanos) {
        status = status.succeeded(clock.instant(), interval.isZero() ? null : clock.instant().plus(interval));
        metrics.syncSucceeded(Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    private void failed(long startedNanos, GitSyncException e) {
        status = status.failed(clock.instant(), e.getMessage(), e.reason().name(), interval, maxBackoff);
        metrics.syncFailed(Duration.ofNanos(System.nanoTime() - startedNanos), e.reason(), status.consecutiveFailures());
    }

    // One timer, re-armed after every sync for the attempt the status announces: the next poll, or the next
    // retry after a failure (also when polling is off, so that every fault heals by itself once it ends).
    private void scheduleNext() {
        if (nextRun != null) {
            nextRun.cancel(false);
            nextRun = null;
        }
        Instant next = status.nextAttempt();
        if (next == null || closed) {
            return;
        }
        long delay = Math.max(0, Duration.between(clock.instant(), next).toMillis());
        try {
            nextRun = scheduler.schedule(this::requestSync, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
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
        closed = true;
        scheduler.shutdownNow();
        worker.shutdownNow();
        maintenance.shutdownNow();
        // A sync or a pack under way finishes what it writes before the clone and the index are closed.
        try {
            worker.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            maintenance.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
