package com.weeklygraphql.content.git;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.eclipse.jgit.util.FS;

/** Makes SSH transports use one configured private key instead of the user's usual ones. */
final class SshKeys implements AutoCloseable {

    private final SshdSessionFactory factory;

    SshKeys(Path privateKey) {
        this.factory = privateKey == null ? null : new SshdSessionFactoryBuilder()
                .setHomeDirectory(FS.DETECTED.userHome())
                .setSshDirectory(privateKey.toAbsolutePath().getParent().toFile())
                .setDefaultIdentities(sshDir -> List.of(privateKey.toAbsolutePath()))
                .build(null);
    }

    void configure(TransportCommand<?, ?> command) {
        if (factory != null) {
            command.setTransportConfigCallback(transport -> {
                if (transport instanceof SshTransport ssh) {
                    ssh.setSshSessionFactory(factory);
                }
            });
        }
    }

    @Override
    public void close() {
        if (factory != null) {
            factory.close();
        }
    }
}
