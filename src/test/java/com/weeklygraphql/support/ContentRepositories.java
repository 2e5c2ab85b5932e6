package com.weeklygraphql.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;

/** Real Git repositories for tests: the sample corpus committed into a temp dir, and more commits on top. */
public final class ContentRepositories {

    /** The sample corpus as shipped in the project (src/main/resources). */
    public static final Path SAMPLE = Paths.get("src/main/resources/sample-content/sofastack-weekly");

    private ContentRepositories() {
    }

    /** A new repository at {@code dir} holding the whole sample in one commit on {@code main}. */
    public static Path sampleRepository(Path dir) {
        return repositoryOf(SAMPLE, dir);
    }

    /** A new repository at {@code dir} holding every file under {@code source} in one commit on {@code main}. */
    public static Path repositoryOf(Path source, Path dir) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(source.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
            try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
                git.add().addFilepattern(".").call();
                git.commit().setMessage("Import the sample").setAuthor("Test", "test@example.invalid")
                        .setCommitter("Test", "test@example.invalid").call();
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a file into the repository's working tree and commits it; answers the new commit's id. */
    public static String commit(Path repository, String path, String content, String message) {
        try (Git git = Git.open(repository.toFile())) {
            Path target = repository.resolve(path);
            Files.createDirectories(target.getParent());
            Files.writeString(target, content, StandardCharsets.UTF_8);
            git.add().addFilepattern(path).call();
            RevCommit commit = git.commit().setMessage(message).setAuthor("Test", "test@example.invalid")
                    .setCommitter("Test", "test@example.invalid").call();
            return commit.name();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A minimal issue in the newsletter's format. */
    public static String issueMarkdown(String title, String date, String body) {
        return """
                ---
                title: "%s"
                categories: "SOFA Weekly"
                tags: ["SOFA Weekly", "test"]
                date: %s
                ---

                %s
                """.formatted(title, date, body);
    }

    /** A temp dir that is removed when the test JVM exits (Spring contexts outlive any one test). */
    public static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    org.springframework.util.FileSystemUtils.deleteRecursively(dir);
                } catch (IOException e) {
                    // Best effort: the OS cleans temp dirs too.
                }
            }));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
