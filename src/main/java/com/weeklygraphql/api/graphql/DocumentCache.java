package com.weeklygraphql.api.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.weeklygraphql.config.ApiProperties;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Parsed and validated documents, kept so that a query clients send again and again (every mobile app sends
 * the same few) is parsed once. Also the store of Automatic Persisted Queries: a client sends
 * {@code extensions.persistedQuery.sha256Hash} alone, and the full query only when the hash is unknown,
 * which makes {@code GET /graphql} URLs short enough for CDNs. Bounded: unknown hashes cost one miss.
 */
@Component
class DocumentCache implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

    private final Cache<String, PreparsedDocumentEntry> byQueryText;
    private final ApolloPersistedQuerySupport persistedQueries;

    DocumentCache(ApiProperties properties) {
        int size = properties.limits().maxPersistedQueries();
        this.byQueryText = Caffeine.newBuilder().maximumSize(size).build();
        Cache<Object, PreparsedDocumentEntry> byHash = Caffeine.newBuilder().maximumSize(size).build();
        this.persistedQueries = new ApolloPersistedQuerySupport(new CaffeinePersistedQueries(byHash));
    }

    @Override
    public void customize(org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder builder) {
        builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        if (input.getExtensions() != null && input.getExtensions().containsKey("persistedQuery")) {
            return persistedQueries.getDocumentAsync(input, parseAndValidate);
        }
        return CompletableFuture.completedFuture(byQueryText.get(input.getQuery(), query -> parseAndValidate.apply(input)));
    }

    private record CaffeinePersistedQueries(Cache<Object, PreparsedDocumentEntry> cache) implements PersistedQueryCache {

        @Override
        public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object id, ExecutionInput input,
                PersistedQueryCacheMiss onCacheMiss) throws PersistedQueryNotFound {
            PreparsedDocumentEntry cached = cache.getIfPresent(id);
            if (cached != null) {
                return CompletableFuture.completedFuture(cached);
            }
            String query = input.getQuery();
            if (query == null || query.isBlank() || query.equals(ApolloPersistedQuerySupport.PERSISTED_QUERY_MARKER)) {
                throw new PersistedQueryNotFound(id);
            }
            PreparsedDocumentEntry entry = onCacheMiss.apply(query);
            cache.put(id, entry);
            return CompletableFuture.completedFuture(entry);
        }
    }
}
