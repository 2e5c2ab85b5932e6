package com.weeklygraphql.content.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.weeklygraphql.content.git.GitSyncException.Reason;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.support.GitHttpServer;
import com.weeklygraphql.support.GitRemote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A private repository over HTTPS-style Basic authentication, served by JGit's own HTTP server: the token opens
 * it, a refused token is a reported fault that heals when the server accepts the token again, and the token
 * never shows in a log line (even at DEBUG, stack traces included), the sync status or health.
 */
@ExtendWith(OutputCaptureExtension.class)
class PrivateRepositoryTests {

    private static final String TOKEN = "ghp_s3cretT0kenThatMustNeverLeak";

    @TempDir
    Path dir;

    private GitRemote remote;
    private GitHttpServer server;
    private Level savedLevel;

    @BeforeEach
    void privateRemote() {
        remote = GitRemote.withSampleIssues(dir.resolve("remote"), 3);
        server = GitHttpServer.serve(remote, TOKEN);
        // Everything this service logs, at its most talkative, must still be free of the token.
        Logger logger = (Logger) LoggerFactory.getLogger("com.weeklygraphql");
        savedLevel = logger.getLevel();
        logger.setLevel(Level.DEBUG);
    }

    @AfterEach
    void close() {
        ((Logger) LoggerFactory.getLogger("com.weeklygraphql")).setLevel(savedLevel);
        server.close();
        remote.close();
    }

    @Test
    void tokenOpensThePrivateRepository() {
        try (SyncFixture fixture = SyncFixture.start(dir.resolve("data"), SyncFixture.settings(server.uri(), TOKEN))) {
            assertThat(fixture.served().issueCount()).isEqualTo(3);
        }
    }

    @Test
    void authenticationRefused(CapturedOutput output) throws IOException {
        try (SyncFixture fixture = SyncFixture.start(dir.resolve("data"), SyncFixture.settings(server.uri(), TOKEN))) {
            ContentSnapshot good = fixture.served();
            server.acceptOnly("a-rotated-token");

            fixture.sync.syncNow();

            assertThat(fixture.served()).isSameAs(good);
            SyncStatus status = fixture.sync.status();
            assertThat(status.lastErrorReason()).isEqualTo(Reason.AUTHENTICATION.name());
            assertThat(status.lastError()).contains("not authorized").doesNotContain(TOKEN);
            assertThat(fixture.health()).containsEntry("lastSyncErrorReason", "AUTHENTICATION")
                    .containsEntry("consecutiveFailures", 1);
            assertThat(fixture.health().toString()).doesNotContain(TOKEN);

            server.acceptOnly(TOKEN);
            RevCommit next = remote.commit("content/zh/blog/new/index.md",
                    IncrementalSyncTests.issue("SOFA Weekly | new", "2099-01-01T10:00:00+08:00"));
            remote.push();
            fixture.sync.syncNow();

            assertThat(fixture.served().commit()).isEqualTo(next.name());
            assertThat(fixture.sync.status().failing()).isFalse();
        }
        // The failure was logged with its stack trace (DEBUG), and still without the token.
        assertThat(output.getAll()).contains("not authorized").contains("Sync failure").doesNotContain(TOKEN);
        assertThat(Files.readString(SyncFixture.gitDir(dir.resolve("data")).resolve("config"))).doesNotContain(TOKEN);
    }

    @Test
    void missingTokenAtFirstStartNamesTheSetting(CapturedOutput output) {
        assertThatExceptionOfType(ContentStartupException.class)
                .isThrownBy(() -> SyncFixture.start(dir.resolve("data"), SyncFixture.settings(server.uri(), null)))
                .satisfies(e -> assertThat(e.property()).isEqualTo("content.repository.token"));
    }

    @Test
    void tokenInTheUrlIsUsedButNeitherStoredNorShown(CapturedOutput output) throws IOException {
        String withToken = server.uri().replace("http://", "http://x-access-token:" + TOKEN + "@");
        try (SyncFixture fixture = SyncFixture.start(dir.resolve("data"), SyncFixture.settings(withToken, null))) {
            assertThat(fixture.served().issueCount()).isEqualTo(3);
            server.acceptOnly("a-rotated-token");
            fixture.sync.syncNow();
            assertThat(fixture.sync.status().lastError()).doesNotContain(TOKEN);
            assertThat(fixture.health().toString()).doesNotContain(TOKEN);
        }
        assertThat(Files.readString(SyncFixture.gitDir(dir.resolve("data")).resolve("config"))).doesNotContain(TOKEN);
        assertThat(output.getAll()).doesNotContain(TOKEN);
    }

    @Test
    void serverDownIsUnreachable() {
        try (SyncFixture fixture = SyncFixture.start(dir.resolve("data"), SyncFixture.settings(server.uri(), TOKEN))) {
            ContentSnapshot good = fixture.served();
            server.close();

            fixture.sync.syncNow();

            assertThat(fixture.served()).isSameAs(good);
            assertThat(fixture.sync.status().lastErrorReason()).isEqualTo(Reason.UNREACHABLE.name());
        }
    }
}
