package com.weeklygraphql.content.index;

import static com.weeklygraphql.content.index.IndexFields.*;

import com.weeklygraphql.content.model.IssueHistory;
import com.weeklygraphql.content.project.ProjectCatalogue;
import com.weeklygraphql.content.search.SearchFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The content index on disk and its one writer. Changed by the sync thread only; read through
 * {@link IndexView}s, each a near-real-time reader of the changes so far, committed or not. A commit records the
 * git commit the index reflects and its {@link IndexFingerprint}, so a restart knows what it can serve at once.
 * An index that cannot be opened or fails its checksums is deleted and rebuilt, never trusted.
 */
public final class ContentIndex implements AutoCloseable {

    /** Commit data: the git commit the index reflects. */
    public static final String COMMIT = "commit";
    /** Commit data: the {@link IndexFingerprint} of the code and catalogue the index was built with. */
    public static final String FINGERPRINT = "fingerprint";
    private static final String GENERATION = "generation";

    private static final Logger log = LoggerFactory.getLogger(ContentIndex.class);
    private static final double RAM_BUFFER_MB = 48;

    private final Path path;
    private final Directory directory;
    private final SearchFields text;
    private final DecodedIssues decoded;
    private final Executor searchThreads;
    private final Compaction compaction;
    private IndexWriter writer;
    private Map<String, String> committed;
    private DirectoryReader current;
    private long generation;

    private ContentIndex(Path path, Directory directory, SearchFields text, DecodedIssues decoded, Executor searchThreads,
            Compaction compaction, Map<String, String> committed) throws IOException {
        this.path = path;
        this.directory = directory;
        this.text = text;
        this.decoded = decoded;
        this.searchThreads = searchThreads;
        this.compaction = compaction;
        this.committed = Map.copyOf(committed);
        this.generation = generationOf(committed);
        this.writer = newWriter();
    }

    /**
     * Opens the index at {@code path}, or creates an empty one; an index that cannot be opened is deleted first.
     * Its files' checksums are read by {@link #verifyOrDiscard()}, off the start-up path.
     *
     * @param text how items' text is indexed (its analyzer and fields; what does not depend on a catalogue)
     * @param searchThreads where a search runs the segments of a big index side by side; null: one after the other
     * @param compaction when a build from scratch is merged into fewer segments ({@link Compaction#DEFAULT})
     */
    public static ContentIndex open(Path path, SearchFields text, DecodedIssues decoded, Executor searchThreads,
            Compaction compaction) {
        try {
            return openVerified(path, text, decoded, searchThreads, compaction);
        } catch (IOException | RuntimeException e) {
            log.warn("The content index at {} cannot be used ({}); rebuilding it from the clone", path, e.toString());
            FileSystemUtils.deleteRecursively(path.toFile());
            try {
                return openVerified(path, text, decoded, searchThreads, compaction);
            } catch (IOException retry) {
                throw new UncheckedIOException("cannot create the content index at " + path, retry);
            }
        }
    }

    /** The index at {@code path}, searched one segment after the other, compacted as {@link Compaction#DEFAULT} says. */
    public static ContentIndex open(Path path, SearchFields text, DecodedIssues decoded) {
        return open(path, text, decoded, null, Compaction.DEFAULT);
    }

    private static ContentIndex openVerified(Path path, SearchFields text, DecodedIssues decoded, Executor searchThreads,
            Compaction compaction) throws IOException {
        Files.createDirectories(path);
        Directory directory = FSDirectory.open(path);
        try {
            Map<String, String> committed = new HashMap<>();
            if (DirectoryReader.indexExists(directory)) {
                List<IndexCommit> commits = DirectoryReader.listCommits(directory);
                committed.putAll(commits.get(commits.size() - 1).getUserData());
            }
            return new ContentIndex(path, directory, text, decoded, searchThreads, compaction, committed);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private IndexWriter newWriter() throws IOException {
        return new IndexWriter(directory, new IndexWriterConfig(text.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setMergePolicy(new BalancedForcedMerges(new TieredMergePolicy()))
                // Newest first, as lists are read: a list stops after its page in each segment, and a search ranks
                // ties by document order (BestMatches). An index written unsorted cannot be opened so, and is rebuilt.
                .setIndexSort(ItemOrder.NEWEST_FIRST)
                .setCommitOnClose(false));
    }

    private static long generationOf(Map<String, String> committed) {
        return Long.parseLong(committed.getOrDefault(GENERATION, "0"));
    }

    /**
     * Reads every file's checksum once: a corrupt index is refused here, before anything is served from it, not
     * mid-query. One that fails is emptied (nothing of it is trusted) and answers false; the next update builds it
     * from scratch.
     */
    public boolean verifyOrDiscard() {
        try {
            if (DirectoryReader.indexExists(directory)) {
                verify(directory);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("The content index at {} fails its checksums ({}); building it again from the clone", path, e.toString());
            run(() -> {
                writer.rollback();
                for (String file : directory.listAll()) {
                    directory.deleteFile(file);
                }
                writer = newWriter();
            });
            committed = Map.of();
            current = null;
            generation++;
            return false;
        }
    }

    // Every file's checksum is read once: a half-written or corrupt index is refused here, not mid-query.
    private static void verify(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
        }
    }

    /** What the last commit recorded ({@link #COMMIT}, {@link #FINGERPRINT}); empty for a new index. */
    public Map<String, String> committed() {
        return committed;
    }

    /** A view of everything written so far; the caller owns it and releases it with {@link IndexView#release()}. */
    public IndexView openView() {
        try {
            if (current == null) {
                current = DirectoryReader.open(writer);
            } else {
                DirectoryReader changed = DirectoryReader.openIfChanged(current, writer);
                if (changed != null) {
                    current.decRef();
                    current = changed;
                }
            }
            current.incRef();
            return new IndexView(current, generation, decoded, searchThreads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a view of the content index", e);
        }
    }

    /** Forgets everything, to build again from scratch (a new catalogue or parser); cached decodes go stale. */
    public void deleteAll() {
        run(() -> writer.deleteAll());
        generation++;
    }

    /**
     * Merges what a build from scratch wrote into {@link Compaction#segments()} segments. Every list, count and search
     * pays a fixed cost per segment (the merge policy leaves some fifteen at 100,000 issues), and a search runs its
     * segments side by side on the processors: one segment each is what both want. Later commits add small segments,
     * which the merge policy merges as usual.
     */
    public void compact() {
        run(() -> writer.forceMerge(Math.max(1, compaction.segments())));
    }

    /**
     * Whether a view is as big as {@link Compaction#aboveDocuments()} and its {@link Compaction#segments()} biggest
     * segments hold less than nine tenths of its documents, as a build from scratch leaves them. The few small
     * segments that commits add after a compaction do not make it fragmented: the merge policy takes care of those.
     */
    public boolean fragmented(IndexView view) {
        IndexReader reader = view.searcher().getIndexReader();
        if (reader.maxDoc() < compaction.aboveDocuments() || reader.leaves().size() <= compaction.segments()) {
            return false;
        }
        long inBiggest = reader.leaves().stream().map(leaf -> (long) leaf.reader().maxDoc())
                .sorted(Comparator.reverseOrder()).limit(compaction.segments()).mapToLong(Long::longValue).sum();
        return inBiggest < 0.9 * reader.maxDoc();
    }

    /**
     * When a build from scratch is merged, and into how many segments.
     *
     * @param aboveDocuments the documents (items, files, histories) from which segments cost enough to merge them
     * @param segments how many segments a merged index has; a view with more is fragmented
     */
    public record Compaction(int aboveDocuments, int segments) {

        /** Some ten thousand issues and more, into one segment per processor. */
        public static final Compaction DEFAULT = new Compaction(100_000, Runtime.getRuntime().availableProcessors());
    }

    /** Adds or replaces the document of a file of the served tree. */
    public void putFile(FileState file) {
        run(() -> writer.updateDocument(new Term(FILE, file.path()), ItemDocuments.file(file)));
    }

    /** Adds the document of a file known to be absent (a build from scratch). Thread-safe. */
    public void addFile(FileState file) {
        run(() -> writer.addDocument(ItemDocuments.file(file)));
    }

    public void deleteFile(String path) {
        run(() -> writer.deleteDocuments(new Term(FILE, path)));
    }

    /** Adds the documents of a served issue and its items, as the catalogue names projects. Thread-safe. */
    public void serve(ServedIssue issue, ProjectCatalogue catalogue) {
        List<Document> docs = new ItemDocuments(catalogue, text).items(issue);
        run(() -> writer.addDocuments(docs));
    }

    /** Removes the documents of the issue a path serves, if any. */
    public void unserve(String path) {
        run(() -> writer.deleteDocuments(new Term(OF, path)));
    }

    public void putHistory(String path, IssueHistory history) {
        run(() -> writer.updateDocument(new Term(HISTORY, path), ItemDocuments.history(path, history)));
    }

    /** Adds a path's history after {@link #deleteAllHistory()}, when no document of the path can be left. */
    public void addHistory(String path, IssueHistory history) {
        run(() -> writer.addDocument(ItemDocuments.history(path, history)));
    }

    public void deleteAllHistory() {
        run(() -> writer.deleteDocuments(new org.apache.lucene.search.FieldExistsQuery(PUBLISHED)));
    }

    /** Makes everything written so far durable, with what it reflects. */
    public void commit(String gitCommit, String fingerprint) {
        Map<String, String> data = Map.of(COMMIT, gitCommit, FINGERPRINT, fingerprint, GENERATION, Long.toString(generation));
        run(() -> {
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        });
        committed = data;
    }

    /**
     * Drops everything written since the last commit, after an update that failed half-way. Views opened before
     * stay readable: their files stay open until they are released.
     */
    public void discardUncommitted() {
        run(() -> {
            writer.rollback();
            writer = newWriter();
        });
        if (current != null) {
            run(current::decRef);
            current = null;
        }
        generation = generationOf(committed);
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            if (current != null) {
                current.decRef();
            }
            writer.rollback();
            directory.close();
        } catch (IOException e) {
            log.warn("Closing the content index: {}", e.toString());
        }
    }

    private static void run(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the content index", e);
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
