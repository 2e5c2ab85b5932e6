package com.weeklygraphql.content.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.weeklygraphql.support.GitRemote;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Syncs never overlap, and requests that arrive during a sync coalesce into at most one more. */
class SyncCoalescingTests {

    @TempDir
    Path dir;

    private GitRemote remote;
    private SyncFixture fixture;

    @BeforeEach
    void serve() {
        remote = GitRemote.withSampleIssues(dir.resolve("remote"), 3);
        fixture = SyncFixture.start(dir.resolve("data"), remote.uri());
    }

    @AfterEach
    void close() {
        fixture.close();
        remote.close();
    }

    @Test
    void burstOfRequestsDuringASyncCoalescesIntoOneMoreSync() throws Exception {
        CountDownLatch publishing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Holds the first sync inside its publish step, so the burst arrives while it runs.
        fixture.sync.addListener((previous, current) -> {
            publishing.countDown();
            awaitQuietly(release);
        });
        remote.commit("content/zh/blog/a/index.md", IncrementalSyncTests.issue("SOFA Weekly | a", "2099-01-01T10:00:00+08:00"));
        remote.push();
        double syncsBefore = fixture.syncs();

        fixture.sync.requestSync();
        assertThat(publishing.await(30, TimeUnit.SECONDS)).isTrue();
        RevCommit last = null;
        for (int i = 0; i < 50; i++) {
            last = remote.commit("content/zh/blog/b/index.md",
                    IncrementalSyncTests.issue("SOFA Weekly | b" + i, "2099-01-02T10:00:00+08:00"));
            remote.push();
            fixture.sync.requestSync();
        }
        release.countDown();
        await().atMost(Duration.ofSeconds(30)).until(fixture.sync::idle);

        // The running sync and exactly one more, which fetched everything the fifty announced.
        assertThat(fixture.syncs() - syncsBefore).isEqualTo(2);
        assertThat(fixture.served().commit()).isEqualTo(last.name());
        assertThat(fixture.served().issue("b").orElseThrow().title()).isEqualTo("SOFA Weekly | b49");
    }

    @Test
    void syncsFromWebhooksPollsAndCallersNeverOverlap() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        fixture.sync.addListener((previous, current) -> {
            mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            Thread.yield();
            inFlight.decrementAndGet();
        });
        ExecutorService callers = Executors.newFixedThreadPool(6);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            remote.commit("content/zh/blog/c/index.md", IncrementalSyncTests.issue("SOFA Weekly | c" + i, "2099-01-03T10:00:00+08:00"));
            remote.push();
            for (int caller = 0; caller < 6; caller++) {
                boolean direct = caller % 2 == 0;
                calls.add(callers.submit(() -> {
                    if (direct) {
                        fixture.sync.syncNow();
                    } else {
                        fixture.sync.requestSync();
                    }
                }));
            }
        }
        for (Future<?> call : calls) {
            call.get(60, TimeUnit.SECONDS);
        }
        callers.shutdown();
        await().atMost(Duration.ofSeconds(60)).until(fixture.sync::idle);
        fixture.sync.syncNow();

        assertThat(mostAtOnce.get()).isEqualTo(1);
        assertThat(fixture.served().commit()).isEqualTo(remote.head().name());
        assertThat(fixture.sync.status().failing()).isFalse();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
