package com.weeklygraphql.content.sync;

import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.SnapshotHolder;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code content} in health: DOWN until the first snapshot is served (so readiness waits for it), then UP
 * with the served commit, its age and how syncing goes. A failing sync does not make it DOWN: the last good
 * snapshot still serves, and a replica that drops out of the load balancer would help nobody.
 */
public final class ContentHealthIndicator implements HealthIndicator {

    private final SnapshotHolder holder;
    private final ContentSync sync;
    private final Clock clock;

    public ContentHealthIndicator(SnapshotHolder holder, ContentSync sync, Clock clock) {
        this.holder = holder;
        this.sync = sync;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Optional<ContentSnapshot> served = holder.current();
        SyncStatus status = sync.status();
        Health.Builder health = served.isPresent() ? Health.up() : Health.down().withDetail("reason", "no content loaded yet");
        served.ifPresent(snapshot -> health
                .withDetail("commit", snapshot.commit())
                .withDetail("branch", String.valueOf(snapshot.branch()))
                .withDetail("committedAt", snapshot.committedAt().toString())
                .withDetail("commitAge", Duration.between(snapshot.committedAt(), clock.instant()).toString())
                .withDetail("syncedAt", snapshot.syncedAt().toString())
                .withDetail("issues", snapshot.issueCount())
                .withDetail("problems", snapshot.problems().size()));
        health.withDetail("lastSyncAttempt", String.valueOf(status.lastAttempt()))
                .withDetail("lastSyncSuccess", String.valueOf(status.lastSuccess()))
                .withDetail("consecutiveFailures", status.consecutiveFailures());
        if (status.failing()) {
            health.withDetail("lastSyncError", LocalPaths.hide(status.lastError()))
                    .withDetail("lastSyncErrorReason", status.lastErrorReason())
                    .withDetail("nextAttempt", String.valueOf(status.nextAttempt()));
        }
        return health.build();
    }
}
