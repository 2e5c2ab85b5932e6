package com.weeklygraphql.content.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SyncStatusTests {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void backoffDoublesTheIntervalPerFailureUpToTheCap() {
        Duration interval = Duration.ofSeconds(30);
        Duration cap = Duration.ofMinutes(10);
        assertThat(SyncStatus.backoff(interval, cap, 1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SyncStatus.backoff(interval, cap, 2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SyncStatus.backoff(interval, cap, 5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(SyncStatus.backoff(interval, cap, 6)).isEqualTo(cap);
        assertThat(SyncStatus.backoff(interval, cap, 10_000)).isEqualTo(cap);
    }

    @Test
    void withPollingOffFailuresAreStillRetriedFromThirtySeconds() {
        assertThat(SyncStatus.backoff(Duration.ZERO, Duration.ofMinutes(10), 1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SyncStatus.backoff(Duration.ZERO, Duration.ofMinutes(10), 3)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void failuresCountUpAndASuccessClearsThem() {
        SyncStatus status = SyncStatus.initial()
                .failed(NOW, "down", "UNREACHABLE", Duration.ofSeconds(30), Duration.ofMinutes(10))
                .failed(NOW.plusSeconds(30), "down", "UNREACHABLE", Duration.ofSeconds(30), Duration.ofMinutes(10));

        assertThat(status.failing()).isTrue();
        assertThat(status.consecutiveFailures()).isEqualTo(2);
        assertThat(status.nextAttempt()).isEqualTo(NOW.plusSeconds(90));
        assertThat(status.lastSuccess()).isNull();

        SyncStatus recovered = status.succeeded(NOW.plusSeconds(90), NOW.plusSeconds(120));
        assertThat(recovered.failing()).isFalse();
        assertThat(recovered.lastError()).isNull();
        assertThat(recovered.lastSuccess()).isEqualTo(NOW.plusSeconds(90));
    }
}
