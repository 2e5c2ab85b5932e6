package com.weeklygraphql.api.web;

import com.weeklygraphql.config.ContentProperties;
import com.weeklygraphql.content.sync.ContentSync;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/git}: a push announced by GitHub or GitLab starts a sync at once. Off (404) without a
 * secret; a missing or wrong signature answers 401 and changes nothing.
 */
@RestController
class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final ContentSync sync;
    private final WebhookSignature signature;

    WebhookController(ContentSync sync, ContentProperties properties) {
        this.sync = sync;
        this.signature = properties.webhook().enabled() ? new WebhookSignature(properties.webhook().secret()) : null;
    }

    @PostMapping("/webhooks/git")
    ResponseEntity<Map<String, String>> push(@RequestBody(required = false) byte[] body,
            @RequestHeader(name = "X-Hub-Signature-256", required = false) String githubSignature,
            @RequestHeader(name = "X-Gitlab-Token", required = false) String gitlabToken) {
        if (signature == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Map.of("error", "the webhook is off: set content.webhook.secret to turn it on"));
        }
        if (!signature.verifies(body == null ? new byte[0] : body, githubSignature, gitlabToken)) {
            log.warn("Rejected a webhook call with a missing or wrong signature");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body(Map.of("error", "missing or wrong signature: send X-Hub-Signature-256 (GitHub) or X-Gitlab-Token (GitLab)"));
        }
        sync.requestSync();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("status", "sync requested"));
    }
}
