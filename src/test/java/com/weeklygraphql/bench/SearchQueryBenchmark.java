package com.weeklygraphql.bench;

import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.parse.IssueParser;
import com.weeklygraphql.content.project.ProjectCatalogue;
import com.weeklygraphql.content.search.ItemText;
import com.weeklygraphql.content.search.SearchFields;
import com.weeklygraphql.content.search.SearchFieldsVariants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
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
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * What one search costs on the sample's index: reading the query, ranking (score, then newest), and the
 * snippets of a first page of 20 hits, which are cut from stored text analysed again. One operation runs every
 * judged query of {@code search/relevance.yaml} (76), so the average time per query is the operation time
 * divided by that. {@link #rankOnly} leaves the snippets out, so the difference is their cost. Run {@link #main}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class SearchQueryBenchmark {

    static final int PAGE = 20;
    static final Sort RANKED = new Sort(SortField.FIELD_SCORE, new SortField("day", SortField.Type.LONG, true));

    private final SearchFields fields = new SearchFields(ProjectCatalogue.defaults());
    private ByteBuffersDirectory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private List<String> queries;

    @Setup
    public void indexSample() throws IOException {
        queries = SearchFieldsVariants.judgedQueries();
        directory = new ByteBuffersDirectory();
        IssueParser parser = new IssueParser(ProjectCatalogue.defaults());
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(fields.analyzer()));
                Stream<Path> files = Files.walk(ParserBenchmark.SAMPLE.resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                ParsedFile parsed = parser.parse(ParserBenchmark.SAMPLE.relativize(file).toString(),
                        Files.readAllBytes(file));
                if (parsed.isIssue()) {
                    long day = parsed.issue().date().toLocalDate().toEpochDay();
                    List<ItemText> texts = new ArrayList<>();
                    texts.add(ItemText.of(parsed.issue(), parsed.bodyText()));
                    parsed.issue().questions().stream().map(ItemText::of).forEach(texts::add);
                    parsed.issue().releases().stream().map(ItemText::of).forEach(texts::add);
                    parsed.issue().events().stream().map(ItemText::of).forEach(texts::add);
                    parsed.issue().readings().stream().map(ItemText::of).forEach(texts::add);
                    for (ItemText text : texts) {
                        Document doc = new Document();
                        doc.add(new NumericDocValuesField("day", day));
                        fields.addTo(doc, text);
                        writer.addDocument(doc);
                    }
                }
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @TearDown
    public void close() throws IOException {
        reader.close();
        directory.close();
    }

    /** Every judged query: read, ranked, a first page of 20 with up to 3 snippets per hit. */
    @Benchmark
    public void rankAndHighlight(Blackhole blackhole) throws IOException {
        for (String text : queries) {
            Query query = fields.search(text);
            TopDocs top = searcher.search(query, PAGE, RANKED, true);
            for (ScoreDoc hit : top.scoreDocs) {
                blackhole.consume(fields.highlights(searcher, query, hit.doc, 3));
            }
        }
    }

    /** The same without snippets. */
    @Benchmark
    public void rankOnly(Blackhole blackhole) throws IOException {
        for (String text : queries) {
            blackhole.consume(searcher.search(fields.search(text), PAGE, RANKED, true));
        }
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                .include(SearchQueryBenchmark.class.getName())
                .jvmArgsAppend("-Dsample.dir=" + ParserBenchmark.SAMPLE.toAbsolutePath())
                .build()).run();
    }
}
