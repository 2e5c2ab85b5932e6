package com.weeklygraphql.content.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.weeklygraphql.content.git.GitSyncException.Reason;
import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.model.IssueHistory;
import com.weeklygraphql.support.GitRemote;
import com.weeklygraphql.support.SampleIssues;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * One test per fault the sync must survive, on a real clone of a real {@code file://} remote: what is served
 * while the fault lasts (the last good snapshot), how it is reported (sync status and health, or the
 * snapshot's problems), and that the next sync after the fault ends serves the remote's head again by itself.
 */
class SyncFaultTests {

    private static final String NEW_ISSUE = "content/zh/blog/sofa-weekly-29990101/index.md";

    @TempDir
    Path dir;

    private GitRemote remote;
    private SyncFixture fixture;
    private ContentSnapshot good;
    private final List<String> paths = new ArrayList<>();

    @BeforeEach
    void serveSixIssues() {
        remote = GitRemote.create(dir.resolve("remote"));
        Map<String, byte[]> issues = SampleIssues.first(6);
        paths.addAll(issues.keySet());
        remote.commit("Six issues", issues);
        remote.push();
        fixture = SyncFixture.start(dir.resolve("data"), remote.uri());
        good = fixture.served();
        assertThat(good.issueCount()).isEqualTo(6);
        assertThat(good.problems()).isEmpty();
    }

    @AfterEach
    void close() {
        fixture.close();
        remote.close();
    }

    // --- the remote ---

    @Test
    void remoteUnreachable() {
        remote.takeDown();

        fixture.sync.syncNow();

        assertServesLastGood();
        assertFailing(Reason.UNREACHABLE, 1);

        remote.bringBack();
        assertRecoversToNewCommit();
    }

    @Test
    void remoteUnreachableAtRestartServesTheClone() {
        fixture.close();
        remote.takeDown();

        fixture = SyncFixture.start(fixture.dataDir, remote.uri());

        // Served from the content index of the last run at once, without parsing; the fetch follows and fails.
        assertThat(fixture.served().commit()).isEqualTo(good.commit());
        assertThat(fixture.served().issueCount()).isEqualTo(6);
        assertThat(fixture.loader.parseCount()).isZero();
        good = fixture.served();
        await().atMost(Duration.ofSeconds(20)).until(() -> fixture.sync.status().failing());
        assertFailing(Reason.UNREACHABLE, 1);

        remote.bringBack();
        assertRecoversToNewCommit();
    }

    @Test
    void remoteDeleted() {
        remote.destroy();

        fixture.sync.syncNow();
        fixture.sync.syncNow();

        assertServesLastGood();
        assertFailing(Reason.UNREACHABLE, 2);

        remote.recreateEmpty();
        remote.push();
        assertRecoversToNewCommit();
    }

    @Test
    void historyRewrittenByForcePush() {
        RevCommit base = remote.head();
        remote.commit(NEW_ISSUE, IncrementalSyncTests.issue("SOFA Weekly | soon rewritten", "2099-01-01T10:00:00+08:00"));
        remote.push();
        fixture.sync.syncNow();
        assertThat(fixture.served().issue("sofa-weekly-29990101")).isPresent();

        remote.resetTo(base);
        Instant rewrittenAt = remote.nextCommitTime();
        String other = "content/zh/blog/sofa-weekly-29990202/index.md";
        RevCommit rewritten = remote.commit(other, IncrementalSyncTests.issue("SOFA Weekly | instead", "2099-02-02T10:00:00+08:00"));
        remote.forcePush();
        long walkedBefore = fixture.loader.historyCommitsWalked();

        fixture.sync.syncNow();

        ContentSnapshot served = fixture.served();
        assertThat(served.commit()).isEqualTo(rewritten.name());
        assertThat(served.issue("sofa-weekly-29990101")).isEmpty();
        assertThat(served.issue("sofa-weekly-29990202")).isPresent();
        assertThat(served.issueCount()).isEqualTo(7);
        assertThat(fixture.sync.status().failing()).isFalse();
        // The rewritten head does not descend from the served one: the history is walked again from the root.
        assertThat(fixture.loader.historyCommitsWalked() - walkedBefore).isEqualTo(2);
        assertThat(served.historyOf("sofa-weekly-29990202")).contains(new IssueHistory(rewrittenAt, rewrittenAt));
    }

    @Test
    void servedBranchDeleted() {
        remote.deleteRemoteBranch("main");

        fixture.sync.syncNow();

        assertServesLastGood();
        assertFailing(Reason.BRANCH_MISSING, 1);
        assertThat(fixture.sync.status().lastError()).contains("branch 'main' does not exist");

        remote.push();
        assertRecoversToNewCommit();
    }

    // --- the local clone ---

    @Test
    void corruptCloneIsMovedAsideAndClonedAgain() throws IOException {
        fixture.close();
        // Pack files cut short under intact indexes: what a crash or a failing disk leaves. Found at the next start,
        // when the served commit must be read from them.
        truncatePacks(SyncFixture.gitDir(fixture.dataDir));

        fixture = SyncFixture.start(fixture.dataDir, remote.uri());

        assertThat(fixture.served().commit()).isEqualTo(good.commit());
        assertThat(fixture.served().issueCount()).isEqualTo(6);
        assertThat(fixture.sync.status().failing()).isFalse();
        assertThat(brokenClones()).hasSize(1);

        RevCommit next = remote.commit(NEW_ISSUE, IncrementalSyncTests.issue("SOFA Weekly | after", "2099-01-01T10:00:00+08:00"));
        remote.push();
        fixture.sync.syncNow();

        assertThat(fixture.served().commit()).isEqualTo(next.name());
        assertThat(fixture.served().issueCount()).isEqualTo(7);
    }

    @Test
    void objectsLostFromTheCloneWhileServing() throws IOException {
        Path gitDir = SyncFixture.gitDir(fixture.dataDir);
        deletePacks(gitDir);
        remote.takeDown();

        fixture.sync.syncNow();

        // While the remote is away the damage cannot be repaired: the last good snapshot serves.
        assertServesLastGood();
        assertFailing(Reason.UNREACHABLE, 1);

        remote.bringBack();
        RevCommit next = remote.commit(NEW_ISSUE, IncrementalSyncTests.issue("SOFA Weekly | after", "2099-01-01T10:00:00+08:00"));
        remote.push();
        fixture.sync.syncNow();

        // Repaired by the fetch, or by cloning again when the fetch cannot: either way the whole head is served.
        assertThat(fixture.served().commit()).isEqualTo(next.name());
        assertThat(fixture.served().issueCount()).isEqualTo(7);
        assertThat(fixture.sync.status().failing()).isFalse();
        fixture.repository.commits().listFiles(next, path -> true)
                .forEach(file -> assertThat(fixture.repository.commits().read(file.blobId())).isNotEmpty());
    }

    @Test
    void halfWrittenCloneIsClonedAgainAtStart() throws IOException {
        fixture.close();
        Path gitDir = SyncFixture.gitDir(fixture.dataDir);
        // A crash in the middle of the first clone: refs written, objects not, a lock file left behind.
        try (Stream<Path> packs = Files.list(gitDir.resolve("objects/pack"))) {
            for (Path pack : packs.toList()) {
                Files.delete(pack);
            }
        }
        Files.writeString(gitDir.resolve("refs/remotes/origin/main.lock"), "");

        fixture = SyncFixture.start(fixture.dataDir, remote.uri());

        assertThat(fixture.served().commit()).isEqualTo(good.commit());
        assertThat(fixture.served().issueCount()).isEqualTo(6);
        assertThat(fixture.sync.status().failing()).isFalse();
        assertThat(brokenClones()).hasSize(1);
    }

    @Test
    void clonesThatCannotBeOpenedAreMovedAsideAtStart() throws IOException {
        fixture.close();
        Path gitDir = SyncFixture.gitDir(fixture.dataDir);
        FileSystemUtils.deleteRecursively(gitDir);
        Files.createDirectories(gitDir.resolve("objects"));

        fixture = SyncFixture.start(fixture.dataDir, remote.uri());

        assertThat(fixture.served().commit()).isEqualTo(good.commit());
        assertThat(brokenClones()).hasSize(1);
    }

    @Test
    void cloneDeletedWhileServing() throws IOException {
        FileSystemUtils.deleteRecursively(SyncFixture.gitDir(fixture.dataDir));
        remote.takeDown();

        fixture.sync.syncNow();

        assertServesLastGood();
        assertFailing(Reason.UNREACHABLE, 1);

        remote.bringBack();
        assertRecoversToNewCommit();
    }

    @Test
    void writeFailsInTheDataDir() throws IOException {
        // Tests run as root, who may write anywhere, so permissions cannot make the data dir unwritable. A regular
        // file where the fetch must create the incoming pack fails the write the way a full disk does, for root too.
        Path pack = SyncFixture.gitDir(fixture.dataDir).resolve("objects/pack");
        Path away = pack.resolveSibling("pack.away");
        Files.move(pack, away);
        Files.writeString(pack, "in the way");
        remote.commit(NEW_ISSUE, IncrementalSyncTests.issue("SOFA Weekly | waiting", "2099-01-01T10:00:00+08:00"));
        remote.push();

        fixture.sync.syncNow();

        assertServesLastGood();
        assertFailing(Reason.LOCAL_WRITE, 1);
        // A full disk is no corrupt clone: nothing is moved aside (which would only fill the disk more).
        assertThat(brokenClones()).isEmpty();

        Files.delete(pack);
        Files.move(away, pack);
        fixture.sync.syncNow();

        assertThat(fixture.served().commit()).isEqualTo(remote.head().name());
        assertThat(fixture.served().issue("sofa-weekly-29990101")).isPresent();
        assertThat(fixture.sync.status().failing()).isFalse();
    }

    // --- the files ---

    @Test
    void fileThatIsNotUtf8() {
        String existing = paths.get(0);
        String slug = SampleIssues.slugOf(existing);
        Issue before = good.issue(slug).orElseThrow();
        Charset gb18030 = Charset.forName("GB18030");
        String text = new String(SampleIssues.all().get(existing), StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(existing, (text + "\n编辑。\n").getBytes(gb18030));
        files.put(NEW_ISSUE, IncrementalSyncTests.issue("SOFA Weekly | 新的一期", "2099-01-01T10:00:00+08:00").getBytes(gb18030));
        RevCommit bad = remote.commit("Saved as GB18030", files);
        remote.push();

        fixture.sync.syncNow();

        ContentSnapshot served = fixture.served();
        assertThat(served.commit()).isEqualTo(bad.name());
        assertThat(fixture.sync.status().failing()).isFalse();
        assertThat(messagesFor(served, existing)).anyMatch(m -> m.contains("not valid UTF-8"))
                .anyMatch(m -> m.contains("last good version"));
        assertThat(messagesFor(served, NEW_ISSUE)).anyMatch(m -> m.contains("not valid UTF-8"));
        // The issue that was fine keeps its last good version; the new one cannot be served yet.
        assertThat(served.issue(slug)).containsSame(before);
        assertThat(served.issue("sofa-weekly-29990101")).isEmpty();
        assertThat(fixture.health()).containsEntry("problems", served.problems().size());

        files.put(existing, (text + "\n编辑。\n").getBytes(StandardCharsets.UTF_8));
        files.put(NEW_ISSUE, IncrementalSyncTests.issue("SOFA Weekly | 新的一期", "2099-01-01T10:00:00+08:00").getBytes(StandardCharsets.UTF_8));
        remote.commit("Saved as UTF-8", files);
        remote.push();
        fixture.sync.syncNow();

        assertThat(fixture.served().problems()).isEmpty();
        assertThat(fixture.markdownOf(slug)).contains("编辑。");
        assertThat(fixture.served().issue("sofa-weekly-29990101")).isPresent();
    }

    @Test
    void fiftyMegabyteFile() {
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        byte[] head = "---\ntitle: \"SOFA Weekly | huge\"\ndate: 2099-01-01T10:00:00+08:00\n---\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, huge, 0, head.length);
        remote.commit(NEW_ISSUE, huge);
        remote.push();
        long parsesBefore = fixture.loader.parseCount();

        fixture.sync.syncNow();

        ContentSnapshot served = fixture.served();
        assertThat(served.commit()).isEqualTo(remote.head().name());
        assertThat(messagesFor(served, NEW_ISSUE)).anyMatch(m -> m.contains("52428800 bytes, over the limit"));
        assertThat(served.issueCount()).isEqualTo(6);
        // Refused by size before it is read, let alone parsed.
        assertThat(fixture.loader.parseCount()).isEqualTo(parsesBefore);
        assertThat(fixture.sync.status().failing()).isFalse();

        remote.commit(NEW_ISSUE, IncrementalSyncTests.issue("SOFA Weekly | reasonable", "2099-01-01T10:00:00+08:00"));
        remote.push();
        fixture.sync.syncNow();

        assertThat(fixture.served().problems()).isEmpty();
        assertThat(fixture.served().issue("sofa-weekly-29990101")).isPresent();
    }

    @Test
    void binaryFileNamedMd() {
        byte[] png = new byte[4096];
        new Random(42).nextBytes(png);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        System.arraycopy(signature, 0, png, 0, signature.length);
        remote.commit(NEW_ISSUE, png);
        remote.push();

        fixture.sync.syncNow();

        ContentSnapshot served = fixture.served();
        assertThat(served.commit()).isEqualTo(remote.head().name());
        assertThat(messagesFor(served, NEW_ISSUE)).anyMatch(m -> m.contains("binary"));
        assertThat(served.issueCount()).isEqualTo(6);
        assertThat(fixture.sync.status().failing()).isFalse();
    }

    @Test
    void hostileFrontMatter() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("content/zh/blog/alias-bomb/index.md", frontMatter(aliasBomb()));
        files.put("content/zh/blog/deep-nesting/index.md", frontMatter("tags: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n"));
        files.put("content/zh/blog/huge-scalar/index.md", frontMatter("description: \"" + "x".repeat(1_500_000) + "\"\n"));
        files.put("content/zh/blog/deep-mapping/index.md", frontMatter(deepMapping(1_000)));
        remote.commit("Hostile front matter", files);
        remote.push();

        fixture.sync.syncNow();

        ContentSnapshot served = fixture.served();
        assertThat(served.commit()).isEqualTo(remote.head().name());
        for (String path : files.keySet()) {
            assertThat(messagesFor(served, path)).as(path).anyMatch(m -> m.contains("front matter"));
        }
        assertThat(served.issueCount()).isEqualTo(6);
        assertThat(fixture.sync.status().failing()).isFalse();

        remote.commit("content/zh/blog/alias-bomb/index.md",
                IncrementalSyncTests.issue("SOFA Weekly | defused", "2099-01-01T10:00:00+08:00"));
        remote.push();
        fixture.sync.syncNow();

        assertThat(fixture.served().issue("alias-bomb")).isPresent();
        assertThat(messagesFor(fixture.served(), "content/zh/blog/alias-bomb/index.md")).isEmpty();
    }

    @Test
    void symbolicLinkInTheTree() {
        remote.commitSymlink(NEW_ISSUE, "/etc/passwd");
        remote.commitSymlink("content/zh/blog/copy/index.md", "../../../../" + paths.get(0));
        remote.push();

        fixture.sync.syncNow();

        ContentSnapshot served = fixture.served();
        assertThat(served.commit()).isEqualTo(remote.head().name());
        assertThat(messagesFor(served, NEW_ISSUE)).anyMatch(m -> m.contains("symbolic link"));
        assertThat(messagesFor(served, "content/zh/blog/copy/index.md")).anyMatch(m -> m.contains("symbolic link"));
        assertThat(served.issueCount()).isEqualTo(6);
        assertThat(served.issue("copy")).isEmpty();
        assertThat(fixture.sync.status().failing()).isFalse();
    }

    // --- backoff ---

    @Test
    void repeatedFailuresBackOffExponentiallyUpToTheCap() {
        remote.takeDown();
        long[] expectedHours = {1, 2, 4, 8, 8, 8};

        for (int i = 0; i < expectedHours.length; i++) {
            fixture.clock.advance(java.time.Duration.ofMinutes(5));
            SyncStatus status = fixture.sync.syncNow();

            assertThat(status.consecutiveFailures()).isEqualTo(i + 1);
            assertThat(java.time.Duration.between(status.lastAttempt(), status.nextAttempt()).toHours())
                    .isEqualTo(expectedHours[i]);
        }
        SyncStatus status = fixture.sync.status();
        assertThat(fixture.health()).containsEntry("consecutiveFailures", 6)
                .containsEntry("nextAttempt", status.nextAttempt().toString())
                .containsEntry("lastSyncErrorReason", "UNREACHABLE");
        assertThat(fixture.registry.get("content.sync.failures").tag("reason", "UNREACHABLE").counter().count()).isEqualTo(6);
        assertThat(fixture.registry.get("content.sync.consecutive.failures").gauge().value()).isEqualTo(6);
        assertServesLastGood();

        remote.bringBack();
        fixture.sync.syncNow();

        assertThat(fixture.sync.status().consecutiveFailures()).isZero();
        assertThat(fixture.sync.status().nextAttempt()).isEqualTo(fixture.clock.instant().plus(SyncFixture.INTERVAL));
        assertThat(fixture.health()).containsEntry("consecutiveFailures", 0).doesNotContainKey("lastSyncError");
    }

    // --- helpers ---

    private void assertServesLastGood() {
        assertThat(fixture.served()).isSameAs(good);
        assertThat(fixture.healthStatus()).isEqualTo("UP");
    }

    private void assertFailing(Reason reason, int failures) {
        SyncStatus status = fixture.sync.status();
        assertThat(status.failing()).isTrue();
        assertThat(status.lastErrorReason()).isEqualTo(reason.name());
        assertThat(status.consecutiveFailures()).isEqualTo(failures);
        assertThat(fixture.health())
                .containsEntry("commit", good.commit())
                .containsEntry("consecutiveFailures", failures)
                .containsEntry("lastSyncErrorReason", reason.name())
                // Shown to clients without the local paths the message names.
                .containsEntry("lastSyncError", LocalPaths.hide(status.lastError()))
                .containsEntry("nextAttempt", status.nextAttempt().toString());
        assertThat(fixture.registry.get("content.sync.failures").tag("reason", reason.name()).counter().count())
                .isEqualTo(failures);
    }

    private void assertRecoversToNewCommit() {
        RevCommit next = remote.commit(NEW_ISSUE, IncrementalSyncTests.issue("SOFA Weekly | recovered", "2099-01-01T10:00:00+08:00"));
        remote.push();

        fixture.sync.syncNow();

        assertThat(fixture.served().commit()).isEqualTo(next.name());
        assertThat(fixture.served().issue("sofa-weekly-29990101")).isPresent();
        assertThat(fixture.sync.status().failing()).isFalse();
        assertThat(fixture.health()).containsEntry("consecutiveFailures", 0).doesNotContainKey("lastSyncError");
    }

    private static List<String> messagesFor(ContentSnapshot snapshot, String path) {
        return snapshot.problems().stream().filter(p -> p.path().equals(path)).map(ContentProblem::message).toList();
    }

    private List<Path> brokenClones() {
        try (Stream<Path> files = Files.list(fixture.dataDir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("repository.git.broken-")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deletePacks(Path gitDir) throws IOException {
        try (Stream<Path> files = Files.list(gitDir.resolve("objects/pack"))) {
            for (Path pack : files.toList()) {
                Files.delete(pack);
            }
        }
    }

    private static void truncatePacks(Path gitDir) throws IOException {
        try (Stream<Path> files = Files.list(gitDir.resolve("objects/pack"))) {
            for (Path pack : files.filter(p -> p.toString().endsWith(".pack")).toList()) {
                byte[] bytes = Files.readAllBytes(pack);
                Files.write(pack, Arrays.copyOf(bytes, bytes.length / 2));
            }
        }
    }

    private static byte[] frontMatter(String yaml) {
        return ("---\ntitle: \"SOFA Weekly | hostile\"\ndate: 2099-01-01T10:00:00+08:00\n" + yaml + "---\n\n正文。\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int level = 1; level < 10; level++) {
            String previous = "*a" + (level - 1);
            yaml.append("a").append(level).append(": &a").append(level).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        return yaml.toString();
    }

    private static String deepMapping(int depth) {
        StringBuilder yaml = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            yaml.append("  ".repeat(level)).append("k").append(level).append(":\n");
        }
        yaml.append("  ".repeat(depth)).append("leaf\n");
        return yaml.toString();
    }
}
