package com.weeklygraphql.content.sync;

import com.weeklygraphql.content.git.CommitInfo;
import com.weeklygraphql.content.git.CommitReader;
import com.weeklygraphql.content.git.FileChange;
import com.weeklygraphql.content.git.TreeFile;
import com.weeklygraphql.content.index.FileState;
import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.parse.IssueParser;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.lib.ObjectId;

/**
 * What changed between an earlier commit and the served one, for static sites that rebuild only what changed:
 * the commits in between, and the issues added, changed and removed. Worked out from the two commits' tree diff,
 * so it costs what changed: each changed file's served issue is read from the index, and its earlier content is
 * parsed to tell whether it was an issue then.
 */
public final class ChangesSince {

    /** Beyond this many changed files a site is better off rebuilding everything; the answer says so. */
    static final int MAX_FILES = 5_000;
    /** The commits listed at most. */
    static final int MAX_COMMITS = 1_000;

    private final CommitReader commits;
    private final long maxFileBytes;

    public ChangesSince(CommitReader commits, long maxFileBytes) {
        this.commits = commits;
        this.maxFileBytes = maxFileBytes;
    }

    /** @throws IllegalArgumentException when {@code since} is no commit of the served branch's history */
    public ContentChanges since(String since, ContentSnapshot served) {
        ObjectId head = ObjectId.fromString(served.commit());
        ObjectId from = commits.resolveCommit(since == null ? null : since.strip()).orElseThrow(() -> new IllegalArgumentException(
                "'" + since + "' is not a commit of the content repository: pass the full id (or at least 7 hex digits)"
                        + " of a commit served earlier, such as content.commit from a previous answer"));
        if (!commits.isAncestor(from, head)) {
            throw new IllegalArgumentException("commit " + from.name() + " is not in the history of the served commit "
                    + head.name() + " (the branch was rewritten, or it is another branch's): rebuild everything, then"
                    + " ask again with the served commit");
        }
        List<FileChange> changes = commits.diff(from, head, SnapshotUpdater::isMarkdown);
        if (changes.size() > MAX_FILES) {
            throw new IllegalArgumentException(changes.size() + " files changed since " + from.name() + ", more than "
                    + MAX_FILES + ": rebuild everything, then ask again with the served commit");
        }
        IssueParser parser = new IssueParser(served.catalogue(), served.profile());
        Set<String> before = new TreeSet<>();
        Set<String> after = new TreeSet<>();
        Set<String> touched = new TreeSet<>();
        for (FileChange change : changes) {
            Optional<String> was = change.before() == null ? Optional.empty() : issueSlugOf(change.before(), parser);
            Optional<String> is = servedSlugAt(change.path(), served);
            was.ifPresent(before::add);
            is.ifPresent(after::add);
            is.ifPresent(touched::add);
        }
        List<String> added = after.stream().filter(slug -> !before.contains(slug) && served.issue(slug).isPresent()).toList();
        List<String> removed = before.stream().filter(slug -> served.issue(slug).isEmpty()).toList();
        List<String> changed = touched.stream().filter(before::contains).toList();
        List<CommitInfo> log = commits.log(from, head, MAX_COMMITS);
        return new ContentChanges(from.name(), head.name(), log, added, changed, removed);
    }

    // The slug a file of the served tree gives its served issue, if it serves one.
    private static Optional<String> servedSlugAt(String path, ContentSnapshot served) {
        return served.index().file(path).map(FileState::claim)
                .filter(slug -> served.index().servingPath(slug).map(path::equals).orElse(false));
    }

    private Optional<String> issueSlugOf(TreeFile file, IssueParser parser) {
        if (file.symlink() || commits.size(file.blobId()) > maxFileBytes) {
            return Optional.empty();
        }
        ParsedFile parsed = parser.parse(file.path(), commits.read(file.blobId()));
        return parsed.isIssue() ? Optional.of(parsed.issue().slug()) : Optional.empty();
    }

    /**
     * @param commits the commits after {@code since} up to {@code commit}, oldest first (at most {@value #MAX_COMMITS})
     */
    public record ContentChanges(String since, String commit, List<CommitInfo> commits, List<String> added,
            List<String> changed, List<String> removed) {
    }
}
