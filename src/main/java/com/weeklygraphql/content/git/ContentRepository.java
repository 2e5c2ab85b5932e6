package com.weeklygraphql.content.git;

import com.weeklygraphql.content.git.GitSyncException.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.eclipse.jgit.api.FetchCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bare clone of the content repository under the data dir. Fetches from the remote into remote-tracking
 * refs and reads files straight from commit trees, so there is never a working tree to keep consistent.
 * Not for concurrent fetches: the sync layer runs one at a time. Reads are safe from any thread.
 */
public final class ContentRepository implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ContentRepository.class);
    private static final String REMOTE = "origin";
    private static final String TRACKING_PREFIX = Constants.R_REMOTES + REMOTE + "/";
    private static final RefSpec ALL_BRANCHES = new RefSpec("+refs/heads/*:" + TRACKING_PREFIX + "*");

    private final RemoteSettings settings;
    private final Path gitDir;
    private final SshKeys sshKeys;
    private volatile Repository repository;

    private ContentRepository(RemoteSettings settings, Path gitDir) {
        this.settings = settings;
        this.gitDir = gitDir;
        this.sshKeys = new SshKeys(settings.sshKey());
    }

    /**
     * Opens the clone at {@code gitDir}, or makes a new one when there is none or the one there is unusable
     * (moved aside, never deleted, so nothing is lost). Does not fetch.
     */
    public static ContentRepository open(RemoteSettings settings, Path gitDir) {
        ContentRepository content = new ContentRepository(settings, gitDir);
        content.repository = content.openOrInit();
        return content;
    }

    /** Where the clone lives. */
    public Path gitDir() {
        return gitDir;
    }

    /** True when no fetch has ever completed into this clone. */
    public boolean isEmpty() {
        try {
            return repository.getRefDatabase().getRefsByPrefix(TRACKING_PREFIX).isEmpty();
        } catch (IOException e) {
            throw translate("read the clone's refs", e);
        }
    }

    /** Fetches every branch and answers the served branch's new head. */
    public BranchHead fetch() {
        FetchResult result;
        try (Git git = Git.wrap(repository)) {
            FetchCommand fetch = git.fetch()
                    .setRemote(REMOTE)
                    .setRefSpecs(ALL_BRANCHES)
                    .setRemoveDeletedRefs(true)
                    .setTimeout((int) Math.max(1, settings.timeout().toSeconds()));
            configureCredentials(fetch);
            result = fetch.call();
        } catch (GitAPIException | RuntimeException e) {
            throw translate("fetch " + displayUri(), e);
        }
        rememberDefaultBranch(result);
        return head();
    }

    /** The served branch's head as last fetched, without asking the remote. */
    public BranchHead head() {
        String branch = servedBranch();
        try {
            Ref ref = repository.exactRef(TRACKING_PREFIX + branch);
            if (ref == null || ref.getObjectId() == null) {
                throw new GitSyncException(Reason.BRANCH_MISSING, "branch '" + branch + "' does not exist in "
                        + displayUri() + branchChoices(), null);
            }
            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit commit = walk.parseCommit(ref.getObjectId());
                return new BranchHead(branch, commit.copy(), Instant.ofEpochSecond(commit.getCommitTime()));
            }
        } catch (IOException e) {
            throw translate("read branch '" + branch + "'", e);
        }
    }

    /** Every regular file and symbolic link in the commit's tree whose path passes the filter. */
    public List<TreeFile> listFiles(ObjectId commit, Predicate<String> pathFilter) {
        List<TreeFile> files = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(commit).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                FileMode mode = tree.getFileMode(0);
                boolean symlink = mode == FileMode.SYMLINK;
                boolean file = mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
                if ((file || symlink) && pathFilter.test(tree.getPathString())) {
                    files.add(new TreeFile(tree.getPathString(), tree.getObjectId(0), symlink));
                }
            }
        } catch (IOException e) {
            throw translate("read the tree of " + commit.name(), e);
        }
        return files;
    }

    /** The paths whose content differs between two commits (added, changed or removed). */
    public List<String> changedPaths(ObjectId from, ObjectId to) {
        List<String> paths = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(from).getTree());
            tree.addTree(walk.parseCommit(to).getTree());
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            while (tree.next()) {
                paths.add(tree.getPathString());
            }
        } catch (IOException e) {
            throw translate("diff " + from.name() + " and " + to.name(), e);
        }
        return paths;
    }

    /** The size of a blob in bytes, without loading it. */
    public long size(ObjectId blobId) {
        try {
            return repository.getObjectDatabase().newReader().getObjectSize(blobId, Constants.OBJ_BLOB);
        } catch (IOException e) {
            throw translate("read blob " + blobId.name(), e);
        }
    }

    /** A blob's bytes; callers check {@link #size} first so that a huge file is never loaded. */
    public byte[] read(ObjectId blobId) {
        try {
            ObjectLoader loader = repository.open(blobId, Constants.OBJ_BLOB);
            return loader.getCachedBytes(Integer.MAX_VALUE - 8);
        } catch (IOException e) {
            throw translate("read blob " + blobId.name(), e);
        }
    }

    /**
     * Moves the clone aside and starts a new, empty one: the way out of a corrupt or half-written clone.
     * The next {@link #fetch} fills it.
     */
    public synchronized void recreate() {
        repository.close();
        moveAside("it was unusable");
        repository = initClone();
    }

    /** The JGit repository, for the few readers (history, tests) that need more than this class offers. */
    public Repository jgit() {
        return repository;
    }

    @Override
    public void close() {
        repository.close();
        sshKeys.close();
    }

    private Repository openOrInit() {
        createDirectories(gitDir.getParent());
        if (!Files.exists(gitDir)) {
            return initClone();
        }
        try {
            Repository existing = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build();
            String remoteUrl = existing.getConfig().getString("remote", REMOTE, "url");
            if (!existing.getObjectDatabase().exists() || !settings.uri().equals(remoteUrl)) {
                existing.close();
                moveAside(remoteUrl == null ? "it is not a clone" : "it is a clone of another repository");
                return initClone();
            }
            clearStaleLocks();
            log.info("Reusing the clone at {}", gitDir);
            return existing;
        } catch (RepositoryNotFoundException | IllegalArgumentException e) {
            moveAside("it could not be opened (" + e.getMessage() + ")");
            return initClone();
        } catch (IOException e) {
            throw translate("open the clone at " + gitDir, e);
        }
    }

    private Repository initClone() {
        try {
            Repository created = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setBare().build();
            created.create(true);
            StoredConfig config = created.getConfig();
            config.setString("remote", REMOTE, "url", settings.uri());
            config.setString("remote", REMOTE, "fetch", ALL_BRANCHES.toString());
            config.save();
            log.info("Created a new clone of {} at {}", displayUri(), gitDir);
            return created;
        } catch (IOException | IllegalStateException e) {
            throw translate("create a clone at " + gitDir, e);
        }
    }

    private void moveAside(String why) {
        Path aside = gitDir.resolveSibling(gitDir.getFileName() + ".broken-" + System.currentTimeMillis());
        try {
            Files.move(gitDir, aside);
            log.warn("Moved the clone at {} aside to {} because {}; cloning afresh", gitDir, aside, why);
        } catch (IOException e) {
            throw translate("move the unusable clone at " + gitDir + " aside", e);
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

    private void rememberDefaultBranch(FetchResult result) {
        Ref advertisedHead = result.getAdvertisedRef(Constants.HEAD);
        if (advertisedHead == null || !advertisedHead.isSymbolic()) {
            return;
        }
        String target = advertisedHead.getTarget().getName();
        if (!target.startsWith(Constants.R_HEADS)) {
            return;
        }
        try {
            RefUpdate update = repository.updateRef(TRACKING_PREFIX + Constants.HEAD);
            update.link(TRACKING_PREFIX + target.substring(Constants.R_HEADS.length()));
        } catch (IOException e) {
            throw translate("record the remote's default branch", e);
        }
    }

    private String servedBranch() {
        if (settings.branch() != null && !settings.branch().isBlank()) {
            return settings.branch();
        }
        try {
            Ref head = repository.exactRef(TRACKING_PREFIX + Constants.HEAD);
            if (head != null && head.isSymbolic()) {
                return head.getTarget().getName().substring(TRACKING_PREFIX.length());
            }
            // A remote that advertises no HEAD (some servers, an empty bare repo): the conventional names.
            for (String conventional : List.of("main", "master")) {
                if (repository.exactRef(TRACKING_PREFIX + conventional) != null) {
                    return conventional;
                }
            }
            List<Ref> branches = repository.getRefDatabase().getRefsByPrefix(TRACKING_PREFIX);
            if (branches.size() == 1) {
                return branches.get(0).getName().substring(TRACKING_PREFIX.length());
            }
        } catch (IOException e) {
            throw translate("read the remote's default branch", e);
        }
        throw new GitSyncException(Reason.BRANCH_MISSING, displayUri() + " names no default branch" + branchChoices()
                + "; set content.repository.branch", null);
    }

    private String branchChoices() {
        try {
            List<String> names = repository.getRefDatabase().getRefsByPrefix(TRACKING_PREFIX).stream()
                    .map(ref -> ref.getName().substring(TRACKING_PREFIX.length()))
                    .filter(name -> !name.equals(Constants.HEAD))
                    .sorted()
                    .toList();
            return names.isEmpty() ? "" : " (branches there: " + String.join(", ", names) + ")";
        } catch (IOException e) {
            return "";
        }
    }

    private void configureCredentials(FetchCommand fetch) {
        if (settings.token() != null && !settings.token().isBlank()) {
            fetch.setCredentialsProvider(new UsernamePasswordCredentialsProvider(settings.username(), settings.token()));
        }
        sshKeys.configure(fetch);
    }

    private String displayUri() {
        return SecretScrubber.scrubUserInfo(settings.uri());
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new GitSyncException(Reason.LOCAL_WRITE, "cannot create the data dir " + dir + ": " + e, e);
        }
    }

    private GitSyncException translate(String action, Exception e) {
        Reason reason = classify(e);
        String detail = SecretScrubber.scrub(String.valueOf(rootMessage(e)), settings.token());
        return new GitSyncException(reason, "could not " + action + ": " + detail, e);
    }

    private static Reason classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("not authorized") || message.contains("authentication")
                    || message.contains("401") || message.contains("403")) {
                return Reason.AUTHENTICATION;
            }
            if (t instanceof AccessDeniedException || message.contains("no space left")
                    || message.contains("read-only file system") || message.contains("permission denied")) {
                return Reason.LOCAL_WRITE;
            }
            if (t instanceof MissingObjectException || t instanceof CorruptObjectException
                    || message.contains("corrupt") || message.contains("missing unknown")
                    || message.contains("short compressed stream") || message.contains("invalid pack")) {
                return Reason.CORRUPT_CLONE;
            }
            if (t instanceof NoRemoteRepositoryException || t instanceof InvalidRemoteException
                    || t instanceof TransportException || t instanceof org.eclipse.jgit.errors.TransportException) {
                return Reason.UNREACHABLE;
            }
            if (t instanceof FileSystemException || t instanceof UncheckedIOException) {
                return Reason.LOCAL_WRITE;
            }
        }
        return Reason.OTHER;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            if (root.getMessage() != null && !message.toString().contains(root.getMessage())) {
                message.append(": ").append(root.getMessage());
            }
        }
        return message.toString();
    }
}
