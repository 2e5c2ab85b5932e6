package com.weeklygraphql.api.graphql;

import com.weeklygraphql.config.ApiProperties;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/**
 * Stops an execution that runs past the configured timeout: every resolver checks the deadline before it
 * starts, so a runaway query ends at its next field instead of holding a thread.
 */
@Component
class ExecutionTimeout extends SimplePerformantInstrumentation {

    private final Duration timeout;

    ExecutionTimeout(ApiProperties properties) {
        this.timeout = properties.limits().timeout();
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new Deadline(System.nanoTime() + timeout.toNanos()));
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        // Property reads cost nothing; only the resolvers that do work are worth a check.
        if (parameters.isTrivialDataFetcher() || !(state instanceof Deadline deadline) || isSubscription(parameters)) {
            return dataFetcher;
        }
        return environment -> {
            if (System.nanoTime() > deadline.nanos()) {
                throw new AbortExecutionException("the query ran over the execution timeout of " + timeout.toMillis()
                        + " ms (api.limits.timeout): ask for fewer items or fields");
            }
            return dataFetcher.get(environment);
        };
    }

    // A subscription lives for hours and resolves each update long after it started; its documents pass the
    // depth and cost limits like any query's, which bound the work of one update.
    private static boolean isSubscription(InstrumentationFieldFetchParameters parameters) {
        return parameters.getEnvironment().getOperationDefinition().getOperation() == OperationDefinition.Operation.SUBSCRIPTION;
    }

    private record Deadline(long nanos) implements InstrumentationState {
    }
}
