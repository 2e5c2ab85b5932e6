package com.weeklygraphql.config;

import com.weeklygraphql.content.git.SecretScrubber;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything the service needs to know about the content repository it serves.
 *
 * @param repository where the content comes from
 * @param sync when to fetch it
 * @param webhook how pushes are announced
 * @param dataDir where the local clone lives
 * @param projectsFile a project catalogue that replaces the built-in one; unset: a {@code projects.yaml}
 *     at the root of the content repository, else the built-in catalogue
 * @param profileFile a newsletter profile that replaces the built-in one (SOFA Weekly); unset: a
 *     {@code newsletter.yaml} at the root of the content repository, else the built-in profile
 */
@ConfigurationProperties("content")
public record ContentProperties(
        @DefaultValue Repository repository,
        @DefaultValue Sync sync,
        @DefaultValue Webhook webhook,
        @DefaultValue("data") Path dataDir,
        Path projectsFile,
        Path profileFile) {

    public ContentProperties {
        if (dataDir == null) {
            throw new IllegalArgumentException("content.data-dir must name a directory (default: data)");
        }
    }

    /**
     * The content repository.
     *
     * @param uri any URL JGit supports, or a local path; unset: the sample content embedded in the service
     * @param branch the branch to serve; unset: the remote's default branch
     * @param username the user name sent with the token (GitHub accepts any; GitLab wants {@code oauth2})
     * @param token an HTTPS access token for private repositories; never logged or served
     * @param sshKey a private key file for SSH URLs; unset: the user's usual SSH keys
     * @param timeout how long one remote operation may take
     */
    public record Repository(
            String uri,
            String branch,
            @DefaultValue("x-access-token") String username,
            String token,
            Path sshKey,
            @DefaultValue("60s") Duration timeout) {

        public boolean isEmbeddedSample() {
            return uri == null || uri.isBlank();
        }

        @Override
        public String toString() {
            // Records print every component; the token must never reach a log line.
            return "Repository[uri=" + SecretScrubber.scrubUserInfo(uri) + ", branch=" + branch + ", token=" + (token == null ? "unset" : "****") + "]";
        }
    }

    /**
     * When to sync.
     *
     * @param interval how often to fetch; {@code 0} turns polling off (webhooks still work, and a failed sync
     *     is still retried with backoff)
     * @param maxBackoff the longest wait between retries after repeated failures
     */
    public record Sync(@DefaultValue("30s") Duration interval, @DefaultValue("10m") Duration maxBackoff) {

        public boolean pollingEnabled() {
            return interval != null && !interval.isZero() && !interval.isNegative();
        }
    }

    /**
     * The push webhook.
     *
     * @param secret shared secret that signs GitHub calls or is sent as GitLab's token; unset: the webhook is off
     */
    public record Webhook(String secret) {

        public boolean enabled() {
            return secret != null && !secret.isBlank();
        }

        @Override
        public String toString() {
            return "Webhook[secret=" + (enabled() ? "****" : "unset") + "]";
        }
    }
}
