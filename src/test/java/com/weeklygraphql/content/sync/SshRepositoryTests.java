package com.weeklygraphql.content.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.git.GitSyncException.Reason;
import com.weeklygraphql.content.git.RemoteSettings;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.support.GitRemote;
import com.weeklygraphql.support.GitSshServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A private repository over SSH, opened with the configured key (content.repository.ssh-key). */
class SshRepositoryTests {

    @TempDir
    Path dir;

    private GitRemote remote;
    private GitSshServer server;

    @BeforeEach
    void sshRemote() {
        remote = GitRemote.withSampleIssues(dir.resolve("remote"), 3);
        server = GitSshServer.serve(remote);
    }

    @AfterEach
    void close() {
        server.close();
        remote.close();
    }

    @Test
    void configuredKeyOpensTheRepositoryAndARevokedKeyIsRefused() {
        Path key = server.newClientKey(dir.resolve("ssh"), true);
        RemoteSettings settings = new RemoteSettings(server.uri(), null, "x-access-token", null, key, Duration.ofSeconds(20));
        try (SyncFixture fixture = SyncFixture.start(dir.resolve("data"), settings)) {
            ContentSnapshot good = fixture.served();
            assertThat(good.issueCount()).isEqualTo(3);

            server.revokeAll();
            remote.commit("content/zh/blog/ssh-new/index.md",
                    IncrementalSyncTests.issue("SOFA Weekly | ssh", "2099-01-01T10:00:00+08:00"));
            remote.push();
            fixture.sync.syncNow();

            assertThat(fixture.served()).isSameAs(good);
            assertThat(fixture.sync.status().lastErrorReason()).isEqualTo(Reason.AUTHENTICATION.name());

            server.restoreRevoked();
            fixture.sync.syncNow();

            assertThat(fixture.served().commit()).isEqualTo(remote.head().name());
            assertThat(fixture.served().issue("ssh-new")).isPresent();
        }
    }
}
