package com.weeklygraphql.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the API protects itself and helps caches.
 *
 * @param limits what one request may ask for
 * @param cache how GET answers may be cached by CDNs and browsers
 */
@ConfigurationProperties("api")
public record ApiProperties(@DefaultValue Limits limits, @DefaultValue Cache cache) {

    /**
     * Limits on one request; each refusal is a GraphQL error naming the limit and its value.
     *
     * @param maxDepth deepest field nesting allowed
     * @param maxCost highest cost allowed: every field costs 1, and a list multiplies what is under it by
     *     its page size ({@code first} or {@code last}, else the default page of 20) or, for plain lists,
     *     by {@code listSizeEstimate}
     * @param listSizeEstimate the size assumed for lists that take no page size
     * @param timeout how long one execution may run before it is stopped
     * @param maxRequestSize the largest request body (or GET query string) accepted
     * @param maxPersistedQueries how many automatic persisted queries are kept (least used dropped first)
     * @param concurrentExecutions how many executions run at once, the others waiting in arrival order up to
     *     {@code timeout}; 0: twice the processors
     * @param maxSubscriptions how many {@code contentUpdated} subscriptions may be open at once (every open page
     *     holds one); more are refused, so that open streams never take all of the server's connections
     *     ({@code server.tomcat.max-connections}, 8192 by default) from ordinary requests
     */
    public record Limits(
            @DefaultValue("12") int maxDepth,
            @DefaultValue("20000") int maxCost,
            @DefaultValue("10") int listSizeEstimate,
            @DefaultValue("10s") Duration timeout,
            @DefaultValue("64KB") DataSize maxRequestSize,
            @DefaultValue("10000") int maxPersistedQueries,
            @DefaultValue("0") int concurrentExecutions,
            @DefaultValue("4096") int maxSubscriptions) {

        // Checked here rather than by Bean Validation: seven numbers did not pay for its 600 classes at every start.
        public Limits {
            atLeast(1, maxDepth, "max-depth");
            atLeast(1, maxCost, "max-cost");
            atLeast(1, listSizeEstimate, "list-size-estimate");
            atLeast(1, maxPersistedQueries, "max-persisted-queries");
            atLeast(0, concurrentExecutions, "concurrent-executions");
            atLeast(0, maxSubscriptions, "max-subscriptions");
        }

        private static void atLeast(int least, int value, String name) {
            if (value < least) {
                throw new IllegalArgumentException("api.limits." + name + " must be at least " + least + ", not " + value);
            }
        }
    }

    /**
     * HTTP caching of {@code GET /graphql}.
     *
     * @param control the Cache-Control header of successful GET answers; an answer with errors is never cached
     * @param maxAnswersSize memory for GET answers kept to serve the same request again without executing it
     * @param gzip whether answers over 1 KB and CSV downloads are gzipped for clients that read gzip
     */
    public record Cache(
            @DefaultValue("public, max-age=30, stale-while-revalidate=300") String control,
            @DefaultValue("64MB") DataSize maxAnswersSize,
            @DefaultValue("true") boolean gzip) {
    }
}
