package com.weeklygraphql.content.git;

import java.net.URISyntaxException;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * How to reach the remote: its URL without any password, the credentials every remote command carries (a token,
 * a password taken out of the URL, an SSH key), and the secrets that must never reach a log or an error.
 */
final class RemoteAccess implements AutoCloseable {

    private final RemoteSettings settings;
    private final String url;
    private final UsernamePasswordCredentialsProvider credentials;
    private final SshKeys sshKeys;
    private final String[] secrets;

    RemoteAccess(RemoteSettings settings) {
        this.settings = settings;
        this.sshKeys = new SshKeys(settings.sshKey());
        URIish withPassword = passwordIn(settings.uri());
        // A password in the URL is used like a token, but never stored: the clone's config file keeps the URL
        // without it, so the secret is not written to disk.
        this.url = withPassword == null ? settings.uri() : withPassword.setPass(null).toPrivateString();
        if (settings.token() != null && !settings.token().isBlank()) {
            this.credentials = new UsernamePasswordCredentialsProvider(settings.username(), settings.token());
        } else if (withPassword != null) {
            this.credentials = new UsernamePasswordCredentialsProvider(
                    withPassword.getUser() == null ? settings.username() : withPassword.getUser(), withPassword.getPass());
        } else {
            this.credentials = null;
        }
        this.secrets = new String[] {settings.token(), withPassword == null ? null : withPassword.getPass()};
    }

    /** The URL the clone's config records: the configured one, without a password. */
    String url() {
        return url;
    }

    /** The URL as it may be shown: without user info. */
    String displayUri() {
        return SecretScrubber.scrubUserInfo(settings.uri());
    }

    RemoteSettings settings() {
        return settings;
    }

    /** Sets the timeout and credentials of a remote command. */
    <C extends TransportCommand<C, ?>> C configure(C command) {
        command.setTimeout((int) Math.max(1, settings.timeout().toSeconds()));
        if (credentials != null) {
            command.setCredentialsProvider(credentials);
        }
        sshKeys.configure(command);
        return command;
    }

    // The cause is kept for the stack trace at DEBUG, but as a scrubbed copy: JGit repeats URLs (and whatever
    // credentials they carry) in its messages, and a stack trace is logged with every message of its chain.
    GitSyncException translate(String action, Exception e) {
        GitSyncException.Reason reason = GitFailures.classify(e);
        String detail = SecretScrubber.scrub(GitFailures.messageChain(e), secrets);
        return new GitSyncException(reason, "could not " + action + ": " + detail, SecretScrubber.scrub(e, secrets));
    }

    @Override
    public void close() {
        sshKeys.close();
    }

    private static URIish passwordIn(String uri) {
        try {
            URIish parsed = new URIish(uri);
            return parsed.getPass() == null || parsed.getPass().isEmpty() ? null : parsed;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
