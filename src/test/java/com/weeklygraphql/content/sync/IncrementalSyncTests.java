package com.weeklygraphql.content.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.SnapshotChange;
import com.weeklygraphql.content.model.IssueHistory;
import com.weeklygraphql.support.GitRemote;
import com.weeklygraphql.support.SampleIssues;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new commit costs what it changed: parses of its changed blobs only, and a history walk of its commits only. */
class IncrementalSyncTests {

    @TempDir
    Path dir;

    private GitRemote remote;
    private SyncFixture fixture;
    private final List<String> paths = new ArrayList<>();

    @BeforeEach
    void archiveOfTwelveIssues() {
        remote = GitRemote.create(dir.resolve("remote"));
        Map<String, byte[]> issues = SampleIssues.first(12);
        paths.addAll(issues.keySet());
        remote.commit("Twelve issues", issues);
        remote.push();
        fixture = SyncFixture.start(dir.resolve("data"), remote.uri());
    }

    @AfterEach
    void close() {
        fixture.close();
        remote.close();
    }

    @Test
    void firstSyncParsesEveryFileOnce() {
        assertThat(fixture.loader.parseCount()).isEqualTo(12);
        assertThat(fixture.served().issueCount()).isEqualTo(12);
    }

    @Test
    void oneFileCommitParsesExactlyOneFile() {
        long before = fixture.loader.parseCount();
        String edited = paths.get(3);
        remote.commit(edited, appended(edited, "\n\nA correction.\n"));
        remote.push();

        fixture.sync.syncNow();

        assertThat(fixture.loader.parseCount() - before).isEqualTo(1);
        assertThat(fixture.registry.get("content.parses").functionCounter().count()).isEqualTo(13);
        assertThat(fixture.lastChange().changed()).containsExactly(SampleIssues.slugOf(edited));
        assertThat(fixture.lastChange().added()).isEmpty();
        assertThat(fixture.markdownOf(SampleIssues.slugOf(edited))).contains("A correction.");
        assertThat(fixture.served().issueCount()).isEqualTo(12);
    }

    @Test
    void commitThatTouchesNoMarkdownParsesNothing() {
        long before = fixture.loader.parseCount();
        RevCommit commit = remote.commit("README.txt", "not content");
        remote.push();

        fixture.sync.syncNow();

        assertThat(fixture.served().commit()).isEqualTo(commit.name());
        assertThat(fixture.loader.parseCount()).isEqualTo(before);
        SnapshotChange change = fixture.lastChange();
        assertThat(change.added()).isEmpty();
        assertThat(change.changed()).isEmpty();
        assertThat(change.removed()).isEmpty();
    }

    @Test
    void syncWithoutNewCommitsLoadsNothing() {
        ContentSnapshot served = fixture.served();
        long before = fixture.loader.parseCount();

        fixture.sync.syncNow();

        assertThat(fixture.served()).isSameAs(served);
        assertThat(fixture.loader.parseCount()).isEqualTo(before);
    }

    @Test
    void publishedAtAndUpdatedAtAreTheFirstAndLastCommitsOfTheFile() {
        Instant added = GitRemote.FIRST_COMMIT_TIME;
        String edited = paths.get(0);
        String untouched = paths.get(1);
        remote.commit("README.txt", "unrelated");
        Instant editedAt = remote.nextCommitTime();
        remote.commit(edited, appended(edited, "\nEdited.\n"));
        remote.push();

        fixture.sync.syncNow();

        assertThat(fixture.served().historyOf(SampleIssues.slugOf(edited)))
                .contains(new IssueHistory(added, editedAt));
        assertThat(fixture.served().historyOf(SampleIssues.slugOf(untouched)))
                .contains(new IssueHistory(added, added));
    }

    @Test
    void historyWalksOnlyTheNewCommits() {
        assertThat(fixture.loader.historyCommitsWalked()).isEqualTo(1);
        remote.commit(paths.get(0), appended(paths.get(0), "\nOne.\n"));
        remote.commit(paths.get(1), appended(paths.get(1), "\nTwo.\n"));
        remote.push();

        fixture.sync.syncNow();

        assertThat(fixture.loader.historyCommitsWalked()).isEqualTo(3);
        assertThat(fixture.registry.get("content.history.commits").functionCounter().count()).isEqualTo(3);
    }

    @Test
    void newIssueHasItsCommitAsPublishedAt() {
        Instant at = remote.nextCommitTime();
        String path = "content/zh/blog/sofa-weekly-29990101/index.md";
        remote.commit(path, issue("SOFA Weekly | 新的一期", "2099-01-01T10:00:00+08:00"));
        remote.push();

        fixture.sync.syncNow();

        assertThat(fixture.served().historyOf("sofa-weekly-29990101")).contains(new IssueHistory(at, at));
        assertThat(fixture.lastChange().added()).containsExactly("sofa-weekly-29990101");
    }

    @Test
    void deletedIssueIsReportedRemoved() {
        String deleted = paths.get(2);
        remote.delete(deleted);
        remote.push();

        fixture.sync.syncNow();

        assertThat(fixture.lastChange().removed()).containsExactly(SampleIssues.slugOf(deleted));
        assertThat(fixture.served().issue(SampleIssues.slugOf(deleted))).isEmpty();
        assertThat(fixture.served().issueCount()).isEqualTo(11);
    }

    private byte[] appended(String path, String text) {
        String original = new String(SampleIssues.all().get(path), StandardCharsets.UTF_8);
        return (original + text).getBytes(StandardCharsets.UTF_8);
    }

    static String issue(String title, String date) {
        return "---\ntitle: \"" + title + "\"\ncategories: \"SOFA Weekly\"\ndate: " + date + "\n---\n\n"
                + "本周内容。\n";
    }
}
