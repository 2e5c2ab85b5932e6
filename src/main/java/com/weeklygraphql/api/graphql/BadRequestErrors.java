package com.weeklygraphql.api.graphql;

import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Requests the API cannot answer as asked (a page too large, a cursor from elsewhere, an unknown project)
 * become BAD_REQUEST errors whose message says what to change; a query stopped by a limit keeps the
 * limit's message (a subscription's: {@link SubscriptionErrors}). Anything else stays an internal error
 * without details, so nothing of the server leaks.
 */
@Component
class BadRequestErrors extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof IllegalArgumentException) {
            return GraphQLError.newError()
                    .errorType(ErrorType.BAD_REQUEST)
                    .message(ex.getMessage())
                    .path(env.getExecutionStepInfo().getPath())
                    .location(env.getField().getSourceLocation())
                    .build();
        }
        if (ex instanceof AbortExecutionException aborted) {
            // A limit stopped the query (the timeout): its message already says which one and what to do.
            return GraphQLError.newError()
                    .errorType(aborted.getErrorType())
                    .message(aborted.getMessage())
                    .path(env.getExecutionStepInfo().getPath())
                    .build();
        }
        return null;
    }
}
