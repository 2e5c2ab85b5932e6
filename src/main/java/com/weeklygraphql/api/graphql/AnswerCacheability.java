package com.weeklygraphql.api.graphql;

import graphql.ExecutionInput;
import graphql.GraphQLContext;

/**
 * Whether an answer may be served again to the same request at the same commit. Most fields are a function of
 * the commit; the few that change between syncs of one commit (the sync status in {@code content}) mark the
 * answer volatile when a query asks for them, and a volatile answer is never kept.
 */
public final class AnswerCacheability {

    private static final String VOLATILE = AnswerCacheability.class.getName() + ".volatile";

    private AnswerCacheability() {
    }

    /** Marks the answer of the request being executed as one that must not be served again. */
    static void markVolatile(GraphQLContext context) {
        context.put(VOLATILE, Boolean.TRUE);
    }

    /** True when a field of the executed request was marked volatile. */
    public static boolean isVolatile(ExecutionInput input) {
        return input != null && Boolean.TRUE.equals(input.getGraphQLContext().get(VOLATILE));
    }
}
