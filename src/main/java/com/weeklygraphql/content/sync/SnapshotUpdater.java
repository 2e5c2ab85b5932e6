package com.weeklygraphql.content.sync;

import com.weeklygraphql.content.git.BranchHead;
import com.weeklygraphql.content.git.CommitReader;
import com.weeklygraphql.content.git.FileChange;
import com.weeklygraphql.content.git.TreeFile;
import com.weeklygraphql.content.index.ContentIndex;
import com.weeklygraphql.content.index.FileState;
import com.weeklygraphql.content.index.GitPathOrder;
import com.weeklygraphql.content.index.IndexFingerprint;
import com.weeklygraphql.content.index.IndexView;
import com.weeklygraphql.content.index.ServedIssue;
import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.parse.IssueParser;
import com.weeklygraphql.content.snapshot.CommitInfo;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.SnapshotChange;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import org.eclipse.jgit.lib.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a commit into a snapshot, building on the snapshot served before it. The two commits' tree diff drives
 * everything: only the files it names are parsed, only their documents in the content index are replaced, only
 * the slugs they claim are looked at again, and only the commits between the two are walked for history. The rest
 * of the index is shared with the previous snapshot. A new catalogue, profile or parser changes what every file
 * parses into, so the index is then built from scratch; so is a change that touches most of the archive, which
 * is cheaper to build anew than to replace file by file. Both ways give the same snapshot, which
 * {@code IncrementalEqualsFullBuildTests} checks commit by commit. Used by the sync thread only.
 */
public final class SnapshotUpdater {

    private static final Logger log = LoggerFactory.getLogger(SnapshotUpdater.class);

    /** Below this many files a change is parsed on the sync thread: forking would cost more than it saves. */
    private static final int PARALLEL_THRESHOLD = 64;
    /** Files parsed and indexed together in a build from scratch: bounds the parse results held at once. */
    private static final int BATCH = 512;
    /** A change to more files than this (and than half the issues) is built from scratch. */
    private static final int REBUILD_ABOVE = 5_000;

    private final CommitReader commits;
    private final ContentIndex index;
    private final ParseSettingsReader settingsReader;
    private final FileReader files;
    private final FileHistory history;
    private final Clock clock;
    private final ForkJoinPool workers;
    private ParseSettings settings;
    private volatile boolean compactionDue;

    /**
     * @param fallback the configured or built-in catalogue and profile, for commits without their own
     * @param maxFileBytes files larger than this are reported, not read
     */
    public SnapshotUpdater(CommitReader commits, ContentIndex index, ParseSettings fallback, long maxFileBytes,
            Clock clock, ForkJoinPool workers) {
        this.commits = commits;
        this.index = index;
        this.settingsReader = new ParseSettingsReader(commits, fallback, maxFileBytes);
        this.files = new FileReader(commits, maxFileBytes);
        this.history = new FileHistory(commits, SnapshotUpdater::isMarkdown);
        this.clock = clock;
        this.workers = workers;
    }

    /** How many files have been parsed since start: a one-file commit adds one. */
    public long parseCount() {
        return files.parses();
    }

    /** How many commits the history has walked since start: the size of each push, not of the whole log. */
    public long historyCommitsWalked() {
        return history.commitsWalked();
    }

    /**
     * The snapshot the index was last committed with, without parsing anything: when its commit is still in the
     * clone and it was built by this code with the catalogue and profile that commit holds. Empty otherwise.
     */
    public Optional<ContentSnapshot> restore(String branch) {
        if (!index.verifyOrDiscard()) {
            return Optional.empty();
        }
        String commit = index.committed().get(ContentIndex.COMMIT);
        if (commit == null) {
            return Optional.empty();
        }
        if (!ObjectId.isId(commit) || !commits.hasCommit(ObjectId.fromString(commit))) {
            log.info("The content index holds commit {}, which this clone has not: building it from the clone", commit);
            return Optional.empty();
        }
        ObjectId id = ObjectId.fromString(commit);
        ParseSettings chosen = settingsReader.at(id, null);
        String fingerprint = IndexFingerprint.of(chosen.id());
        if (!fingerprint.equals(index.committed().get(ContentIndex.FINGERPRINT))) {
            log.info("The content index was built by other code or settings ({}, not {}): building it again",
                    index.committed().get(ContentIndex.FINGERPRINT), fingerprint);
            return Optional.empty();
        }
        settings = chosen;
        IndexView view = index.openView();
        compactionDue = index.fragmented(view);
        Map<String, List<ContentProblem>> problems = new HashMap<>(view.fileProblems());
        for (String path : view.fallbacks()) {
            view.file(path).ifPresent(state -> problems.put(path, FileReader.problemsOf(state)));
        }
        return Optional.of(new ContentSnapshot(new CommitInfo(commit, branch, commits.commitTime(id), clock.instant()),
                chosen.catalogue(), chosen.profile(), chosen.text(), view, problems, view.collisions(), chosen.problems(),
                fingerprint));
    }

    /**
     * The snapshot of {@code head}, and what it changed against {@code previous}.
     *
     * @param previous the snapshot served now, or null; its issues stand in for files that became unreadable
     */
    public SnapshotChange update(BranchHead head, ContentSnapshot previous) {
        ParseSettings chosen = settingsReader.at(head.commit(), settings);
        settings = chosen;
        String fingerprint = IndexFingerprint.of(chosen.id());
        if (previous == null || !fingerprint.equals(previous.fingerprint())) {
            return rebuild(head, chosen, fingerprint, previous);
        }
        ObjectId from = ObjectId.fromString(previous.commit());
        List<FileChange> changes = commits.diff(from, head.commit(), SnapshotUpdater::isMarkdown);
        if (changes.size() > Math.max(REBUILD_ABOVE, previous.issueCount() / 2)) {
            return rebuild(head, chosen, fingerprint, previous);
        }
        return apply(head, chosen, fingerprint, previous, changes);
    }

    /** Whether a build from scratch left the index in more segments than it needs: see {@link #compacted}. */
    public boolean compactionDue() {
        return compactionDue;
    }

    /**
     * The served snapshot on its index merged into few segments ({@link ContentIndex#compact()}), committed: the
     * same answers, each list and search paying its per-segment cost a few times instead of some fifteen. Half a
     * minute of work at 100,000 issues, so it follows a build from scratch (or a restore of a fragmented index) once
     * that is served, rather than delaying it.
     */
    public ContentSnapshot compacted(ContentSnapshot served) {
        index.compact();
        index.commit(served.commit(), served.fingerprint());
        compactionDue = false;
        return served.on(index.openView());
    }

    /** Forgets whatever a failed update wrote: the index is back at its last commit, the served snapshot's. */
    public void discardUncommitted() {
        index.discardUncommitted();
    }

    /** Makes the index durable at the snapshot's commit, so that a restart serves it at once. */
    public void commit(ContentSnapshot snapshot) {
        index.commit(snapshot.commit(), snapshot.fingerprint());
    }

    // ---- from scratch

    /**
     * Builds the snapshot of {@code head} from an empty index, whatever the index held.
     *
     * @param previous the snapshot served before, whose issues stand in for unreadable files; it may read another
     *     index; null when there is none
     */
    public SnapshotChange rebuild(BranchHead head, ContentSnapshot previous) {
        ParseSettings chosen = settingsReader.at(head.commit(), settings);
        settings = chosen;
        return rebuild(head, chosen, IndexFingerprint.of(chosen.id()), previous);
    }

    // In tree order, a batch of files at a time: the first file claiming a slug serves it.
    private SnapshotChange rebuild(BranchHead head, ParseSettings chosen, String fingerprint, ContentSnapshot previous) {
        IndexView served = previous == null ? null : previous.index();
        IssueParser parser = chosen.parser();
        index.deleteAll();
        Map<String, String> winners = new HashMap<>();
        Map<String, List<String>> collisions = new HashMap<>();
        Map<String, List<ContentProblem>> problems = new HashMap<>();
        List<TreeFile> all = commits.listFiles(head.commit(), SnapshotUpdater::isMarkdown);
        for (int start = 0; start < all.size(); start += BATCH) {
            List<FileState> read = map(all.subList(start, Math.min(all.size(), start + BATCH)),
                    file -> files.read(file, parser, served));
            List<FileState> states = new ArrayList<>(read.size());
            List<ServedIssue> toServe = new ArrayList<>();
            for (FileState state : read) {
                String slug = state.claim();
                if (slug != null) {
                    String winner = winners.putIfAbsent(slug, state.path());
                    if (winner == null) {
                        toServe.add(state.issue());
                    } else if (state.fallback()) {
                        state = state.withoutFallback();
                    } else {
                        collisions.computeIfAbsent(slug, k -> new ArrayList<>(List.of(winner))).add(state.path());
                    }
                }
                putProblems(problems, state);
                states.add(state);
            }
            map(states, state -> {
                index.addFile(state);
                return state;
            });
            map(toServe, issue -> {
                index.serve(issue, chosen.catalogue());
                return issue;
            });
        }
        history.advance(index, null, null, head.commit());
        IndexView view = index.openView();
        compactionDue = index.fragmented(view);
        ContentSnapshot snapshot = snapshot(head, chosen, fingerprint, view, problems, collisions);
        return changeBetween(previous, snapshot);
    }

    // ---- file by file

    private SnapshotChange apply(BranchHead head, ParseSettings chosen, String fingerprint, ContentSnapshot previous,
            List<FileChange> changes) {
        IndexView served = previous.index();
        IssueParser parser = chosen.parser();
        Map<String, FileState> next = new LinkedHashMap<>();
        Set<String> affected = new TreeSet<>();
        for (FileChange change : changes) {
            if (change.before() != null) {
                served.file(change.path()).map(FileState::claim).ifPresent(affected::add);
            }
            if (change.after() == null) {
                next.put(change.path(), null);
            }
        }
        List<TreeFile> present = changes.stream().map(FileChange::after).filter(file -> file != null).toList();
        for (FileState state : map(present, file -> files.read(file, parser, served))) {
            next.put(state.path(), state);
            if (state.claim() != null) {
                affected.add(state.claim());
            }
        }
        Map<String, List<String>> collisions = new HashMap<>(previous.collisions());
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String slug : affected) {
            List<String> claimants = claimants(slug, served, next);
            String winner = claimants.isEmpty() ? null : claimants.get(0);
            String before = served.servingPath(slug).orElse(null);
            boolean winnerChanged = winner != null && next.containsKey(winner);
            if (before != null && (!before.equals(winner) || winnerChanged)) {
                index.unserve(before);
            }
            if (winner != null && (!winner.equals(before) || winnerChanged)) {
                FileState state = next.containsKey(winner) ? next.get(winner) : served.file(winner).orElseThrow();
                index.serve(state.issue(), chosen.catalogue());
            }
            if (claimants.size() > 1) {
                collisions.put(slug, List.copyOf(claimants));
            } else {
                collisions.remove(slug);
            }
            if (before == null && winner != null) {
                added.add(slug);
            } else if (before != null && winner == null) {
                removed.add(slug);
            } else if (before != null && (!before.equals(winner) || winnerChanged)) {
                changed.add(slug);
            }
        }
        Map<String, List<ContentProblem>> problems = new HashMap<>(previous.fileProblems());
        next.forEach((path, state) -> {
            if (state == null) {
                index.deleteFile(path);
                problems.remove(path);
            } else {
                index.putFile(state);
                problems.remove(path);
                putProblems(problems, state);
            }
        });
        history.advance(index, served, ObjectId.fromString(previous.commit()), head.commit());
        IndexView view = index.openView();
        ContentSnapshot snapshot = snapshot(head, chosen, fingerprint, view, problems, collisions);
        return new SnapshotChange(previous.commit(), snapshot, added, changed, removed);
    }

    /**
     * The files claiming a slug after the change, in tree order. A file serving its last good issue gives it up
     * when another file comes first: it no longer claims anything ({@code next} records the change).
     */
    private static List<String> claimants(String slug, IndexView served, Map<String, FileState> next) {
        List<String> claimants = new ArrayList<>(served.claimants(slug));
        claimants.removeIf(next::containsKey);
        next.forEach((path, state) -> {
            if (state != null && slug.equals(state.claim())) {
                claimants.add(path);
            }
        });
        claimants.sort(GitPathOrder.INSTANCE);
        for (String path : List.copyOf(claimants.subList(Math.min(1, claimants.size()), claimants.size()))) {
            FileState state = next.containsKey(path) ? next.get(path) : served.file(path).orElseThrow();
            if (state.fallback()) {
                next.put(path, state.withoutFallback());
                claimants.remove(path);
            }
        }
        return claimants;
    }

    private ContentSnapshot snapshot(BranchHead head, ParseSettings chosen, String fingerprint, IndexView view,
            Map<String, List<ContentProblem>> problems, Map<String, List<String>> collisions) {
        return new ContentSnapshot(new CommitInfo(head.commitName(), head.branch(), head.commitTime(), clock.instant()),
                chosen.catalogue(), chosen.profile(), chosen.text(), view, problems, collisions, chosen.problems(), fingerprint);
    }

    private static SnapshotChange changeBetween(ContentSnapshot previous, ContentSnapshot current) {
        Map<String, String> before = previous == null ? Map.of() : previous.index().servedIssues();
        Map<String, String> after = current.index().servedIssues();
        List<String> added = after.keySet().stream().filter(slug -> !before.containsKey(slug)).toList();
        List<String> removed = before.keySet().stream().filter(slug -> !after.containsKey(slug)).toList();
        List<String> changed = after.entrySet().stream()
                .filter(entry -> before.containsKey(entry.getKey()) && !before.get(entry.getKey()).equals(entry.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        return new SnapshotChange(previous == null ? null : previous.commit(), current, added, changed, removed);
    }

    private static void putProblems(Map<String, List<ContentProblem>> problems, FileState state) {
        List<ContentProblem> found = FileReader.problemsOf(state);
        if (!found.isEmpty()) {
            problems.put(state.path(), found);
        }
    }

    // Parsing is the bulk of a big change and every file is independent: all cores take part. The result keeps
    // the input's order, so nothing depends on which thread finished first.
    private <T, R> List<R> map(List<T> inputs, Function<T, R> work) {
        if (inputs.size() < PARALLEL_THRESHOLD) {
            return inputs.stream().map(work).toList();
        }
        return workers.submit(() -> inputs.parallelStream().map(work).toList()).join();
    }

    static boolean isMarkdown(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }
}
