package com.weeklygraphql.api.graphql;

import com.weeklygraphql.content.snapshot.SnapshotHolder;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Fixes the snapshot a request reads when it starts: resolvers take it from the GraphQL context, so a sync
 * that publishes mid-request cannot mix two commits in one answer.
 */
@Component
class SnapshotPerRequest implements WebGraphQlInterceptor {

    static final String KEY = "snapshot";

    private final SnapshotHolder holder;

    SnapshotPerRequest(SnapshotHolder holder) {
        this.holder = holder;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        holder.current().ifPresent(snapshot ->
                request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> context.put(KEY, snapshot)).build()));
        return chain.next(request);
    }
}
