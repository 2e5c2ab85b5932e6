package com.weeklygraphql.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class WebhookSignatureTests {

    private final WebhookSignature signature = new WebhookSignature("It's a Secret to Everybody");

    @Test
    void matchesGitHubsPublishedExample() {
        // The example in GitHub's documentation on validating webhook deliveries.
        byte[] body = "Hello, World!".getBytes(StandardCharsets.UTF_8);

        assertThat(signature.verifies(body,
                "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17", null)).isTrue();
    }

    @Test
    void refusesAChangedBodyAWrongSecretAndMalformedHeaders() {
        byte[] body = "Hello, World!".getBytes(StandardCharsets.UTF_8);
        String good = "sha256=" + HexFormat.of().formatHex(signature.hmac(body));

        assertThat(signature.verifies("Hello, World?".getBytes(StandardCharsets.UTF_8), good, null)).isFalse();
        assertThat(new WebhookSignature("another").verifies(body, good, null)).isFalse();
        assertThat(signature.verifies(body, "sha1=" + good.substring(7), null)).isFalse();
        assertThat(signature.verifies(body, "sha256=not-hex", null)).isFalse();
        assertThat(signature.verifies(body, null, null)).isFalse();
    }

    @Test
    void acceptsOnlyTheExactGitLabToken() {
        assertThat(signature.verifies(new byte[0], null, "It's a Secret to Everybody")).isTrue();
        assertThat(signature.verifies(new byte[0], null, "It's a secret to everybody")).isFalse();
    }
}
