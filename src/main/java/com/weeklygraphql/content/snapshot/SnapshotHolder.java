package com.weeklygraphql.content.snapshot;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one place the served snapshot lives. Publishing is a single atomic swap: a reader gets the old
 * snapshot or the new one, never a mix, and never waits for a sync.
 */
public final class SnapshotHolder {

    private final AtomicReference<ContentSnapshot> current = new AtomicReference<>();

    /** The served snapshot, or empty before the first one is published. */
    public Optional<ContentSnapshot> current() {
        return Optional.ofNullable(current.get());
    }

    /** The served snapshot; for callers that run only once one is served (queries, after readiness). */
    public ContentSnapshot require() {
        ContentSnapshot snapshot = current.get();
        if (snapshot == null) {
            throw new IllegalStateException("no content has been loaded yet; wait for /actuator/health/readiness");
        }
        return snapshot;
    }

    /**
     * The served snapshot, kept readable until the caller {@linkplain ContentSnapshot#release() releases} it: for work
     * that may outlast a replaced snapshot's grace time (a long download). Empty before the first one.
     */
    public Optional<ContentSnapshot> acquire() {
        while (true) {
            ContentSnapshot snapshot = current.get();
            if (snapshot == null || snapshot.retain()) {
                return Optional.ofNullable(snapshot);
            }
            // Retired and closed between the read and the retain: a newer one is served by now.
        }
    }

    /** Publishes a snapshot and answers the one it replaced (null for the first). */
    public ContentSnapshot publish(ContentSnapshot snapshot) {
        return current.getAndSet(snapshot);
    }
}
