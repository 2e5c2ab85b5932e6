package com.weeklygraphql.content.git;

import java.util.Properties;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Packs the clone when fetches have left it many packs or loose objects, the way {@code git gc --auto} would, but
 * on a thread of its own and never inside a sync. JGit's gc is safe alongside readers and a concurrent fetch: it
 * writes new packs beside the old ones and deletes only what it packed.
 */
public final class CloneMaintenance {

    /** Packs after this many fetches' worth of packs, as git's {@code gc.autoPackLimit} does by default. */
    static final int PACK_LIMIT = 50;
    /** Or after this many loose objects, as git's {@code gc.auto} does by default. */
    static final int LOOSE_OBJECT_LIMIT = 6700;

    private static final Logger log = LoggerFactory.getLogger(CloneMaintenance.class);

    private final LocalClone clone;
    private final RemoteAccess remote;

    CloneMaintenance(LocalClone clone, RemoteAccess remote) {
        this.clone = clone;
        this.remote = remote;
    }

    /** True when the clone holds enough packs or loose objects to be worth packing. */
    public boolean needed() {
        try (Git git = Git.wrap(clone.repository())) {
            Properties stats = git.gc().getStatistics();
            return number(stats, "numberOfPackFiles") > PACK_LIMIT || number(stats, "numberOfLooseObjects") > LOOSE_OBJECT_LIMIT;
        } catch (GitAPIException | RuntimeException e) {
            log.warn("Could not read the clone's pack statistics: {}", e.getMessage());
            return false;
        }
    }

    /** Packs the clone; failures are logged, never thrown: an unpacked clone still serves. */
    public void pack() {
        if (!(clone.repository() instanceof FileRepository)) {
            return;
        }
        long started = System.nanoTime();
        try (Git git = Git.wrap(clone.repository())) {
            git.gc().setAggressive(false).call();
            log.info("Packed the clone at {} ({} ms)", clone.gitDir(), (System.nanoTime() - started) / 1_000_000);
        } catch (GitAPIException | RuntimeException e) {
            log.warn("Packing the clone failed, it serves unpacked: {}", remote.translate("pack the clone", e).getMessage());
        }
    }

    private static long number(Properties stats, String key) {
        Object value = stats.get(key);
        return value instanceof Number n ? n.longValue() : 0;
    }
}
