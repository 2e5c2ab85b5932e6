package com.weeklygraphql.content.git;

import com.weeklygraphql.content.git.GitSyncException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.eclipse.jgit.api.FetchCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TrackingRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
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

    /** Clones moved aside are kept for inspection, but only this many: a failing disk must not fill up with them. */
    private static final int BROKEN_CLONES_KEPT = 2;

    private final RemoteSettings settings;
    private final Path gitDir;
    private final SshKeys sshKeys;
    private final String remoteUrl;
    private final UsernamePasswordCredentialsProvider credentials;
    private final String[] secrets;
    private volatile Repository repository;

    private ContentRepository(RemoteSettings settings, Path gitDir) {
        this.settings = settings;
        this.gitDir = gitDir;
        this.sshKeys = new SshKeys(settings.sshKey());
        URIish withPassword = passwordIn(settings.uri());
        // A password in the URL is used like a token, but never stored: the clone's config file keeps the URL
        // without it, so the secret is not written to disk.
        this.remoteUrl = withPassword == null ? settings.uri() : withPassword.setPass(null).toPrivateString();
        if (settings.token() != null && !settings.token().isBlank()) {
            this.credentials = new UsernamePasswordCredentialsProvider(settings.username(), settings.token());
        } else if (withPassword != null) {
            this.credentials = new UsernamePasswordCredentialsProvider(
                    withPassword.getUser() == null ? settings.username() : withPassword.getUser(), withPassword.getPass());
        } else {
            this.credentials = null;
        }
        this.secrets = new String[] {settings.token(), withPassword == null ? null : withPassword.getPass()};
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
        if (!Files.isDirectory(gitDir)) {
            // Deleted under us (an operator cleaning the data dir), or left missing by a recreate that could not
            // finish: clone afresh.
            log.warn("The clone at {} is gone; cloning again", gitDir);
            recreate();
        }
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
        checkRefUpdates(result);
        rememberDefaultBranch(result);
        return head();
    }

    // JGit answers a fetch whose objects arrived but whose refs could not be written (a lock file it could not
    // create, a full disk) normally and only marks the ref updates as failed: that is a failed fetch too.
    private void checkRefUpdates(FetchResult result) {
        for (TrackingRefUpdate update : result.getTrackingRefUpdates()) {
            switch (update.getResult()) {
                case LOCK_FAILURE, IO_FAILURE, REJECTED_OTHER_REASON -> throw new GitSyncException(Reason.LOCAL_WRITE,
                        "could not fetch " + displayUri() + ": could not write " + update.getLocalName() + " in "
                                + gitDir + " (" + update.getResult() + "); is the data dir full or unwritable?", null);
                case REJECTED, REJECTED_CURRENT_BRANCH, REJECTED_MISSING_OBJECT -> throw new GitSyncException(Reason.OTHER,
                        "could not fetch " + displayUri() + ": the update of " + update.getLocalName() + " was refused ("
                                + update.getResult() + ")", null);
                default -> {
                    // NEW, FORCED, FAST_FORWARD, NO_CHANGE, NOT_ATTEMPTED, RENAMED: written
                }
            }
        }
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

    /**
     * The commits reachable from {@code head} but not from {@code since} (all of them when {@code since} is null),
     * oldest first, each with the paths it changed against its first parent (every path for a root commit),
     * filtered. Walks only the new commits: the cost follows the size of the push, not of the history.
     */
    public List<CommitChanges> commitsSince(ObjectId since, ObjectId head, Predicate<String> pathFilter) {
        List<CommitChanges> commits = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(head));
            if (since != null) {
                walk.markUninteresting(walk.parseCommit(since));
            }
            walk.sort(RevSort.TOPO, true);
            walk.sort(RevSort.REVERSE, true);
            for (RevCommit commit : walk) {
                commits.add(new CommitChanges(commit.copy(), commit.getAuthorIdent().getWhenAsInstant(),
                        pathsChangedBy(walk, commit, pathFilter)));
            }
        } catch (IOException e) {
            throw translate("walk the history of " + head.name(), e);
        }
        return commits;
    }

    /** True when {@code ancestor} is {@code descendant} or one of its ancestors; false when either is unknown here. */
    public boolean isAncestor(ObjectId ancestor, ObjectId descendant) {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.isMergedInto(walk.parseCommit(ancestor), walk.parseCommit(descendant));
        } catch (MissingObjectException e) {
            return false;
        } catch (IOException e) {
            throw translate("compare " + ancestor.name() + " with " + descendant.name(), e);
        }
    }

    private List<String> pathsChangedBy(RevWalk walk, RevCommit commit, Predicate<String> pathFilter) throws IOException {
        List<String> paths = new ArrayList<>();
        try (TreeWalk tree = new TreeWalk(repository)) {
            if (commit.getParentCount() == 0) {
                tree.addTree(new EmptyTreeIterator());
            } else {
                tree.addTree(walk.parseCommit(commit.getParent(0)).getTree());
            }
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            while (tree.next()) {
                if (pathFilter.test(tree.getPathString())) {
                    paths.add(tree.getPathString());
                }
            }
        }
        return paths;
    }

    /** The size of a blob in bytes, without loading it. */
    public long size(ObjectId blobId) {
        try (ObjectReader reader = repository.newObjectReader()) {
            return reader.getObjectSize(blobId, Constants.OBJ_BLOB);
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
            if (!existing.getObjectDatabase().exists() || !sameRemote(this.remoteUrl, remoteUrl)) {
                existing.close();
                moveAside(remoteUrl == null ? "it is not a clone" : "it is a clone of another repository");
                return initClone();
            }
            clearStaleLocks();
            StoredConfig config = existing.getConfig();
            if (config.getBoolean("gc", "autoDetach", true)) {
                foregroundGc(config);
                config.save();
            }
            log.info("Reusing the clone at {}", gitDir);
            return existing;
        } catch (RepositoryNotFoundException | IllegalArgumentException e) {
            moveAside("it could not be opened (" + e.getMessage() + ")");
            return initClone();
        } catch (IOException e) {
            throw translate("open the clone at " + gitDir, e);
        }
    }

    private Repository reopen() {
        try {
            return new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build();
        } catch (IOException e) {
            throw translate("reopen the clone at " + gitDir, e);
        }
    }

    private Repository initClone() {
        try {
            Repository created = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setBare().build();
            created.create(true);
            StoredConfig config = created.getConfig();
            config.setString("remote", REMOTE, "url", remoteUrl);
            config.setString("remote", REMOTE, "fetch", ALL_BRANCHES.toString());
            foregroundGc(config);
            config.save();
            log.info("Created a new clone of {} at {}", displayUri(), gitDir);
            return created;
        } catch (IOException | IllegalStateException e) {
            throw translate("create a clone at " + gitDir, e);
        }
    }

    // JGit packs the clone after a fetch when it holds too many loose objects or packs; by default on a thread of
    // its own, which could then race the sync (or a move aside). In the foreground it is part of the sync.
    private static void foregroundGc(StoredConfig config) {
        config.setBoolean("gc", null, "autoDetach", false);
    }

    private void moveAside(String why) {
        Path aside = gitDir.resolveSibling(gitDir.getFileName() + ".broken-" + System.currentTimeMillis());
        try {
            Files.move(gitDir, aside);
            log.warn("Moved the clone at {} aside to {} because {}; cloning afresh", gitDir, aside, why);
        } catch (IOException e) {
            throw translate("move the unusable clone at " + gitDir + " aside", e);
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
                org.springframework.util.FileSystemUtils.deleteRecursively(old);
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
        if (credentials != null) {
            fetch.setCredentialsProvider(credentials);
        }
        sshKeys.configure(fetch);
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

    private static URIish passwordIn(String uri) {
        try {
            URIish parsed = new URIish(uri);
            return parsed.getPass() == null || parsed.getPass().isEmpty() ? null : parsed;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
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

    // The cause is kept for the stack trace at DEBUG, but as a scrubbed copy: JGit repeats URLs (and whatever
    // credentials they carry) in its messages, and a stack trace is logged with every message of its chain.
    private GitSyncException translate(String action, Exception e) {
        Reason reason = GitFailures.classify(e);
        String detail = SecretScrubber.scrub(GitFailures.messageChain(e), secrets);
        return new GitSyncException(reason, "could not " + action + ": " + detail, SecretScrubber.scrub(e, secrets));
    }
}
