package com.weeklygraphql.content.git;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.git.GitSyncException.Reason;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;

/** JGit's failures sorted into what an operator must do, and stripped of secrets before anyone sees them. */
class GitFailureTests {

    @Test
    void refusedCredentialsAreAuthentication() throws Exception {
        assertThat(GitFailures.classify(transport("https://example.com/r.git: not authorized")))
                .isEqualTo(Reason.AUTHENTICATION);
        assertThat(GitFailures.classify(transport(
                "https://example.com/r.git: Authentication is required but no CredentialsProvider has been registered")))
                .isEqualTo(Reason.AUTHENTICATION);
        assertThat(GitFailures.classify(transport("https://example.com/r.git: git-upload-pack not permitted on 'https://example.com/r.git/'")))
                .isEqualTo(Reason.AUTHENTICATION);
    }

    @Test
    void digitsInAPathAreNoHttpStatus() throws Exception {
        // Temp dirs and commit ids are full of "401" and "403"; only an unreachable remote is meant here.
        TransportException e = new TransportException("Invalid remote: origin",
                new NoRemoteRepositoryException(new URIish("file:///tmp/junit-4031401/remote.git"), "not found."));
        assertThat(GitFailures.classify(e)).isEqualTo(Reason.UNREACHABLE);
    }

    @Test
    void localWriteFailuresWinOverTheTransportWrappingThem() {
        TransportException fullDisk = new TransportException("https://example.com/r.git: write failed",
                new IOException("No space left on device"));
        TransportException noDirectory = new TransportException("file:///r.git",
                new IOException("Creating directories for /data/repository.git/objects/pack failed"));
        assertThat(GitFailures.classify(fullDisk)).isEqualTo(Reason.LOCAL_WRITE);
        assertThat(GitFailures.classify(noDirectory)).isEqualTo(Reason.LOCAL_WRITE);
        assertThat(GitFailures.classify(new IOException("Read-only file system"))).isEqualTo(Reason.LOCAL_WRITE);
        assertThat(GitFailures.classify(new AccessDeniedException("/data/repository.git/config"))).isEqualTo(Reason.LOCAL_WRITE);
    }

    @Test
    void missingObjectsAreACorruptClone() {
        MissingObjectException missing = new MissingObjectException(ObjectId.zeroId(), Constants.OBJ_TREE);
        assertThat(GitFailures.classify(missing)).isEqualTo(Reason.CORRUPT_CLONE);
        assertThat(GitFailures.classify(new IOException("Packfile is truncated"))).isEqualTo(Reason.CORRUPT_CLONE);
    }

    @Test
    void scrubbedCopiesKeepClassesAndStackTracesButNotSecrets() {
        IOException root = new IOException("connect to https://user:hunter2@example.com failed with token tok_123");
        TransportException error = new TransportException("fetch failed: tok_123", root);

        Throwable scrubbed = SecretScrubber.scrub(error, "tok_123");

        StringWriter printed = new StringWriter();
        scrubbed.printStackTrace(new PrintWriter(printed));
        assertThat(printed.toString()).contains(TransportException.class.getName()).contains(IOException.class.getName())
                .contains("GitFailureTests").doesNotContain("tok_123").doesNotContain("hunter2");
        assertThat(scrubbed.getCause().getStackTrace()).isEqualTo(root.getStackTrace());
    }

    private static TransportException transport(String message) {
        return new TransportException(message, new org.eclipse.jgit.errors.TransportException(message));
    }
}
