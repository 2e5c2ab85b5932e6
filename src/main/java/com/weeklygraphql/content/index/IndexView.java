package com.weeklygraphql.content.index;

import static com.weeklygraphql.content.index.IndexFields.*;

import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.IssueHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * One point-in-time view of the content index: what one snapshot reads. Immutable; unchanged segments are
 * shared with the views before and after it. Lookups by key walk the terms of each segment rather than run a
 * scored search: they are the hot path of resolving a page of items.
 */
public final class IndexView {

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final IndexSearcher rankingSearcher;
    private final long generation;
    private final DecodedIssues decoded;

    IndexView(DirectoryReader reader, long generation, DecodedIssues decoded, Executor searchThreads) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.rankingSearcher = new IndexSearcher(reader, searchThreads);
        this.generation = generation;
        this.decoded = decoded;
    }

    /**
     * The searcher for lists, counts and lookups: on the asking thread alone. Their work is a fraction of a
     * millisecond, less than waking another thread costs (measured on 2 cores: handing a big index's second slice
     * to a parked search thread made a 0.2 ms count 0.5–0.7 ms).
     */
    public IndexSearcher searcher() {
        return searcher;
    }

    /**
     * The searcher for ranking text searches: a big index's slices run side by side on the search threads, as
     * scoring every match of a common word is worth splitting.
     */
    public IndexSearcher rankingSearcher() {
        return rankingSearcher;
    }

    /** Keeps the view's files open until {@link #release()}; false once it has been closed. */
    public boolean retain() {
        return reader.tryIncRef();
    }

    public void release() {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many documents match, without collecting them. */
    public int count(Query query) {
        return count(searcher, query);
    }

    /**
     * How many documents a text search matches: a common word's matches are many, so a big index's slices are
     * counted side by side on the search threads, as they are ranked.
     */
    public int countSearchMatches(Query query) {
        return count(rankingSearcher, query);
    }

    private static int count(IndexSearcher on, Query query) {
        try {
            return on.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether any document matches; stops at the first. */
    public boolean exists(Query query) {
        try {
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
            for (LeafReaderContext leaf : reader.leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                DocIdSetIterator docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- items

    /** The served issue with this slug. */
    public Optional<Issue> issue(String slug) {
        int doc = firstDoc(new Term(ID, slug));
        return doc < 0 ? Optional.empty() : Optional.of(issueOf(doc));
    }

    /** The blob the served issue with this slug was parsed from. */
    public Optional<String> sourceBlob(String slug) {
        int doc = firstDoc(new Term(ID, slug));
        return doc < 0 ? Optional.empty() : Optional.of(source(doc).blob());
    }

    /** The path of the file serving the issue with this slug. */
    public Optional<String> servingPath(String slug) {
        int doc = firstDoc(new Term(ID, slug));
        return doc < 0 ? Optional.empty() : Optional.of(source(doc).path());
    }

    /** The id of an item document. */
    public String id(int doc) {
        return sortedValue(doc, ID);
    }

    /** The kind of an item document. */
    public ItemKind kindOf(int doc) {
        return ItemKind.valueOf(sortedValue(doc, KIND));
    }

    /** The item a document stands for, whatever its kind. */
    public Object item(int doc) {
        return item(kindOf(doc), doc);
    }

    /** The item a document of the given kind stands for. */
    public Object item(ItemKind kind, int doc) {
        Issue issue = issueOf(doc);
        if (kind == ItemKind.ISSUE) {
            return issue;
        }
        int ordinal = (int) numericValue(doc, ORDINAL);
        return switch (kind) {
            case QUESTION -> issue.questions().get(ordinal);
            case RELEASE -> issue.releases().get(ordinal);
            case EVENT -> issue.events().get(ordinal);
            case READING -> issue.readings().get(ordinal);
            case ISSUE -> issue;
        };
    }

    // The issue of any item document, the issue's own included: decoded once per (path, blob) from the document of
    // the file that serves it, which keeps the only copy of its bytes.
    private Issue issueOf(int itemDoc) {
        ItemSource source = source(itemDoc);
        return decoded.get(generation, source.path(), source.blob(),
                () -> storedBytes(firstDoc(new Term(FILE, source.path())), STORED_ISSUE));
    }

    /**
     * Every served issue's slug with what identifies its content (the serving path and blob): two views serve
     * an issue alike when both have it under the same key. Reads every issue document: for builds from scratch.
     */
    public Map<String, String> servedIssues() {
        Map<String, String> served = new HashMap<>();
        forEachDoc(new Term(KIND, ItemKind.ISSUE.name()), doc -> {
            ItemSource source = source(doc);
            served.put(id(doc), source.path() + "@" + source.blob());
        });
        return served;
    }

    /** Project names the served issues mention that the catalogue does not know, as written, sorted. */
    public Set<String> otherProjectNames() {
        Set<String> names = new TreeSet<>();
        forEachLiveTerm(OTHER_PROJECT, term -> names.add(term));
        return names;
    }

    /**
     * The dates of the releases a query matches, by the project each release names (lower-cased): what cadences
     * count. Reads two doc values per release, never a stored issue.
     */
    public Map<String, List<LocalDate>> releaseDays(Query releases) {
        Map<String, List<LocalDate>> days = new HashMap<>();
        try {
            searcher.search(releases, new SimpleCollector() {
                private SortedDocValues projects;
                private NumericDocValues day;

                @Override
                protected void doSetNextReader(LeafReaderContext leaf) throws IOException {
                    projects = leaf.reader().getSortedDocValues(RELEASE_PROJECT);
                    day = leaf.reader().getNumericDocValues(DAY);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (projects != null && projects.advanceExact(doc) && day.advanceExact(doc)) {
                        String project = projects.lookupOrd(projects.ordValue()).utf8ToString().strip().toLowerCase(Locale.ROOT);
                        days.computeIfAbsent(project, k -> new ArrayList<>()).add(LocalDate.ofEpochDay(day.longValue()));
                    }
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }

    // ---- files, for the next update and for a restart

    /** What the index keeps of the file at this path, or empty when it is not in the served tree. */
    public Optional<FileState> file(String path) {
        int doc = firstDoc(new Term(FILE, path));
        return doc < 0 ? Optional.empty() : Optional.of(fileAt(doc, path));
    }

    /** The paths of the files claiming a slug, in tree order. */
    public List<String> claimants(String slug) {
        List<String> paths = new ArrayList<>();
        forEachDoc(new Term(CLAIM, slug), doc -> paths.add(fileKey(doc)));
        paths.sort(GitPathOrder.INSTANCE);
        return paths;
    }

    /** Slugs claimed by more than one file, each with its claimants in tree order. */
    public Map<String, List<String>> collisions() {
        Map<String, Integer> claims = liveCounts(CLAIM, 2);
        Map<String, List<String>> collisions = new HashMap<>();
        claims.forEach((slug, count) -> {
            if (count > 1) {
                collisions.put(slug, claimants(slug));
            }
        });
        return collisions;
    }

    /** The problems of every file that has some, by path, with the note on files that serve their last good issue. */
    public Map<String, List<ContentProblem>> fileProblems() {
        Map<String, List<ContentProblem>> problems = new HashMap<>();
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                BinaryDocValues encoded = leaf.reader().getBinaryDocValues(PROBLEMS);
                SortedDocValues paths = leaf.reader().getSortedDocValues(FILE);
                if (encoded == null || paths == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = encoded.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = encoded.nextDoc()) {
                    if ((live == null || live.get(doc)) && paths.advanceExact(doc)) {
                        problems.put(paths.lookupOrd(paths.ordValue()).utf8ToString(), decodeProblems(encoded));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** Paths whose files serve their last good issue. */
    public List<String> fallbacks() {
        List<String> paths = new ArrayList<>();
        forEachDoc(new Term(FALLBACK, "1"), doc -> paths.add(fileKey(doc)));
        return paths;
    }

    /** When a path was first and last committed, or empty when no commit up to the served one touched it. */
    public Optional<IssueHistory> history(String path) {
        int doc = firstDoc(new Term(HISTORY, path));
        if (doc < 0) {
            return Optional.empty();
        }
        return Optional.of(new IssueHistory(Instant.ofEpochMilli(numericValue(doc, PUBLISHED)),
                Instant.ofEpochMilli(numericValue(doc, UPDATED))));
    }

    private FileState fileAt(int doc, String path) {
        Document stored = stored(doc);
        byte[] issueBytes = bytes(stored, STORED_ISSUE);
        ServedIssue issue = issueBytes == null ? null : new ServedIssue(IssueCodec.issue(issueBytes), path,
                stored.get(SOURCE_BLOB), stored.get(STORED_TEXT));
        return new FileState(path, stored.get(STORED_BLOB), issue, stored.get(FALLBACK) != null, problemsAt(doc));
    }

    private List<ContentProblem> problemsAt(int doc) {
        try {
            LeafReaderContext leaf = leafOf(doc);
            BinaryDocValues encoded = leaf.reader().getBinaryDocValues(PROBLEMS);
            return encoded != null && encoded.advanceExact(doc - leaf.docBase) ? decodeProblems(encoded) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ContentProblem> decodeProblems(BinaryDocValues encoded) throws IOException {
        return IssueCodec.problems(BytesRef.deepCopyOf(encoded.binaryValue()).bytes);
    }

    private String fileKey(int doc) {
        return sortedValue(doc, FILE);
    }

    // ---- low-level access

    // The first live document under a term, or -1: keys are unique among live documents.
    private int firstDoc(Term term) {
        int[] first = {-1};
        visitDocs(term, doc -> {
            first[0] = doc;
            return false;
        });
        return first[0];
    }

    private void forEachDoc(Term term, IntConsumer action) {
        visitDocs(term, doc -> {
            action.accept(doc);
            return true;
        });
    }

    // Every live document under a term, in order, while the visitor asks for more.
    private void visitDocs(Term term, IntPredicate visitor) {
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                PostingsEnum postings = postings(leaf.reader(), term);
                if (postings == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if ((live == null || live.get(doc)) && !visitor.test(leaf.docBase + doc)) {
                        return;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Every term of a field that at least one live document carries, in order.
    private void forEachLiveTerm(String field, java.util.function.Consumer<String> action) {
        new TreeSet<>(liveCounts(field, 1).keySet()).forEach(action);
    }

    // How many live documents carry each term of a field; in each segment a term's count stops at 'enough'.
    private Map<String, Integer> liveCounts(String field, int enough) {
        Map<String, Integer> counts = new HashMap<>();
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(field);
                if (terms == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                TermsEnum iterator = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                    postings = iterator.postings(postings, PostingsEnum.NONE);
                    int count = 0;
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && count < enough;
                            doc = postings.nextDoc()) {
                        count += live == null || live.get(doc) ? 1 : 0;
                    }
                    if (count > 0) {
                        counts.merge(term.utf8ToString(), count, Integer::sum);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    private static PostingsEnum postings(LeafReader leaf, Term term) throws IOException {
        Terms terms = leaf.terms(term.field());
        if (terms == null) {
            return null;
        }
        TermsEnum iterator = terms.iterator();
        return iterator.seekExact(term.bytes()) ? iterator.postings(null, PostingsEnum.NONE) : null;
    }

    private ItemSource source(int doc) {
        try {
            LeafReaderContext leaf = leafOf(doc);
            BinaryDocValues values = leaf.reader().getBinaryDocValues(SOURCE);
            if (values == null || !values.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("document " + doc + " has no " + SOURCE);
            }
            return ItemSource.decode(values.binaryValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String sortedValue(int doc, String field) {
        try {
            LeafReaderContext leaf = leafOf(doc);
            SortedDocValues values = leaf.reader().getSortedDocValues(field);
            if (values == null || !values.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("document " + doc + " has no " + field);
            }
            return values.lookupOrd(values.ordValue()).utf8ToString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long numericValue(int doc, String field) {
        try {
            LeafReaderContext leaf = leafOf(doc);
            NumericDocValues values = leaf.reader().getNumericDocValues(field);
            if (values == null || !values.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("document " + doc + " has no " + field);
            }
            return values.longValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] storedBytes(int doc, String field) {
        try {
            Document stored = reader.storedFields().document(doc, Set.of(field));
            return bytes(stored, field);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document stored(int doc) {
        try {
            return reader.storedFields().document(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Document stored, String field) {
        BytesRef bytes = stored.getBinaryValue(field);
        return bytes == null ? null : BytesRef.deepCopyOf(bytes).bytes;
    }

    private LeafReaderContext leafOf(int doc) {
        List<LeafReaderContext> leaves = reader.leaves();
        return leaves.get(ReaderUtil.subIndex(doc, leaves));
    }
}
