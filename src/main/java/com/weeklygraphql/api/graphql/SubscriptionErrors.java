package com.weeklygraphql.api.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * A subscription refused by a limit says which one and what to do (its stream then ends); anything else stays
 * spring-graphql's "Subscription error" without details, so nothing of the server leaks.
 */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex) {
        if (ex instanceof ContentUpdates.SubscriptionsFull) {
            return GraphQLError.newError()
                    .errorType(ErrorClassification.errorClassification("SERVICE_BUSY"))
                    .message(ex.getMessage())
                    .build();
        }
        return null;
    }
}
