package com.weeklygraphql.content.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The embedded sample corpus, read from the source tree: repository-relative path to bytes. */
final class SampleContent {

    static final Path ROOT = Path.of("src/main/resources/sample-content/sofastack-weekly");

    private SampleContent() {
    }

    /** Every {@code index.md} under {@code content/}, in path order. */
    static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(ROOT.resolve("content"))) {
            paths.filter(p -> p.getFileName().toString().equals("index.md")).sorted().forEach(p -> {
                try {
                    files.put(ROOT.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static String pathOf(String slug) {
        return files().keySet().stream()
                .filter(path -> IssueParser.slugOf(path).equals(slug))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sample issue " + slug));
    }

    static byte[] bytesOf(String slug) {
        return files().get(pathOf(slug));
    }
}
