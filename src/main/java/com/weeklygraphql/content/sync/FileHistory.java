package com.weeklygraphql.content.sync;

import com.weeklygraphql.content.git.CommitChanges;
import com.weeklygraphql.content.git.CommitReader;
import com.weeklygraphql.content.index.ContentIndex;
import com.weeklygraphql.content.index.IndexView;
import com.weeklygraphql.content.model.IssueHistory;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.ObjectId;

/**
 * When each content file was first and last committed, kept in the content index and moved forward commit by
 * commit: a sync walks only the commits it fetched. A head that does not descend from the served one (a
 * force-push) is walked from the root again. Paths the tree no longer holds keep their history, as git does,
 * so a file that comes back is dated by its first commit. Used by the sync thread only.
 */
final class FileHistory {

    private final CommitReader commits;
    private final Predicate<String> pathFilter;
    private volatile long commitsWalked;

    FileHistory(CommitReader commits, Predicate<String> pathFilter) {
        this.commits = commits;
        this.pathFilter = pathFilter;
    }

    /**
     * Brings the index's history from {@code from} to {@code to}.
     *
     * @param from the commit whose history the index holds, read through {@code served}; null when it holds none
     */
    void advance(ContentIndex index, IndexView served, ObjectId from, ObjectId to) {
        if (to.equals(from)) {
            return;
        }
        boolean incremental = from != null && served != null && commits.isAncestor(from, to);
        List<CommitChanges> walked = commits.commitsSince(incremental ? from : null, to, pathFilter);
        Map<String, IssueHistory> touched = new HashMap<>();
        for (CommitChanges commit : walked) {
            for (String path : commit.paths()) {
                touched.merge(path, new IssueHistory(commit.time(), commit.time()), FileHistory::span);
            }
        }
        if (incremental) {
            touched.forEach((path, history) -> index.putHistory(path,
                    served.history(path).map(known -> span(known, history)).orElse(history)));
        } else {
            // Walked from the root: the whole history is new, and nothing of the old one may remain.
            index.deleteAllHistory();
            touched.forEach(index::addHistory);
        }
        commitsWalked += walked.size();
    }

    /** How many commits have been walked since start: grows by the size of each push, not of the history. */
    long commitsWalked() {
        return commitsWalked;
    }

    private static IssueHistory span(IssueHistory a, IssueHistory b) {
        return new IssueHistory(earlier(a.publishedAt(), b.publishedAt()), later(a.updatedAt(), b.updatedAt()));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
