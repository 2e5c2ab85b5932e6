package com.weeklygraphql.api.graphql;

import com.weeklygraphql.config.ApiProperties;
import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Depth and cost limits, checked before execution on the parsed document, so an expensive query costs
 * nothing but its parse. The refusal names the limit, its value and the setting that changes it.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(ApiProperties properties) {
        int max = properties.limits().maxDepth();
        return new MaxQueryDepthInstrumentation(max, info -> {
            throw new AbortExecutionException("query depth " + info.getDepth() + " is over the limit of " + max
                    + " (api.limits.max-depth): ask for less deeply nested fields");
        }) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return introspectionOnly(parameters) ? SimpleInstrumentationContext.noOp()
                        : super.beginExecuteOperation(parameters, state);
            }
        };
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryCost(ApiProperties properties) {
        int max = properties.limits().maxCost();
        return new MaxQueryComplexityInstrumentation(max, new PageSizeCost(properties.limits().listSizeEstimate()), info -> {
            throw new AbortExecutionException("query cost " + info.getComplexity() + " is over the limit of " + max
                    + " (api.limits.max-cost): every field costs 1 and lists multiply by their page size;"
                    + " ask for smaller pages (first/last) or fewer fields");
        }) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return introspectionOnly(parameters) ? SimpleInstrumentationContext.noOp()
                        : super.beginExecuteOperation(parameters, state);
            }
        };
    }

    /**
     * An operation that asks for nothing but the schema ({@code __schema}, {@code __type}, {@code __typename}). The
     * standard introspection query of GraphiQL, graphql-js and the code generators is 13 to 15 fields deep
     * ({@code ofType} in {@code ofType}) and reads no content; graphql-java's good-faith introspection check bounds
     * such queries instead (repeated {@code fields}, {@code inputFields}, {@code interfaces}, {@code possibleTypes};
     * their depth).
     */
    static boolean introspectionOnly(InstrumentationExecuteOperationParameters parameters) {
        return parameters.getExecutionContext().getOperationDefinition().getSelectionSet().getSelections().stream()
                .allMatch(selection -> selection instanceof Field field && field.getName().startsWith("__"));
    }

    /** Every field costs 1; a connection multiplies what is under it by its page size, {@code nodes} by its ids, a plain list by an estimate. */
    static final class PageSizeCost implements FieldComplexityCalculator {

        private final int listSizeEstimate;

        PageSizeCost(int listSizeEstimate) {
            this.listSizeEstimate = listSizeEstimate;
        }

        @Override
        public int calculate(graphql.analysis.FieldComplexityEnvironment environment, int childComplexity) {
            GraphQLFieldDefinition field = environment.getFieldDefinition();
            GraphQLType type = GraphQLTypeUtil.unwrapNonNull(field.getType());
            long multiplier = 1;
            if (isConnection(type)) {
                multiplier = pageSize(environment.getArguments().get("first"), environment.getArguments().get("last"));
            } else if (environment.getArguments().get("ids") instanceof java.util.List<?> ids) {
                // nodes(ids:): one item per id asked for.
                multiplier = Math.max(1, ids.size());
            } else if (type instanceof GraphQLList && !isConnection(environment.getParentType())) {
                multiplier = listSizeEstimate;
            }
            return (int) Math.min(Integer.MAX_VALUE, 1 + multiplier * childComplexity);
        }

        private static long pageSize(Object first, Object last) {
            if (first instanceof Integer size) {
                return Math.max(1, size);
            }
            if (last instanceof Integer size) {
                return Math.max(1, size);
            }
            return com.weeklygraphql.content.snapshot.PageRequest.DEFAULT_SIZE;
        }

        private static boolean isConnection(GraphQLType type) {
            return type instanceof GraphQLNamedType named && named.getName().endsWith("Connection");
        }
    }
}
