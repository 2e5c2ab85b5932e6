package com.weeklygraphql.api.graphql;

import java.util.List;
import org.reactivestreams.Publisher;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Queries over Server-Sent Events, as clients of graphql-sse's "distinct connections" mode send every operation:
 * spring-graphql's SSE transport streams subscriptions only and refuses anything else. A query's one result (or
 * its errors) becomes a stream of one {@code next} event, then {@code complete}.
 */
@Component
public class QueriesOverSse implements WebGraphQlInterceptor {

    /**
     * Set on the requests handed to the SSE transport, by the one place that chooses a stream over one JSON answer
     * (the web layer's {@code AnswerForm}): the Accept header is not read a second time here.
     */
    public static final String STREAMED_ATTRIBUTE = QueriesOverSse.class.getName() + ".streamed";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!streamed(request)) {
            return chain.next(request);
        }
        return chain.next(request).map(response -> response.getData() instanceof Publisher<?> ? response
                : response.transform(result -> result.data(Mono.just(response.getExecutionResult())).errors(List.of())));
    }

    private static boolean streamed(WebGraphQlRequest request) {
        return request.getAttributes().containsKey(STREAMED_ATTRIBUTE);
    }
}
