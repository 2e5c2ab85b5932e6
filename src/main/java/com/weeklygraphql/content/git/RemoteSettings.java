package com.weeklygraphql.content.git;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to reach the content repository. {@code toString} hides the token.
 *
 * @param uri any URL JGit supports, or a local path
 * @param branch the branch to serve, or null for the remote's default branch
 * @param token an HTTPS access token, or null
 * @param sshKey a private key file for SSH URLs, or null
 */
public record RemoteSettings(String uri, String branch, String username, String token, Path sshKey, Duration timeout) {

    @Override
    public String toString() {
        return "RemoteSettings[uri=" + SecretScrubber.scrubUserInfo(uri) + ", branch=" + branch + "]";
    }
}
