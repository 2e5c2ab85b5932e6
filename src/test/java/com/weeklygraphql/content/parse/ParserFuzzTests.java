package com.weeklygraphql.content.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Feeds mutated real issues to the parser: bytes flipped, lines shuffled, sections cut, front matter broken,
 * hostile YAML and markdown spliced in, several at once. Whatever comes in, no exception escapes, and each
 * input is either parsed (an issue, or an ordinary post) or reported as problems that name the file.
 *
 * <p>{@code -Dfuzz.iterations=N} sets the number of inputs (default 10,000, the size {@code ./mvnw verify}
 * runs in CI); the seed is fixed, so every run feeds the same inputs and a failure replays; {@code -Dfuzz.seed=S}
 * explores other inputs (the seed is printed and named in any failure); {@code -Dfuzz.threads=T} sets the
 * parallelism (default: the machine's processors).
 *
 * <p>The parser turns any exception into a problem, so "nothing escaped" alone proves little: a problem that
 * reports the parser's own failure ("could not parse the file: NullPointerException") fails the run too.
 */
class ParserFuzzTests {

    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 10_000);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_127L);
    private static final int THREADS = Integer.getInteger("fuzz.threads", Runtime.getRuntime().availableProcessors());

    private final IssueParser parser = new IssueParser(ProjectCatalogue.defaults());
    private final List<Map.Entry<String, byte[]>> corpus = new ArrayList<>(SampleContent.files().entrySet());

    enum Mutation {
        FLIP_BYTES, SHUFFLE_LINES, CUT_SECTION, TRUNCATE, BREAK_FRONT_MATTER, HOSTILE_YAML, HOSTILE_MARKDOWN,
        DUPLICATE_SECTION, INVALID_UTF8
    }

    enum Outcome { ISSUE, ORDINARY_POST, REPORTED }

    @Test
    void noExceptionEscapesAndEveryInputIsParsedOrReported() throws Exception {
        System.out.printf("ParserFuzzTests: %d inputs on %d threads, seed %d (replay with -Dfuzz.seed=%d)%n",
                ITERATIONS, THREADS, SEED, SEED);
        Map<Outcome, LongAdder> outcomes = new ConcurrentHashMap<>();
        Map<Mutation, LongAdder> applied = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        ForkJoinPool pool = new ForkJoinPool(THREADS);
        try {
            // Each input comes from its own Random, seeded by the run's seed and its index: a run replays exactly
            // whatever the threads' interleaving.
            pool.submit(() -> IntStream.range(0, ITERATIONS).parallel().forEach(index -> {
                Outcome outcome = fuzzOne(index, applied);
                outcomes.computeIfAbsent(outcome, o -> new LongAdder()).increment();
            })).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError failure) {
                throw failure;
            }
            throw e;
        } finally {
            pool.shutdown();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long issues = count(outcomes, Outcome.ISSUE);
        long posts = count(outcomes, Outcome.ORDINARY_POST);
        long reported = count(outcomes, Outcome.REPORTED);
        System.out.printf("ParserFuzzTests: %d inputs in %d ms: %d issues, %d ordinary posts, %d reported as problems;"
                + " mutations applied %s%n", ITERATIONS, millis, issues, posts, reported, applied);
        assertThat(issues + posts + reported).isEqualTo(ITERATIONS);
        // The mutations must not all end as unreadable files, or the extractors would go untested.
        assertThat(issues).isPositive();
        assertThat(reported).isPositive();
    }

    private Outcome fuzzOne(int index, Map<Mutation, LongAdder> applied) {
        Random random = new Random(SEED + index * 0x9E3779B97F4A7C15L);
        Map.Entry<String, byte[]> original = corpus.get(random.nextInt(corpus.size()));
        byte[] input = original.getValue();
        int mutations = 1 + random.nextInt(3);
        StringBuilder recipe = new StringBuilder();
        for (int m = 0; m < mutations; m++) {
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            input = apply(mutation, input, random);
            applied.computeIfAbsent(mutation, k -> new LongAdder()).increment();
            recipe.append(mutation).append(' ');
        }
        String context = "input " + index + " of seed " + SEED + " (" + original.getKey() + ", " + recipe.toString().strip() + ")";

        ParsedFile parsed;
        try {
            parsed = parser.parse(original.getKey(), input);
        } catch (Throwable escaped) {
            throw new AssertionError("the parser threw on " + context, escaped);
        }

        for (ContentProblem problem : parsed.problems()) {
            assertThat(problem.path()).as(context).isEqualTo(original.getKey());
            assertThat(problem.message()).as(context).isNotBlank()
                    .doesNotStartWith("could not parse the file").doesNotStartWith("could not read");
            assertThat(problem.line()).as(context).isNotNegative();
        }
        if (parsed.isIssue()) {
            assertWhole(parsed.issue(), context);
            return Outcome.ISSUE;
        }
        return parsed.problems().isEmpty() ? Outcome.ORDINARY_POST : Outcome.REPORTED;
    }

    private static long count(Map<Outcome, LongAdder> outcomes, Outcome outcome) {
        LongAdder adder = outcomes.get(outcome);
        return adder == null ? 0 : adder.sum();
    }

    private static void assertWhole(Issue issue, String context) {
        assertThat(issue.slug()).as(context).isNotBlank();
        assertThat(issue.title()).as(context).isNotNull();
        assertThat(issue.date()).as(context).isNotNull();
        assertThat(issue.excerpt()).as(context).isNotNull();
        assertThat(issue.readingMinutes()).as(context).isPositive();
        assertThat(issue.questions()).as(context).doesNotContainNull();
        assertThat(issue.releases()).as(context).doesNotContainNull();
        assertThat(issue.events()).as(context).doesNotContainNull();
        assertThat(issue.readings()).as(context).doesNotContainNull();
    }

    static byte[] apply(Mutation mutation, byte[] input, Random random) {
        BiFunction<byte[], Random, byte[]> operation = switch (mutation) {
            case FLIP_BYTES -> ParserFuzzTests::flipBytes;
            case SHUFFLE_LINES -> (bytes, r) -> lines(bytes, r, ParserFuzzTests::shuffleSome);
            case CUT_SECTION -> (bytes, r) -> lines(bytes, r, ParserFuzzTests::cutRange);
            case TRUNCATE -> (bytes, r) -> bytes.length == 0 ? bytes : Arrays.copyOf(bytes, r.nextInt(bytes.length));
            case BREAK_FRONT_MATTER -> ParserFuzzTests::breakFrontMatter;
            case HOSTILE_YAML -> ParserFuzzTests::hostileYaml;
            case HOSTILE_MARKDOWN -> ParserFuzzTests::hostileMarkdown;
            case DUPLICATE_SECTION -> (bytes, r) -> lines(bytes, r, ParserFuzzTests::duplicateRange);
            case INVALID_UTF8 -> ParserFuzzTests::invalidUtf8;
        };
        return operation.apply(input, random);
    }

    private static byte[] flipBytes(byte[] input, Random random) {
        byte[] output = input.clone();
        int flips = 1 + random.nextInt(32);
        for (int i = 0; i < flips && output.length > 0; i++) {
            int at = random.nextInt(output.length);
            output[at] = random.nextBoolean() ? (byte) random.nextInt(256) : (byte) (output[at] ^ (1 << random.nextInt(8)));
        }
        return output;
    }

    private static byte[] lines(byte[] input, Random random, BiFunction<List<String>, Random, List<String>> edit) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(input, StandardCharsets.UTF_8).split("\n", -1)));
        return String.join("\n", edit.apply(lines, random)).getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> shuffleSome(List<String> lines, Random random) {
        if (lines.size() < 2) {
            return lines;
        }
        int from = random.nextInt(lines.size() - 1);
        int to = from + 1 + random.nextInt(Math.min(lines.size() - from - 1, 60) + 1);
        Collections.shuffle(lines.subList(from, Math.min(to, lines.size())), random);
        return lines;
    }

    private static List<String> cutRange(List<String> lines, Random random) {
        if (lines.isEmpty()) {
            return lines;
        }
        int from = random.nextInt(lines.size());
        int to = Math.min(lines.size(), from + 1 + random.nextInt(40));
        lines.subList(from, to).clear();
        return lines;
    }

    private static List<String> duplicateRange(List<String> lines, Random random) {
        if (lines.isEmpty()) {
            return lines;
        }
        int from = random.nextInt(lines.size());
        int to = Math.min(lines.size(), from + 1 + random.nextInt(40));
        List<String> copy = new ArrayList<>(lines.subList(from, to));
        lines.addAll(random.nextInt(lines.size() + 1), copy);
        return lines;
    }

    private static final String[] FRONT_MATTER_BREAKS = {
        "date: not-a-date", "date: 2019-13-45T99:99:99+08:00", "date: ", "title: [unclosed", "title: \"unclosed",
        "tags: {a: [b, {c: d}", "categories: !!python/object:os.system ls", "\t: tab key", ": no key", "- a list item",
        "title: *undefined", "date: &d 2019-08-09\ndate2: *d", "---", "...", "%YAML 1.1", "? complex\n: key",
        "title: |\n  literal\n bad indent", "date: 2019-08-09T16:00:00+25:00", "title: \u0000", "author: \uFEFF"
    };

    private static byte[] breakFrontMatter(byte[] input, Random random) {
        String text = new String(input, StandardCharsets.UTF_8);
        int close = text.indexOf("\n---", 3);
        return switch (random.nextInt(4)) {
            case 0 -> close < 0 ? input : (text.substring(0, close) + text.substring(close + 4)).getBytes(StandardCharsets.UTF_8);
            case 1 -> text.replaceFirst("^---", "").getBytes(StandardCharsets.UTF_8);
            case 2 -> {
                int at = close < 0 ? Math.min(4, text.length()) : Math.max(0, close);
                yield (text.substring(0, at) + "\n" + FRONT_MATTER_BREAKS[random.nextInt(FRONT_MATTER_BREAKS.length)]
                        + text.substring(at)).getBytes(StandardCharsets.UTF_8);
            }
            default -> ("---\n" + FRONT_MATTER_BREAKS[random.nextInt(FRONT_MATTER_BREAKS.length)] + "\n" + text)
                    .getBytes(StandardCharsets.UTF_8);
        };
    }

    // Sizes stay where each limit is crossed (nesting depth, alias count) without making one input cost seconds:
    // a scalar over the YAML reader's code-point limit is SyncFaultTests' job, once.
    private static byte[] hostileYaml(byte[] input, Random random) {
        String yaml = switch (random.nextInt(4)) {
            case 0 -> aliasBomb(3 + random.nextInt(7));
            case 1 -> "tags: " + "[".repeat(40 + random.nextInt(2_000)) + "]".repeat(random.nextInt(2_000));
            case 2 -> "description: \"" + "长".repeat(1_000 + random.nextInt(100_000)) + "\"";
            default -> "k: " + "{a: ".repeat(40 + random.nextInt(300)) + "b" + "}".repeat(random.nextInt(400));
        };
        String text = new String(input, StandardCharsets.UTF_8);
        int close = text.indexOf("\n---", 3);
        String mutated = close < 0 ? "---\n" + yaml + "\n---\n" + text
                : text.substring(0, close) + "\n" + yaml + text.substring(close);
        return mutated.getBytes(StandardCharsets.UTF_8);
    }

    private static String aliasBomb(int levels) {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level < levels; level++) {
            yaml.append('a').append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*a" + (level - 1)))).append("]\n");
        }
        return yaml.toString();
    }

    // Deep enough to cross the renderer's nesting guard, small enough that one input costs milliseconds, not
    // seconds: some of these shapes parse in superlinear time (50,000 '[' take seconds), which is a finding
    // reported to the parser's owner, not something a 10,000-input run should spend its minutes on.
    private static byte[] hostileMarkdown(byte[] input, Random random) {
        String hostile = switch (random.nextInt(6)) {
            case 0 -> ">".repeat(200 + random.nextInt(10_000)) + " quote";
            case 1 -> {
                StringBuilder list = new StringBuilder();
                for (int i = 0; i < 50 + random.nextInt(300); i++) {
                    list.append("  ".repeat(i)).append("- item\n");
                }
                yield list.toString();
            }
            case 2 -> "[".repeat(100 + random.nextInt(3_000)) + "link" + "](".repeat(random.nextInt(1_000));
            case 3 -> "**".repeat(500 + random.nextInt(10_000));
            case 4 -> "<div>".repeat(100 + random.nextInt(3_000)) + "<script>alert(1)</script>";
            default -> "| a | b |\n|---|---|\n" + "| x | y |\n".repeat(50 + random.nextInt(500));
        };
        String text = new String(input, StandardCharsets.UTF_8);
        int at = random.nextInt(text.length() + 1);
        return (text.substring(0, at) + "\n" + hostile + "\n" + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] invalidUtf8(byte[] input, Random random) {
        byte[] output = input.clone();
        byte[][] bad = {{(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88},
            {(byte) 0xC0, (byte) 0xAF}, {0}};
        byte[] chosen = bad[random.nextInt(bad.length)];
        int at = output.length == 0 ? 0 : random.nextInt(output.length);
        for (int i = 0; i < chosen.length && at + i < output.length; i++) {
            output[at + i] = chosen[i];
        }
        return output;
    }
}
