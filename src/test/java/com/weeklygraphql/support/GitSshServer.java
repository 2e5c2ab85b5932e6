package com.weeklygraphql.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.UploadPack;

/**
 * An SSH server (Apache MINA sshd, the library JGit's SSH client is built on) that serves one
 * {@link GitRemote} to {@code git-upload-pack} over public-key authentication, for the keys it currently
 * authorizes. Also writes a client key and a {@code known_hosts} for it, as a deployment would provide them.
 */
public final class GitSshServer implements AutoCloseable {

    private final SshServer server;
    private final List<PublicKey> authorized;
    private final List<PublicKey> revoked = new CopyOnWriteArrayList<>();
    private final KeyPair hostKey;

    private GitSshServer(SshServer server, List<PublicKey> authorized, KeyPair hostKey) {
        this.server = server;
        this.authorized = authorized;
        this.hostKey = hostKey;
    }

    public static GitSshServer serve(GitRemote remote) {
        try {
            KeyPair hostKey = newKeyPair();
            List<PublicKey> authorized = new CopyOnWriteArrayList<>();
            SshServer server = SshServer.setUpDefaultServer();
            server.setHost("localhost");
            server.setPort(0);
            server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
            server.setPublickeyAuthenticator((user, key, session) -> authorized.contains(key));
            server.setPasswordAuthenticator(null);
            server.setKeyboardInteractiveAuthenticator(null);
            server.setCommandFactory((channel, command) -> new UploadPackCommand(remote, command));
            server.start();
            return new GitSshServer(server, authorized, hostKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String uri() {
        return "ssh://git@localhost:" + server.getPort() + "/content.git";
    }

    /**
     * Makes a new client key pair, writes its private key (OpenSSH format) into {@code sshDir} with a
     * {@code known_hosts} that trusts this server, and authorizes it when asked to. Answers the key file.
     */
    public Path newClientKey(Path sshDir, boolean authorize) {
        try {
            KeyPair client = newKeyPair();
            Files.createDirectories(sshDir);
            Path keyFile = sshDir.resolve("id_ecdsa");
            try (OutputStream out = Files.newOutputStream(keyFile)) {
                OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(client, "weekly-graphql test",
                        (org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext) null, out);
            }
            Files.writeString(sshDir.resolve("known_hosts"),
                    "[localhost]:" + server.getPort() + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n");
            if (authorize) {
                authorized.add(client.getPublic());
            }
            return keyFile;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Revokes every authorized key. */
    public void revokeAll() {
        revoked.addAll(authorized);
        authorized.clear();
    }

    /** Authorizes the revoked keys again. */
    public void restoreRevoked() {
        authorized.addAll(revoked);
        revoked.clear();
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code git-upload-pack '/content.git'}: JGit's UploadPack over the channel's streams. */
    private static final class UploadPackCommand implements Command {

        private final GitRemote remote;
        private final String command;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        UploadPackCommand(GitRemote remote, String command) {
            this.remote = remote;
            this.command = command;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback exit) {
            this.exit = exit;
        }

        @Override
        public void start(ChannelSession channel, Environment environment) {
            Thread thread = new Thread(this::run, "git-ssh-upload-pack");
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            if (!command.startsWith("git-upload-pack")) {
                exit.onExit(127, "only git-upload-pack is served");
                return;
            }
            try (Repository repository = remote.bareRepository()) {
                new UploadPack(repository).upload(in, out, err);
                out.flush();
                exit.onExit(0);
            } catch (IOException | RuntimeException e) {
                exit.onExit(1, String.valueOf(e.getMessage()));
            }
        }

        @Override
        public void destroy(ChannelSession channel) {
        }
    }
}
