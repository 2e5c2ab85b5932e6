package com.weeklygraphql.content.sync;

import com.weeklygraphql.content.git.CommitReader;
import com.weeklygraphql.content.git.TreeFile;
import com.weeklygraphql.content.index.FileState;
import com.weeklygraphql.content.index.IndexView;
import com.weeklygraphql.content.index.ServedIssue;
import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.parse.IssueParser;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads one markdown file of a commit into what the index keeps of it. Every file that cannot be served becomes
 * problems; none stops the others. A file that served an issue and cannot be read now (not UTF-8, too large,
 * hostile front matter) keeps its last good issue, so a bad edit never makes an issue vanish from the archive.
 */
final class FileReader {

    /** Said of a file that still serves its last good issue. */
    static final String FALLBACK_NOTE = "cannot be read in this commit; its last good version is still served until the file is fixed";

    private final CommitReader commits;
    private final long maxFileBytes;
    private final AtomicLong parses = new AtomicLong();

    FileReader(CommitReader commits, long maxFileBytes) {
        this.commits = commits;
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * What the index keeps of a file.
     *
     * @param served the view of the snapshot served so far, whose issue at this path stands in when the file
     *     fails; null when there is none
     */
    FileState read(TreeFile file, IssueParser parser, IndexView served) {
        ParsedFile parsed = parse(file, parser);
        if (parsed.isIssue()) {
            return new FileState(file.path(), file.blobName(),
                    new ServedIssue(parsed.issue(), file.path(), file.blobName(), parsed.bodyText()), false, parsed.problems());
        }
        Optional<ServedIssue> lastGood = parsed.problems().isEmpty() ? Optional.empty() : lastGood(file.path(), served);
        return new FileState(file.path(), file.blobName(), lastGood.orElse(null), lastGood.isPresent(), parsed.problems());
    }

    /** How many files have been parsed since start. */
    long parses() {
        return parses.get();
    }

    /** The problems a snapshot lists for a file: its own, and the note on a file that serves its last good issue. */
    static List<ContentProblem> problemsOf(FileState state) {
        if (!state.fallback()) {
            return state.problems();
        }
        List<ContentProblem> problems = new java.util.ArrayList<>(state.problems());
        problems.add(ContentProblem.ofFile(state.path(), FALLBACK_NOTE));
        return problems;
    }

    private ParsedFile parse(TreeFile file, IssueParser parser) {
        if (file.symlink()) {
            return ParsedFile.failed(ContentProblem.ofFile(file.path(),
                    "is a symbolic link; links are not followed: commit the file itself"));
        }
        Optional<byte[]> content = commits.readUpTo(file.blobId(), maxFileBytes);
        if (content.isEmpty()) {
            return ParsedFile.failed(ContentProblem.ofFile(file.path(), "is " + commits.size(file.blobId())
                    + " bytes, over the limit of " + maxFileBytes + " bytes for one file; it is not read"));
        }
        parses.incrementAndGet();
        return parser.parse(file.path(), content.get());
    }

    // The issue this path served, if the served snapshot has one from it.
    private static Optional<ServedIssue> lastGood(String path, IndexView served) {
        if (served == null) {
            return Optional.empty();
        }
        return served.file(path)
                .filter(state -> state.issue() != null)
                .filter(state -> served.servingPath(state.claim()).map(path::equals).orElse(false))
                .map(FileState::issue);
    }
}
