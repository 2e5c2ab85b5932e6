package com.weeklygraphql.bench;

import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.parse.IssueParser;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Throughput of {@link IssueParser}: one operation parses the whole embedded sample (126 markdown files,
 * 114 of them issues), read into memory beforehand, with one parser shared by all benchmark threads as
 * the snapshot builder shares it. Not a test: run {@link #main} (see docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserBenchmark {

    /** Where the sample lives, relative to the project directory the benchmark is started from. */
    static final Path SAMPLE = Path.of(System.getProperty("sample.dir",
            "src/main/resources/sample-content/sofastack-weekly"));

    private final List<String> paths = new ArrayList<>();
    private final List<byte[]> contents = new ArrayList<>();
    private IssueParser parser;

    @Setup
    public void loadSample() throws IOException {
        parser = new IssueParser(ProjectCatalogue.defaults());
        try (Stream<Path> files = Files.walk(SAMPLE.resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                paths.add(SAMPLE.relativize(file).toString().replace('\\', '/'));
                contents.add(Files.readAllBytes(file));
            }
        }
        int issues = parseAll(new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous."));
        if (paths.size() != 126 || issues != 114) {
            throw new IllegalStateException("expected the sample's 126 files and 114 issues, found "
                    + paths.size() + " files and " + issues + " issues under " + SAMPLE.toAbsolutePath());
        }
    }

    /** Parses every sample file once; answers the number of issues. */
    @Benchmark
    public int parseWholeSample(Blackhole blackhole) {
        return parseAll(blackhole);
    }

    private int parseAll(Blackhole blackhole) {
        int issues = 0;
        for (int i = 0; i < paths.size(); i++) {
            ParsedFile parsed = parser.parse(paths.get(i), contents.get(i));
            blackhole.consume(parsed);
            issues += parsed.isIssue() ? 1 : 0;
        }
        return issues;
    }

    /**
     * Runs the benchmark with 1 thread, then with one thread per core (or the thread counts given as
     * arguments). Extra JMH options cannot be passed; use the JMH command line for those.
     */
    public static void main(String[] args) throws RunnerException {
        List<Integer> threadCounts = new ArrayList<>();
        for (String arg : args) {
            threadCounts.add(Integer.parseInt(arg));
        }
        if (threadCounts.isEmpty()) {
            threadCounts = List.of(1, Runtime.getRuntime().availableProcessors());
        }
        for (int threads : threadCounts) {
            Options options = new OptionsBuilder()
                    .include(ParserBenchmark.class.getName() + ".parseWholeSample")
                    .threads(threads)
                    .jvmArgsAppend("-Dsample.dir=" + SAMPLE.toAbsolutePath())
                    .build();
            new Runner(options).run();
        }
    }
}
