package com.weeklygraphql.content.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The bare clone under the data dir and its life cycle: opened when it is a usable clone of the configured remote,
 * otherwise moved aside (never deleted, so nothing is lost) and started afresh. It never packs itself: JGit's
 * automatic gc would run inside a fetch, so {@link CloneMaintenance} does it on a schedule of its own.
 */
final class LocalClone implements AutoCloseable {

    static final String REMOTE = "origin";
    static final String TRACKING_PREFIX = "refs/remotes/" + REMOTE + "/";
    static final RefSpec ALL_BRANCHES = new RefSpec("+refs/heads/*:" + TRACKING_PREFIX + "*");

    private static final Logger log = LoggerFactory.getLogger(LocalClone.class);
    /** Clones moved aside are kept for inspection, but only this many: a failing disk must not fill up with them. */
    private static final int BROKEN_CLONES_KEPT = 2;

    private final Path gitDir;
    private final RemoteAccess remote;
    private volatile Repository repository;

    private LocalClone(Path gitDir, RemoteAccess remote) {
        this.gitDir = gitDir;
        this.remote = remote;
    }

    static LocalClone open(Path gitDir, RemoteAccess remote) {
        LocalClone clone = new LocalClone(gitDir, remote);
        clone.repository = clone.openOrInit();
        return clone;
    }

    Path gitDir() {
        return gitDir;
    }

    /** The JGit repository; a new one after {@link #recreate()}. */
    Repository repository() {
        return repository;
    }

    /** True when no fetch has ever completed into this clone. */
    boolean isEmpty() {
        try {
            return repository.getRefDatabase().getRefsByPrefix(TRACKING_PREFIX).isEmpty();
        } catch (IOException e) {
            throw remote.translate("read the clone's refs", e);
        }
    }

    /** Whether the directory is still there: an operator may have cleaned the data dir under us. */
    boolean exists() {
        return Files.isDirectory(gitDir);
    }

    /**
     * Moves the clone aside and starts a new, empty one: the way out of a corrupt or half-written clone.
     * The next fetch fills it.
     */
    synchronized void recreate() {
        repository.close();
        if (Files.exists(gitDir)) {
            try {
                moveAside("it was unusable");
            } catch (GitSyncException e) {
                repository = reopen();
                throw e;
            }
        }
        repository = initClone();
    }

    @Override
    public void close() {
        repository.close();
    }

    private Repository openOrInit() {
        createDirectories(gitDir.getParent());
        if (!Files.exists(gitDir)) {
            return initClone();
        }
        try {
            Repository existing = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build();
            String storedUrl = existing.getConfig().getString("remote", REMOTE, "url");
            if (!existing.getObjectDatabase().exists() || !sameRemote(remote.url(), storedUrl)) {
                existing.close();
                moveAside(storedUrl == null ? "it is not a clone" : "it is a clone of another repository");
                return initClone();
            }
            clearStaleLocks();
            StoredConfig config = existing.getConfig();
            if (config.getInt("gc", null, "auto", -1) != 0) {
                neverGcByItself(config);
                config.save();
            }
            log.info("Reusing the clone at {}", gitDir);
            return existing;
        } catch (RepositoryNotFoundException | IllegalArgumentException e) {
            moveAside("it could not be opened (" + e.getMessage() + ")");
            return initClone();
        } catch (IOException e) {
            throw remote.translate("open the clone at " + gitDir, e);
        }
    }

    private Repository reopen() {
        try {
            return new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build();
        } catch (IOException e) {
            throw remote.translate("reopen the clone at " + gitDir, e);
        }
    }

    private Repository initClone() {
        try {
            Repository created = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setBare().build();
            created.create(true);
            StoredConfig config = created.getConfig();
            config.setString("remote", REMOTE, "url", remote.url());
            config.setString("remote", REMOTE, "fetch", ALL_BRANCHES.toString());
            neverGcByItself(config);
            config.save();
            log.info("Created a new clone of {} at {}", remote.displayUri(), gitDir);
            return created;
        } catch (IOException | IllegalStateException e) {
            throw remote.translate("create a clone at " + gitDir, e);
        }
    }

    // JGit packs a clone after a fetch when it holds too many loose objects or packs: inside the fetch, so inside
    // a sync, delaying every update behind it. Packing is scheduled separately instead.
    private static void neverGcByItself(StoredConfig config) {
        config.setInt("gc", null, "auto", 0);
        config.setInt("gc", null, "autoPackLimit", 0);
        config.setBoolean("gc", null, "autoDetach", false);
    }

    private void moveAside(String why) {
        Path aside = gitDir.resolveSibling(gitDir.getFileName() + ".broken-" + System.currentTimeMillis());
        try {
            Files.move(gitDir, aside);
            log.warn("Moved the clone at {} aside to {} because {}; cloning afresh", gitDir, aside, why);
        } catch (IOException e) {
            throw remote.translate("move the unusable clone at " + gitDir + " aside", e);
        }
        pruneBrokenClones();
    }

    private void pruneBrokenClones() {
        String prefix = gitDir.getFileName() + ".broken-";
        try (Stream<Path> siblings = Files.list(gitDir.getParent())) {
            List<Path> broken = siblings.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
            for (Path old : broken.subList(Math.min(BROKEN_CLONES_KEPT, broken.size()), broken.size())) {
                log.info("Deleting the old broken clone {}", old);
                FileSystemUtils.deleteRecursively(old);
            }
        } catch (IOException e) {
            log.warn("Could not delete old broken clones next to {}: {}", gitDir, e.toString());
        }
    }

    // A crash mid-write leaves *.lock files that make every later ref update fail; this process is the
    // only writer of its data dir, so any lock present at open is stale.
    private void clearStaleLocks() throws IOException {
        try (Stream<Path> files = Files.walk(gitDir, 6)) {
            for (Path lock : files.filter(p -> p.getFileName().toString().endsWith(".lock")).toList()) {
                log.warn("Removing stale lock file {}", lock);
                Files.deleteIfExists(lock);
            }
        }
    }

    // "https://host/repo.git" and "https://host/repo.git/" name one repository: no reason to clone it again.
    private static boolean sameRemote(String configured, String stored) {
        return stored != null && strip(configured).equals(strip(stored));
    }

    private static String strip(String url) {
        String stripped = url.strip();
        while (stripped.endsWith("/") && stripped.length() > 1) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new GitSyncException(GitSyncException.Reason.LOCAL_WRITE, "cannot create the data dir " + dir + ": " + e, e);
        }
    }
}
