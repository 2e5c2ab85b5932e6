package com.weeklygraphql.content.sync;

import com.weeklygraphql.content.snapshot.ContentSnapshot;

/** Told after a new snapshot is published (live updates, metrics). Must not block. */
@FunctionalInterface
public interface SnapshotListener {

    /**
     * @param previous the snapshot replaced, or null for the first one
     */
    void published(ContentSnapshot previous, ContentSnapshot current);
}
