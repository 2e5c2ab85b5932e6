package com.weeklygraphql.bench;

import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.Reading;
import com.weeklygraphql.content.model.Release;
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
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Throughput of the search text analysis as the content index pays it: one operation adds every item of the
 * embedded sample (issues, questions, releases, events, readings: their {@link ItemText}s, parsed beforehand)
 * to a fresh in-memory index through {@link SearchFields}, and commits. The figure that matters is characters
 * of item text per second ({@code chars} counter), against the ~250 M characters of 100,000 issues. Run
 * {@link #main}; both ways of matching Han text are measured ({@link #han}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class SearchIndexingBenchmark {

    private final List<ItemText> texts = new ArrayList<>();
    private SearchFields fields;
    private long charsPerSample;

    /** How Han text is matched: QUERY_WORDS (the service) indexes bigrams only; BOTH adds a word-segmented field. */
    @Param({"QUERY_WORDS", "BOTH"})
    public String han;

    /** Characters indexed, as a rate next to the operation rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Characters {
        public long chars;

        @Setup(Level.Iteration)
        public void clear() {
            chars = 0;
        }
    }

    @Setup
    public void parseSample() throws IOException {
        fields = SearchFieldsVariants.of(ProjectCatalogue.defaults(), han);
        IssueParser parser = new IssueParser(ProjectCatalogue.defaults());
        try (Stream<Path> files = Files.walk(ParserBenchmark.SAMPLE.resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                ParsedFile parsed = parser.parse(ParserBenchmark.SAMPLE.relativize(file).toString(),
                        Files.readAllBytes(file));
                if (parsed.isIssue()) {
                    addTexts(parsed.issue(), parsed.bodyText());
                }
            }
        }
        for (ItemText text : texts) {
            charsPerSample += text.title().length();
            charsPerSample += text.body().stream().mapToLong(String::length).sum();
        }
        if (texts.size() < 1000) {
            throw new IllegalStateException("expected the sample's ~1,000 items, found " + texts.size());
        }
    }

    private void addTexts(Issue issue, String bodyText) {
        texts.add(ItemText.of(issue, bodyText));
        issue.questions().stream().map(ItemText::of).forEach(texts::add);
        issue.releases().stream().map(ItemText::of).forEach(texts::add);
        issue.events().stream().map(ItemText::of).forEach(texts::add);
        issue.readings().stream().map(ItemText::of).forEach(texts::add);
    }

    /** Indexes every item of the sample once; answers the number of documents. */
    @Benchmark
    public int indexWholeSample(Characters characters) throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(fields.analyzer())
                        .setRAMBufferSizeMB(64))) {
            int id = 0;
            for (ItemText text : texts) {
                Document doc = new Document();
                doc.add(new StringField("id", Integer.toString(id++), Field.Store.YES));
                fields.addTo(doc, text);
                writer.addDocument(doc);
            }
            writer.commit();
            characters.chars += charsPerSample;
            return writer.getDocStats().numDocs;
        }
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                .include(SearchIndexingBenchmark.class.getName() + ".indexWholeSample")
                .threads(1)
                .jvmArgsAppend("-Dsample.dir=" + ParserBenchmark.SAMPLE.toAbsolutePath())
                .build()).run();
    }
}
