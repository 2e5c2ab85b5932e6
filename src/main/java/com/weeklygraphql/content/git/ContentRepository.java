package com.weeklygraphql.content.git;

import java.nio.file.Path;

/**
 * The content repository as the service holds it: a bare clone under the data dir ({@link LocalClone}), the way
 * it is fetched ({@link RemoteFetch}), and the reads of its commits ({@link CommitReader}), sharing the remote's
 * settings and secrets ({@link RemoteAccess}). The only code that touches JGit is in this package.
 */
public final class ContentRepository implements AutoCloseable {

    private final RemoteAccess remote;
    private final LocalClone clone;
    private final RemoteFetch fetch;
    private final CommitReader commits;

    private ContentRepository(RemoteAccess remote, LocalClone clone) {
        this.remote = remote;
        this.clone = clone;
        this.fetch = new RemoteFetch(clone, remote);
        this.commits = new CommitReader(clone, remote);
    }

    /**
     * Opens the clone at {@code gitDir}, or makes a new one when there is none or the one there is unusable
     * (moved aside, never deleted, so nothing is lost). Does not fetch.
     */
    public static ContentRepository open(RemoteSettings settings, Path gitDir) {
        RemoteAccess remote = new RemoteAccess(settings);
        return new ContentRepository(remote, LocalClone.open(gitDir, remote));
    }

    /** Fetching, and the served branch's head. */
    public RemoteFetch remote() {
        return fetch;
    }

    /** Reading commits, trees and blobs. */
    public CommitReader commits() {
        return commits;
    }

    /** Packing the clone, off the sync path. */
    public CloneMaintenance maintenance() {
        return new CloneMaintenance(clone, remote);
    }

    /** Where the clone lives. */
    public Path gitDir() {
        return clone.gitDir();
    }

    /** True when no fetch has ever completed into this clone. */
    public boolean isEmpty() {
        return clone.isEmpty();
    }

    /** Moves a corrupt or half-written clone aside and starts an empty one, which the next fetch fills. */
    public void recreate() {
        clone.recreate();
    }

    @Override
    public void close() {
        clone.close();
        remote.close();
    }
}
