package com.weeklygraphql.content.sync;

import java.time.Duration;
import java.time.Instant;

/**
 * How syncing is going: the last attempt, the last success, and while failing, why, how often and when the
 * next try is. Immutable; the sync replaces it after every attempt. Messages are already free of secrets.
 *
 * @param lastError the last failure's message, null once a sync succeeds again
 * @param nextAttempt when polling tries again; later than the interval while backing off
 */
public record SyncStatus(
        Instant lastAttempt,
        Instant lastSuccess,
        String lastError,
        String lastErrorReason,
        int consecutiveFailures,
        Instant nextAttempt) {

    static SyncStatus initial() {
        return new SyncStatus(null, null, null, null, 0, null);
    }

    SyncStatus succeeded(Instant at, Instant next) {
        return new SyncStatus(at, at, null, null, 0, next);
    }

    SyncStatus failed(Instant at, String error, String reason, Duration interval, Duration maxBackoff) {
        int failures = consecutiveFailures + 1;
        return new SyncStatus(at, lastSuccess, error, reason, failures, at.plus(backoff(interval, maxBackoff, failures)));
    }

    /** Exponential: the interval doubled for each failure after the first, capped. */
    static Duration backoff(Duration interval, Duration maxBackoff, int failures) {
        Duration base = interval.isZero() || interval.isNegative() ? Duration.ofSeconds(30) : interval;
        Duration wait = base;
        for (int i = 1; i < failures && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    public boolean failing() {
        return consecutiveFailures > 0;
    }
}
