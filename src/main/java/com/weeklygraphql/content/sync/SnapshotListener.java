package com.weeklygraphql.content.sync;

import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.SnapshotChange;

/** Told after a new snapshot is published (live updates, metrics). Must not block. */
@FunctionalInterface
public interface SnapshotListener {

    /**
     * @param previous the snapshot replaced, or null for the first one
     * @param change what the new snapshot ({@code change.current()}) changed
     */
    void published(ContentSnapshot previous, SnapshotChange change);
}
