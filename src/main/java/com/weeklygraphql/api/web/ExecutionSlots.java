package com.weeklygraphql.api.web;

import com.weeklygraphql.config.ApiProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Lets a few GraphQL executions run at once and queues the others in arrival order. Executing is CPU work:
 * 128 executions sharing two cores each take 64 times as long as alone, so a heavy one (a search) runs past its
 * client's timeout while light ones crowd it; run a few at a time, each goes at full speed and every request
 * waits about as long as the others. Answers kept from an earlier execution need no slot.
 */
@Component
class ExecutionSlots {

    private final Semaphore slots;
    private final int size;
    private final Duration maxWait;

    ExecutionSlots(ApiProperties properties, MeterRegistry meters) {
        int configured = properties.limits().concurrentExecutions();
        this.size = configured > 0 ? configured : 2 * Runtime.getRuntime().availableProcessors();
        this.slots = new Semaphore(size, true);
        this.maxWait = properties.limits().timeout();
        Gauge.builder("graphql.executions.waiting", slots, Semaphore::getQueueLength)
                .description("GraphQL executions waiting for a slot (api.limits.concurrent-executions)")
                .register(meters);
    }

    /**
     * Runs {@code execution} in a slot, once one is free.
     *
     * @throws Busy when no slot freed up within the execution timeout
     */
    <T> T run(Supplier<T> execution) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy("the request was interrupted while it waited to be executed: send it again");
        }
        if (!acquired) {
            throw new Busy("the service is busy: the request waited " + maxWait.toMillis() + " ms for one of "
                    + size + " execution slots (api.limits.concurrent-executions): send it again in a moment");
        }
        try {
            return execution.get();
        } finally {
            slots.release();
        }
    }

    /** No slot for this request in time; answered 503 with a GraphQL error saying so. */
    static final class Busy extends RuntimeException {

        Busy(String message) {
            super(message, null, false, false);
        }
    }
}
