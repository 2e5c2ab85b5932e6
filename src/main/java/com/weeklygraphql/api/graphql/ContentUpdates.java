package com.weeklygraphql.api.graphql;

import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.SnapshotChange;
import com.weeklygraphql.content.sync.ContentSync;
import com.weeklygraphql.content.sync.SnapshotListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The stream behind the {@code contentUpdated} subscription: one {@link SnapshotChange} per published
 * snapshot, multicast to every subscriber. Emitted on the sync thread, which never waits for a subscriber:
 * each one has its own bounded buffer, and a subscriber too slow to drain it loses the oldest updates.
 */
@Component
class ContentUpdates implements SnapshotListener, SmartLifecycle {

    private static final int BUFFER_PER_SUBSCRIBER = 256;

    // Replaced when started again after a stop (a test context resumed): an ended sink ends every new subscription.
    private volatile Sinks.Many<SnapshotChange> sink = newSink();
    private volatile boolean running;
    private volatile boolean ended;

    ContentUpdates(ContentSync sync, MeterRegistry registry) {
        sync.addListener(this);
        Gauge.builder("content.updates.subscribers", this, ContentUpdates::subscribers)
                .description("Clients subscribed to contentUpdated")
                .register(registry);
    }

    @Override
    public void published(ContentSnapshot previous, SnapshotChange change) {
        // Called by one sync at a time, so emissions are never concurrent.
        sink.tryEmitNext(change);
    }

    /**
     * The stream for one more subscriber, refused when {@code max} are open already: open pages must not take all of
     * the server's connections from ordinary requests.
     */
    Flux<SnapshotChange> subscribe(int max) {
        if (subscribers() >= max) {
            throw new SubscriptionsFull(max);
        }
        return stream();
    }

    Flux<SnapshotChange> stream() {
        return sink.asFlux().onBackpressureBuffer(BUFFER_PER_SUBSCRIBER, dropped -> { }, BufferOverflowStrategy.DROP_OLDEST);
    }

    int subscribers() {
        return sink.currentSubscriberCount();
    }

    private static Sinks.Many<SnapshotChange> newSink() {
        return Sinks.many().multicast().directBestEffort();
    }

    @Override
    public void start() {
        // Not replaced at the first start: the web server starts before this, and its first subscribers are on it.
        if (ended) {
            sink = newSink();
            ended = false;
        }
        running = true;
    }

    /**
     * Ends every subscription cleanly (SSE: a {@code complete} event; WebSocket: a {@code complete} message) when
     * the service stops, before the web server's graceful shutdown, which would otherwise wait its whole timeout for
     * streams that never end and then cut them: clients reconnect to another replica at once instead.
     */
    @Override
    public void stop() {
        running = false;
        ended = true;
        sink.tryEmitComplete();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped before the web server's graceful shutdown ({@code DEFAULT_PHASE - 1024}). */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE;
    }

    /** A subscription refused because {@code api.limits.max-subscriptions} are open. */
    static final class SubscriptionsFull extends RuntimeException {

        SubscriptionsFull(int max) {
            super("contentUpdated has " + max + " subscribers, the most api.limits.max-subscriptions allows: subscribe"
                    + " again later, or poll { content { commit } }", null, false, false);
        }
    }
}
