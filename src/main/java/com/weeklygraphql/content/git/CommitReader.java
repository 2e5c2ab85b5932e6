package com.weeklygraphql.content.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Reads commits of the clone without a working tree: a commit's files, the difference between two commits'
 * trees, the commits a push brought, and blobs. Safe from any thread; every JGit resource is closed per call.
 */
public final class CommitReader {

    /** A diff this small is remembered until the next one. */
    private static final int REMEMBERED_CHANGES = 10_000;

    private final LocalClone clone;
    private final RemoteAccess remote;
    // A push of one commit asks for the same two-tree diff twice, once for the snapshot and once for the history:
    // in a flat directory of 100,000 issues each walk reads two 6 MB tree objects, so the second one is remembered.
    private volatile LastDiff last;

    CommitReader(LocalClone clone, RemoteAccess remote) {
        this.clone = clone;
        this.remote = remote;
    }

    /** Every regular file and symbolic link in the commit's tree whose path passes the filter, in tree order. */
    public List<TreeFile> listFiles(ObjectId commit, Predicate<String> pathFilter) {
        return diff(null, commit, pathFilter).stream().map(FileChange::after).toList();
    }

    /**
     * The files whose content or kind differs between two commits, in tree order; with {@code from} null, every
     * file of {@code to}. A walk of two trees skips every subtree whose id is the same in both, so its cost
     * follows the size of the change, not of the archive. Commits need not be related (a force-push is a diff too).
     */
    public List<FileChange> diff(ObjectId from, ObjectId to, Predicate<String> pathFilter) {
        LastDiff known = last;
        List<FileChange> all;
        if (from != null && known != null && known.from().equals(from) && known.to().equals(to)) {
            all = known.changes();
        } else {
            all = walkDiff(from, to);
            if (from != null && all.size() <= REMEMBERED_CHANGES) {
                last = new LastDiff(from.copy(), to.copy(), all);
            }
        }
        return all.stream().filter(change -> pathFilter.test(change.path())).toList();
    }

    private List<FileChange> walkDiff(ObjectId from, ObjectId to) {
        Repository repository = clone.repository();
        List<FileChange> changes = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader();
                TreeWalk tree = new TreeWalk(repository, reader)) {
            tree.addTree(treeOf(walk, reader, from));
            tree.addTree(treeOf(walk, reader, to));
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            while (tree.next()) {
                String path = tree.getPathString();
                TreeFile before = file(tree, 0, path);
                TreeFile after = file(tree, 1, path);
                if (before != null || after != null) {
                    changes.add(new FileChange(path, before, after));
                }
            }
        } catch (IOException e) {
            throw remote.translate("compare " + (from == null ? "nothing" : from.name()) + " with " + to.name(), e);
        }
        return List.copyOf(changes);
    }

    /** The file at a path of the commit's tree, if it is a regular file or a symbolic link. */
    public Optional<TreeFile> file(ObjectId commit, String path) {
        Repository repository = clone.repository();
        try (RevWalk walk = new RevWalk(repository);
                TreeWalk tree = TreeWalk.forPath(repository, path, walk.parseCommit(commit).getTree())) {
            return tree == null ? Optional.empty() : Optional.ofNullable(file(tree, 0, path));
        } catch (IOException e) {
            throw remote.translate("read " + path + " in " + commit.name(), e);
        }
    }

    /**
     * The commits reachable from {@code head} but not from {@code since} (all of them when {@code since} is null),
     * oldest first, each with the paths it changed against its first parent (every path for a root commit),
     * filtered. Walks only the new commits: the cost follows the size of the push, not of the history.
     */
    public List<CommitChanges> commitsSince(ObjectId since, ObjectId head, Predicate<String> pathFilter) {
        Repository repository = clone.repository();
        List<CommitChanges> commits = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(head));
            if (since != null) {
                walk.markUninteresting(walk.parseCommit(since));
            }
            walk.sort(RevSort.TOPO, true);
            walk.sort(RevSort.REVERSE, true);
            for (RevCommit commit : walk) {
                ObjectId parent = commit.getParentCount() == 0 ? null : commit.getParent(0);
                List<String> paths = diff(parent, commit, pathFilter).stream().map(FileChange::path).toList();
                commits.add(new CommitChanges(commit.copy(), commit.getAuthorIdent().getWhenAsInstant(), paths));
            }
        } catch (IOException e) {
            throw remote.translate("walk the history of " + head.name(), e);
        }
        return commits;
    }

    /** True when {@code ancestor} is {@code descendant} or one of its ancestors; false when either is unknown here. */
    public boolean isAncestor(ObjectId ancestor, ObjectId descendant) {
        try (RevWalk walk = new RevWalk(clone.repository())) {
            return walk.isMergedInto(walk.parseCommit(ancestor), walk.parseCommit(descendant));
        } catch (MissingObjectException e) {
            return false;
        } catch (IOException e) {
            throw remote.translate("compare " + ancestor.name() + " with " + descendant.name(), e);
        }
    }

    /** True when the clone holds this commit (a restart serves an index only of a commit it can still read). */
    public boolean hasCommit(ObjectId commit) {
        try (RevWalk walk = new RevWalk(clone.repository())) {
            walk.parseCommit(commit);
            return true;
        } catch (MissingObjectException | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            return false;
        } catch (IOException e) {
            throw remote.translate("read commit " + commit.name(), e);
        }
    }

    /**
     * The commit a full or abbreviated (at least 7 hex digits) id names in the clone, or empty when it names none,
     * or more than one, or something that is not a commit.
     */
    public Optional<ObjectId> resolveCommit(String id) {
        if (id == null || !id.matches("[0-9a-fA-F]{7,40}")) {
            return Optional.empty();
        }
        try (ObjectReader reader = clone.repository().newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            java.util.Collection<ObjectId> candidates = reader.resolve(org.eclipse.jgit.lib.AbbreviatedObjectId.fromString(id));
            if (candidates.size() != 1) {
                return Optional.empty();
            }
            return Optional.of(walk.parseCommit(candidates.iterator().next()).copy());
        } catch (MissingObjectException | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw remote.translate("look up commit " + id, e);
        }
    }

    /** The commits reachable from {@code head} and not from {@code since}, oldest first, at most {@code limit}. */
    public List<CommitInfo> log(ObjectId since, ObjectId head, int limit) {
        List<CommitInfo> commits = new ArrayList<>();
        try (RevWalk walk = new RevWalk(clone.repository())) {
            walk.markStart(walk.parseCommit(head));
            walk.markUninteresting(walk.parseCommit(since));
            walk.sort(RevSort.TOPO, true);
            walk.sort(RevSort.REVERSE, true);
            for (RevCommit commit : walk) {
                if (commits.size() == limit) {
                    break;
                }
                commits.add(new CommitInfo(commit.name(), java.time.Instant.ofEpochSecond(commit.getCommitTime()),
                        commit.getAuthorIdent().getName(), commit.getShortMessage()));
            }
        } catch (IOException e) {
            throw remote.translate("walk the history of " + head.name(), e);
        }
        return commits;
    }

    /** When a commit was made (its committer time). */
    public java.time.Instant commitTime(ObjectId commit) {
        try (RevWalk walk = new RevWalk(clone.repository())) {
            return java.time.Instant.ofEpochSecond(walk.parseCommit(commit).getCommitTime());
        } catch (IOException e) {
            throw remote.translate("read commit " + commit.name(), e);
        }
    }

    /** The size of a blob in bytes, without loading it. */
    public long size(ObjectId blobId) {
        try (ObjectReader reader = clone.repository().newObjectReader()) {
            return reader.getObjectSize(blobId, Constants.OBJ_BLOB);
        } catch (IOException e) {
            throw remote.translate("read blob " + blobId.name(), e);
        }
    }

    /**
     * A blob's bytes, or empty when it is larger than {@code maxBytes} (then {@link #size} says by how much): one
     * lookup of the object for both, and a huge file is never loaded.
     */
    public Optional<byte[]> readUpTo(ObjectId blobId, long maxBytes) {
        try {
            ObjectLoader loader = clone.repository().open(blobId, Constants.OBJ_BLOB);
            return loader.getSize() > maxBytes ? Optional.empty() : Optional.of(loader.getCachedBytes((int) maxBytes));
        } catch (IOException e) {
            throw remote.translate("read blob " + blobId.name(), e);
        }
    }

    /** A blob's bytes; callers check {@link #size} first so that a huge file is never loaded. */
    public byte[] read(ObjectId blobId) {
        try {
            ObjectLoader loader = clone.repository().open(blobId, Constants.OBJ_BLOB);
            return loader.getCachedBytes(Integer.MAX_VALUE - 8);
        } catch (IOException e) {
            throw remote.translate("read blob " + blobId.name(), e);
        }
    }

    private static AbstractTreeIterator treeOf(RevWalk walk, ObjectReader reader, ObjectId commit) throws IOException {
        if (commit == null) {
            return new EmptyTreeIterator();
        }
        CanonicalTreeParser parser = new CanonicalTreeParser();
        parser.reset(reader, walk.parseCommit(commit).getTree());
        return parser;
    }

    private static TreeFile file(TreeWalk tree, int index, String path) {
        FileMode mode = tree.getFileMode(index);
        boolean symlink = mode == FileMode.SYMLINK;
        boolean regular = mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
        return symlink || regular ? new TreeFile(path, tree.getObjectId(index), symlink) : null;
    }

    private record LastDiff(ObjectId from, ObjectId to, List<FileChange> changes) {
    }
}
