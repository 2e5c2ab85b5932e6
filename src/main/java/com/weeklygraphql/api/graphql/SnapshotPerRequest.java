package com.weeklygraphql.api.graphql;

import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.SnapshotHolder;
import java.util.Optional;
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
public class SnapshotPerRequest implements WebGraphQlInterceptor {

    /** A request attribute that fixes the snapshot to execute on, for transports that chose it already. */
    public static final String SNAPSHOT_ATTRIBUTE = SnapshotPerRequest.class.getName() + ".snapshot";

    static final String KEY = "snapshot";

    private final SnapshotHolder holder;

    public SnapshotPerRequest(SnapshotHolder holder) {
        this.holder = holder;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        // A cached answer's request has already chosen its snapshot: the one its key names.
        Object chosen = request.getAttributes().get(SNAPSHOT_ATTRIBUTE);
        Optional<ContentSnapshot> snapshot = chosen instanceof ContentSnapshot fixed && fixed.retain() ? Optional.of(fixed)
                : holder.acquire();
        if (snapshot.isEmpty()) {
            return chain.next(request);
        }
        ContentSnapshot served = snapshot.get();
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> context.put(KEY, served)).build());
        // Kept readable while the request runs, however long: a replaced snapshot closes once its last reader ends.
        return chain.next(request).doFinally(signal -> served.release());
    }
}
