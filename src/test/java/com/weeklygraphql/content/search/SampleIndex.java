package com.weeklygraphql.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * A Lucene index of items built the way the content index builds it: the lead's structural fields
 * ({@code kind}, {@code id}, {@code issue}, {@code day}) next to the fields {@link SearchFields} adds, in
 * memory.
 */
final class SampleIndex implements AutoCloseable {

    /** Best first, then newest first on equal scores: the order {@code search} answers in. */
    static final Sort RANKED = new Sort(SortField.FIELD_SCORE, new SortField("day", SortField.Type.LONG, true));

    /** One ranked hit. */
    record Hit(int doc, String kind, String id, String issue, float score) {
    }

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SearchFields fields;

    private SampleIndex(Directory directory, SearchFields fields) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.fields = fields;
    }

    static SampleIndex of(SearchFields fields, List<SampleItems.Item> items) {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(fields.analyzer()))) {
            for (SampleItems.Item item : items) {
                writer.addDocument(document(fields, item));
            }
            writer.commit();
            return new SampleIndex(directory, fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document document(SearchFields fields, SampleItems.Item item) {
        Document doc = new Document();
        doc.add(new StringField("kind", item.kind(), Field.Store.YES));
        doc.add(new StringField("id", item.id(), Field.Store.YES));
        doc.add(new StringField("issue", item.issue(), Field.Store.YES));
        doc.add(new NumericDocValuesField("day", item.day().toEpochDay()));
        fields.addTo(doc, item.text());
        return doc;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    SearchFields fields() {
        return fields;
    }

    List<Hit> top(Query query, int n) {
        try {
            TopDocs top = searcher.search(query, n, RANKED, true);
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                Document doc = searcher.storedFields().document(scoreDoc.doc, Set.of("kind", "id", "issue"));
                hits.add(new Hit(scoreDoc.doc, doc.get("kind"), doc.get("id"), doc.get("issue"), scoreDoc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of every item the query matches. */
    Set<String> ids(Query query) {
        Set<String> ids = new LinkedHashSet<>();
        top(query, Math.max(1, reader.maxDoc())).forEach(hit -> ids.add(hit.id()));
        return ids;
    }

    int count(Query query) {
        try {
            return searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
