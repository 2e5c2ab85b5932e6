package com.weeklygraphql.content.git;

import static com.weeklygraphql.content.git.LocalClone.ALL_BRANCHES;
import static com.weeklygraphql.content.git.LocalClone.REMOTE;
import static com.weeklygraphql.content.git.LocalClone.TRACKING_PREFIX;

import com.weeklygraphql.content.git.GitSyncException.Reason;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.TrackingRefUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the remote's branches into the clone's remote-tracking refs and answers the served branch's head: the
 * configured branch, or the remote's default one (its advertised HEAD). Not for concurrent use: the sync layer
 * fetches one at a time.
 */
public final class RemoteFetch {

    private static final Logger log = LoggerFactory.getLogger(RemoteFetch.class);

    private final LocalClone clone;
    private final RemoteAccess remote;

    RemoteFetch(LocalClone clone, RemoteAccess remote) {
        this.clone = clone;
        this.remote = remote;
    }

    /** Fetches every branch and answers the served branch's new head. */
    public BranchHead fetch() {
        if (!clone.exists()) {
            // Deleted under us (an operator cleaning the data dir), or left missing by a recreate that could not
            // finish: clone afresh.
            log.warn("The clone at {} is gone; cloning again", clone.gitDir());
            clone.recreate();
        }
        FetchResult result;
        try (Git git = Git.wrap(clone.repository())) {
            result = remote.configure(git.fetch().setRemote(REMOTE).setRefSpecs(ALL_BRANCHES).setRemoveDeletedRefs(true))
                    .call();
        } catch (GitAPIException | RuntimeException e) {
            throw remote.translate("fetch " + remote.displayUri(), e);
        }
        checkRefUpdates(result);
        rememberDefaultBranch(result);
        return head();
    }

    /** The served branch's head as last fetched, without asking the remote. */
    public BranchHead head() {
        Repository repository = clone.repository();
        String branch = servedBranch(repository);
        try {
            Ref ref = repository.exactRef(TRACKING_PREFIX + branch);
            if (ref == null || ref.getObjectId() == null) {
                throw new GitSyncException(Reason.BRANCH_MISSING, "branch '" + branch + "' does not exist in "
                        + remote.displayUri() + branchChoices(repository), null);
            }
            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit commit = walk.parseCommit(ref.getObjectId());
                return new BranchHead(branch, commit.copy(), Instant.ofEpochSecond(commit.getCommitTime()));
            }
        } catch (IOException e) {
            throw remote.translate("read branch '" + branch + "'", e);
        }
    }

    // JGit answers a fetch whose objects arrived but whose refs could not be written (a lock file it could not
    // create, a full disk) normally and only marks the ref updates as failed: that is a failed fetch too.
    private void checkRefUpdates(FetchResult result) {
        for (TrackingRefUpdate update : result.getTrackingRefUpdates()) {
            switch (update.getResult()) {
                case LOCK_FAILURE, IO_FAILURE, REJECTED_OTHER_REASON -> throw new GitSyncException(Reason.LOCAL_WRITE,
                        "could not fetch " + remote.displayUri() + ": could not write " + update.getLocalName() + " in "
                                + clone.gitDir() + " (" + update.getResult() + "); is the data dir full or unwritable?", null);
                case REJECTED, REJECTED_CURRENT_BRANCH, REJECTED_MISSING_OBJECT -> throw new GitSyncException(Reason.OTHER,
                        "could not fetch " + remote.displayUri() + ": the update of " + update.getLocalName()
                                + " was refused (" + update.getResult() + ")", null);
                default -> {
                    // NEW, FORCED, FAST_FORWARD, NO_CHANGE, NOT_ATTEMPTED, RENAMED: written
                }
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
            RefUpdate update = clone.repository().updateRef(TRACKING_PREFIX + Constants.HEAD);
            update.link(TRACKING_PREFIX + target.substring(Constants.R_HEADS.length()));
        } catch (IOException e) {
            throw remote.translate("record the remote's default branch", e);
        }
    }

    private String servedBranch(Repository repository) {
        String configured = remote.settings().branch();
        if (configured != null && !configured.isBlank()) {
            return configured;
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
            throw remote.translate("read the remote's default branch", e);
        }
        throw new GitSyncException(Reason.BRANCH_MISSING, remote.displayUri() + " names no default branch"
                + branchChoices(repository) + "; set content.repository.branch", null);
    }

    private static String branchChoices(Repository repository) {
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
}
