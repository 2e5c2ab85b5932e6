package com.weeklygraphql.api.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a webhook call comes from someone who knows the shared secret: GitHub signs the raw body with
 * HMAC-SHA256, GitLab sends the secret itself. Comparisons take the same time whatever the input, so the
 * secret cannot be guessed byte by byte.
 */
final class WebhookSignature {

    private static final String GITHUB_PREFIX = "sha256=";

    private final byte[] secret;

    WebhookSignature(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    boolean verifies(byte[] body, String githubSignature, String gitlabToken) {
        if (githubSignature != null) {
            return githubSignatureMatches(body, githubSignature);
        }
        if (gitlabToken != null) {
            return MessageDigest.isEqual(secret, gitlabToken.getBytes(StandardCharsets.UTF_8));
        }
        return false;
    }

    private boolean githubSignatureMatches(byte[] body, String header) {
        if (!header.startsWith(GITHUB_PREFIX)) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(GITHUB_PREFIX.length()).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(body), given);
    }

    byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
