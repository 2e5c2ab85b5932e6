package com.weeklygraphql.content.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.git.BranchHead;
import com.weeklygraphql.content.index.ContentIndex;
import com.weeklygraphql.content.index.DecodedIssues;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.support.ContentRepositories;
import com.weeklygraphql.support.GitRemote;
import com.weeklygraphql.support.SnapshotDump;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The snapshot a sync builds file by file from the previous one answers exactly like a snapshot built from scratch
 * at the same commit: after every commit of a random sequence over the real corpus (adds, edits, deletes, renames,
 * a slug claimed twice, unreadable files, catalogue edits, force-pushes to older commits, edits reverted within a
 * push), the two give the same {@link SnapshotDump}. The scratch builds keep their own serving history, so a file
 * that cannot be read falls back on the issue each side served before. Replay a run with
 * {@code -Dequality.seed=<seed it printed>}; {@code -Dequality.steps} sets its length.
 */
@ExtendWith(OutputCaptureExtension.class)
class IncrementalEqualsFullBuildTests {

    private static final String CATALOGUE = "projects.yaml";

    @TempDir
    Path dir;

    private final Map<String, byte[]> corpus = corpus();
    private final EnumSet<Operation> done = EnumSet.noneOf(Operation.class);
    private final List<RevCommit> pushed = new ArrayList<>();
    private GitRemote remote;
    private Random random;

    enum Operation {
        ADD, EDIT, DELETE, RENAME, CLAIM_SLUG_TWICE, UNREADABLE, CATALOGUE_EDIT, FORCE_PUSH_TO_OLDER, EDIT_AND_REVERT
    }

    @Test
    void everyCommitServesWhatABuildFromScratchServes(CapturedOutput output) {
        long seed = Long.getLong("equality.seed", 20261127L);
        int steps = Integer.getInteger("equality.steps", 30);
        random = new Random(seed);
        System.out.println("IncrementalEqualsFullBuildTests seed " + seed + " (replay with -Dequality.seed=" + seed + ")");
        remote = GitRemote.create(dir.resolve("remote"));
        Map<String, byte[]> initial = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>(corpus.keySet());
        for (int i = 0; i < 30; i++) {
            String path = paths.get(random.nextInt(paths.size()));
            initial.put(path, corpus.get(path));
        }
        pushed.add(remote.commit("Initial content", initial));
        remote.push();
        try (SyncFixture fixture = SyncFixture.startMergingEveryBuild(dir.resolve("data"), remote.uri());
                ContentIndex scratchIndex = ContentIndex.open(dir.resolve("scratch"), SyncFixture.builtInSettings().text(), new DecodedIssues(1 << 20))) {
            SnapshotUpdater scratch = new SnapshotUpdater(fixture.repository.commits(), scratchIndex,
                    SyncFixture.builtInSettings(), SyncFixture.MAX_FILE_BYTES, fixture.clock, fixture.workers);
            fixture.sync.syncNow();
            assertThat(fixture.served().index().searcher().getIndexReader().leaves())
                    .as("the build from scratch is served from its merged index after the sync that follows it").hasSize(1);
            assertThat(output).contains("from the content index merged into 1 segments");
            ContentSnapshot full = compare(fixture, scratch, null, seed, 0, "the first sync");
            for (int step = 1; step <= steps; step++) {
                Operation operation = Operation.values()[random.nextInt(Operation.values().length)];
                String what = apply(operation);
                fixture.sync.syncNow();
                full = compare(fixture, scratch, full, seed, step, what);
            }
        }
        assertThat(done).as("seed " + seed + ": every kind of commit was tried").isEqualTo(EnumSet.allOf(Operation.class));
    }

    private ContentSnapshot compare(SyncFixture fixture, SnapshotUpdater scratch, ContentSnapshot previousFull, long seed,
            int step, String what) {
        BranchHead head = fixture.repository.remote().head();
        assertThat(fixture.served().commit()).as("step %d: the sync serves the pushed head", step).isEqualTo(head.commitName());
        ContentSnapshot full = scratch.rebuild(head, previousFull).current();
        assertThat(SnapshotDump.of(fixture.served()))
                .as("seed %d step %d (%s): the incremental snapshot answers like one built from scratch", seed, step, what)
                .isEqualTo(SnapshotDump.of(full));
        return full;
    }

    // One commit (or a few) of the given kind, pushed; answers what it did, for the failure message.
    private String apply(Operation operation) {
        Set<String> present = remote.files();
        List<String> markdown = present.stream().filter(path -> path.endsWith(".md")).toList();
        List<String> absent = corpus.keySet().stream().filter(path -> !present.contains(path)).toList();
        String what;
        switch (operation) {
            case ADD -> {
                if (absent.isEmpty()) {
                    return apply(Operation.DELETE);
                }
                String path = pick(absent);
                commit(path, corpus.get(path));
                what = "add " + path;
            }
            case EDIT -> {
                String path = pick(markdown);
                commit(path, edited(remote.read(path)));
                what = "edit " + path;
            }
            case DELETE -> {
                String path = pick(markdown);
                remote.delete(path);
                what = "delete " + path;
            }
            case RENAME -> {
                String path = pick(markdown);
                String target = random.nextBoolean() ? path.replace("/index.md", "-moved/index.md")
                        : path.replaceFirst("^content/zh/", "content/ja/");
                byte[] content = remote.read(path);
                remote.delete(path);
                commit(target, content);
                what = "rename " + path + " to " + target;
            }
            case CLAIM_SLUG_TWICE -> {
                String path = pick(markdown);
                // Another language folder holds the same page bundle: the same slug, earlier or later in tree order.
                String twin = path.replaceFirst("^content/[a-z]+/", random.nextBoolean() ? "content/en/" : "content/zz/");
                commit(twin.equals(path) ? path.replace("/index.md", "/index.markdown") : twin, remote.read(path));
                what = "claim the slug of " + path + " again";
            }
            case UNREADABLE -> {
                String path = pick(markdown);
                commit(path, unreadable());
                what = "make " + path + " unreadable";
            }
            case CATALOGUE_EDIT -> {
                what = editCatalogue(present.contains(CATALOGUE));
            }
            case FORCE_PUSH_TO_OLDER -> {
                if (pushed.size() < 3) {
                    return apply(Operation.EDIT);
                }
                RevCommit older = pushed.get(pushed.size() - 2 - random.nextInt(Math.min(3, pushed.size() - 1)));
                remote.resetTo(older);
                pushed.add(older);
                remote.forcePush();
                done.add(operation);
                return "force-push back to " + older.name();
            }
            case EDIT_AND_REVERT -> {
                String path = pick(markdown);
                byte[] original = remote.read(path);
                commit(path, edited(original));
                commit(path, original);
                what = "edit and revert " + path + " in one push";
            }
            default -> throw new IllegalStateException(operation.name());
        }
        pushed.add(remote.head());
        remote.push();
        done.add(operation);
        return what;
    }

    private String editCatalogue(boolean present) {
        int choice = random.nextInt(3);
        if (present && choice == 0) {
            remote.delete(CATALOGUE);
            return "delete the catalogue";
        }
        if (choice == 1) {
            commit(CATALOGUE, "projects: [ this is not a catalogue\n".getBytes(StandardCharsets.UTF_8));
            return "write a broken catalogue";
        }
        String yaml = new String(builtInCatalogue(), StandardCharsets.UTF_8);
        // The same catalogue with another alias for SOFAJRaft and a project it did not know.
        // The same catalogue knowing a project the built-in one does not, which many issues mention.
        String edited = yaml + "\n  - name: Kubernetes\n    aliases: [k8s, K8S]\n    repository: https://github.com/kubernetes/kubernetes\n";
        commit(CATALOGUE, edited.getBytes(StandardCharsets.UTF_8));
        return "write a catalogue that knows Kubernetes";
    }

    private byte[] edited(byte[] original) {
        String text = new String(original, StandardCharsets.UTF_8);
        return switch (random.nextInt(4)) {
            case 0 -> (text + "\n\n补充：本周又有一位读者提问，关于 SOFARPC 的超时设置。\n").getBytes(StandardCharsets.UTF_8);
            case 1 -> text.replaceFirst("title: *\"?", "$0更新 ").getBytes(StandardCharsets.UTF_8);
            case 2 -> text.replace("SOFA", "Sofa").getBytes(StandardCharsets.UTF_8);
            default -> text.replaceFirst("\n## ", "\n### ").getBytes(StandardCharsets.UTF_8);
        };
    }

    private byte[] unreadable() {
        return switch (random.nextInt(3)) {
            case 0 -> new byte[] {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n', '-', '-', '-', '\n'};
            case 1 -> "---\ntitle: [unclosed\ndate: 2021-01-01T10:00:00+08:00\n---\n\ntext\n".getBytes(StandardCharsets.UTF_8);
            default -> "---\ntitle: \"SOFA Weekly | no date\"\ncategories: \"SOFA Weekly\"\n---\n\n正文。\n"
                    .getBytes(StandardCharsets.UTF_8);
        };
    }

    private void commit(String path, byte[] content) {
        remote.commit(path, content);
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static Map<String, byte[]> corpus() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(ContentRepositories.SAMPLE.resolve("content"))) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                files.put(ContentRepositories.SAMPLE.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static byte[] builtInCatalogue() {
        try (InputStream in = IncrementalEqualsFullBuildTests.class.getResourceAsStream("/projects.yaml")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
