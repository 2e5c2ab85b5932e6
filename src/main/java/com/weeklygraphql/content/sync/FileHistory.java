package com.weeklygraphql.content.sync;

import com.weeklygraphql.content.git.CommitChanges;
import com.weeklygraphql.content.git.ContentRepository;
import com.weeklygraphql.content.snapshot.IssueHistory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.ObjectId;

/**
 * When each content file was first and last committed, kept in memory and moved forward commit by commit: a
 * sync walks only the commits it fetched. A head that does not descend from the last one (a force-push, a
 * fresh clone) is walked from the root again. Used by the sync thread only.
 */
final class FileHistory {

    private final ContentRepository repository;
    private final Predicate<String> pathFilter;
    private Map<String, IssueHistory> byPath = Map.of();
    private ObjectId head;
    private volatile long commitsWalked;

    FileHistory(ContentRepository repository, Predicate<String> pathFilter) {
        this.repository = repository;
        this.pathFilter = pathFilter;
    }

    /** Brings the history up to {@code newHead}. */
    void advanceTo(ObjectId newHead) {
        if (newHead.equals(head)) {
            return;
        }
        boolean incremental = head != null && repository.isAncestor(head, newHead);
        List<CommitChanges> commits = repository.commitsSince(incremental ? head : null, newHead, pathFilter);
        Map<String, IssueHistory> next = incremental ? new HashMap<>(byPath) : new HashMap<>();
        for (CommitChanges commit : commits) {
            for (String path : commit.paths()) {
                next.merge(path, new IssueHistory(commit.time(), commit.time()), (known, now) -> new IssueHistory(
                        earlier(known.publishedAt(), now.publishedAt()), later(known.updatedAt(), now.updatedAt())));
            }
        }
        byPath = next;
        head = newHead.copy();
        commitsWalked += commits.size();
    }

    /** The first and last commit times of a path, or null when no commit up to the head touched it. */
    IssueHistory of(String path) {
        return byPath.get(path);
    }

    /** How many commits have been walked since start: grows by the size of each push, not of the history. */
    long commitsWalked() {
        return commitsWalked;
    }

    private static java.time.Instant earlier(java.time.Instant a, java.time.Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static java.time.Instant later(java.time.Instant a, java.time.Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
