package com.weeklygraphql.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The real issues shipped as the embedded sample, read from the source tree: repository path to bytes. */
public final class SampleIssues {

    public static final Path ROOT = Path.of("src/main/resources/sample-content/sofastack-weekly");

    private SampleIssues() {
    }

    /** Every {@code index.md} whose folder is a weekly issue ({@code sofa-weekly...}), in path order. */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(ROOT.resolve("content"))) {
            paths.filter(p -> p.getFileName().toString().equals("index.md"))
                    .filter(p -> ROOT.relativize(p).toString().contains("weekly"))
                    .sorted()
                    .forEach(p -> files.put(ROOT.relativize(p).toString().replace('\\', '/'), read(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The first {@code count} sample issues, in path order. */
    public static Map<String, byte[]> first(int count) {
        Map<String, byte[]> some = new LinkedHashMap<>();
        all().entrySet().stream().limit(count).forEach(e -> some.put(e.getKey(), e.getValue()));
        return some;
    }

    /** The slug of an issue path: its page-bundle folder. */
    public static String slugOf(String path) {
        String[] parts = path.split("/");
        return parts[parts.length - 2];
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
