package com.weeklygraphql.content.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.index.ContentIndex;
import com.weeklygraphql.content.index.DecodedIssues;
import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.support.GitRemote;
import com.weeklygraphql.support.SampleIssues;
import com.weeklygraphql.support.SnapshotDump;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart serves what the content index of the last run committed without parsing anything, and only that: an
 * index made by other code or with another catalogue, or with a damaged or half-written file, is not trusted but
 * built again from the clone, and serves exactly what it served before.
 */
class IndexRestartTests {

    @TempDir
    Path dir;

    private GitRemote remote;
    private SyncFixture fixture;
    private String before;

    @BeforeEach
    void serveAndStop() {
        remote = GitRemote.create(dir.resolve("remote"));
        remote.commit("Eight issues", SampleIssues.first(8));
        remote.push();
        fixture = SyncFixture.start(dir.resolve("data"), remote.uri());
        before = SnapshotDump.of(fixture.served());
        fixture.close();
    }

    @AfterEach
    void close() {
        fixture.close();
        remote.close();
    }

    @Test
    void aRestartServesTheCommittedIndexWithoutParsing() {
        fixture = SyncFixture.start(dir.resolve("data"), remote.uri());

        assertThat(fixture.loader.parseCount()).isZero();
        assertThat(SnapshotDump.of(fixture.served())).isEqualTo(before);
    }

    @Test
    void anIndexBuiltByOtherCodeOrWithAnotherCatalogueIsBuiltAgain() {
        String commit;
        try (ContentIndex index = ContentIndex.open(dir.resolve("data/index"), SyncFixture.builtInSettings().text(), new DecodedIssues(1 << 20))) {
            commit = index.committed().get(ContentIndex.COMMIT);
            // What a parser of another version would have written: the same commit, another fingerprint.
            index.commit(commit, "another-parser+built-in");
        }

        fixture = SyncFixture.start(dir.resolve("data"), remote.uri());

        assertThat(fixture.loader.parseCount()).isEqualTo(8);
        assertThat(SnapshotDump.of(fixture.served())).isEqualTo(before);
    }

    @Test
    void aDamagedIndexFileIsNotTrustedButBuiltAgain() throws IOException {
        Path largest = indexFiles().max(Comparator.comparingLong(IndexRestartTests::size)).orElseThrow();
        try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
            long middle = file.length() / 2;
            file.seek(middle);
            int b = file.read();
            file.seek(middle);
            file.write(b ^ 0x5A);
        }

        fixture = SyncFixture.start(dir.resolve("data"), remote.uri());

        assertThat(fixture.loader.parseCount()).isEqualTo(8);
        assertThat(SnapshotDump.of(fixture.served())).isEqualTo(before);
    }

    @Test
    void aHalfWrittenIndexIsNotTrustedButBuiltAgain() throws IOException {
        for (Path file : indexFiles().toList()) {
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.setLength(raf.length() / 2);
            }
        }

        fixture = SyncFixture.start(dir.resolve("data"), remote.uri());

        assertThat(fixture.loader.parseCount()).isEqualTo(8);
        assertThat(SnapshotDump.of(fixture.served())).isEqualTo(before);
    }

    @Test
    void aRestartAfterNewCommitsServesTheIndexThenCatchesUpFileByFile() {
        String edited = List.copyOf(SampleIssues.first(8).keySet()).get(4);
        remote.commit(edited, (new String(SampleIssues.all().get(edited), java.nio.charset.StandardCharsets.UTF_8) + "\n补充。\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        remote.push();

        fixture = SyncFixture.start(dir.resolve("data"), remote.uri());
        fixture.sync.syncNow();

        ContentSnapshot served = fixture.served();
        assertThat(served.commit()).isEqualTo(remote.head().name());
        assertThat(fixture.loader.parseCount()).isEqualTo(1);
        assertThat(fixture.markdownOf(SampleIssues.slugOf(edited))).contains("补充。");
    }

    @Test
    void aRestartServesTheProblemsOfTheLastRunWithoutParsing() {
        String edited = List.copyOf(SampleIssues.first(8).keySet()).get(2);
        fixture = SyncFixture.start(dir.resolve("data"), remote.uri());
        // One new file that never parsed, one issue whose edit broke it and that serves its last good parse.
        remote.commit("content/zh/blog/sofa-weekly-29990101/index.md", "---\ntitle: [unclosed\n---\n正文\n"
                .getBytes(StandardCharsets.UTF_8));
        remote.commit(edited, "---\ndate: [unclosed\n---\n".getBytes(StandardCharsets.UTF_8));
        remote.push();
        fixture.sync.syncNow();
        String withProblems = SnapshotDump.of(fixture.served());
        List<String> problemPaths = fixture.served().problems().stream().map(ContentProblem::path).distinct().toList();
        assertThat(problemPaths).contains("content/zh/blog/sofa-weekly-29990101/index.md", edited);
        fixture.close();

        fixture = SyncFixture.start(dir.resolve("data"), remote.uri());

        assertThat(fixture.loader.parseCount()).isZero();
        assertThat(SnapshotDump.of(fixture.served())).isEqualTo(withProblems);
    }

    private Stream<Path> indexFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("data/index"))) {
            return files.filter(path -> !path.getFileName().toString().equals("write.lock")).toList().stream();
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
