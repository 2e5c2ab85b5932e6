package com.weeklygraphql.api.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.weeklygraphql.api.graphql.SnapshotPerRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import com.weeklygraphql.config.ApiProperties;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.SnapshotHolder;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /graphql}: queries in the URL, so CDNs and browsers can cache them. The ETag is a hash of the
 * served commit and the request, the same on every replica serving that commit; a matching
 * {@code If-None-Match} answers 304 without executing anything, and a request another client already made
 * is answered from memory. Answers with errors are never cached.
 */
@Configuration(proxyBeanMethods = false)
class CacheableGraphQlEndpoint {

    private final WebGraphQlHandler graphQlHandler;
    private final SnapshotHolder holder;
    private final JsonMapper json;
    private final String cacheControl;
    // Answers by ETag: an ETag names a commit and a request, and a commit's snapshot never changes, so an
    // entry is never stale; answers of older commits simply age out.
    private final Cache<String, byte[]> answers;

    CacheableGraphQlEndpoint(WebGraphQlHandler graphQlHandler, SnapshotHolder holder, JsonMapper json,
            ApiProperties properties, MeterRegistry meters) {
        this.graphQlHandler = graphQlHandler;
        this.holder = holder;
        this.json = json;
        this.cacheControl = properties.cache().control();
        this.answers = Caffeine.newBuilder().maximumWeight(properties.cache().maxAnswersSize().toBytes())
                .weigher((String etag, byte[] body) -> body.length).recordStats().build();
        CaffeineCacheMetrics.monitor(meters, answers, "graphql.answers");
    }

    /** Ahead of spring-graphql's own route for /graphql, which answers GET with 405. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> cacheableGraphQlRoute() {
        return RouterFunctions.route().GET("/graphql", request -> {
            ResponseEntity<byte[]> answer = query(request.param("query").orElse(null),
                    request.param("operationName").orElse(null), request.param("variables").orElse(null),
                    request.param("extensions").orElse(null), request.servletRequest());
            ServerResponse.BodyBuilder response = ServerResponse.status(answer.getStatusCode())
                    .headers(headers -> headers.addAll(answer.getHeaders()));
            return answer.getBody() == null ? response.build()
                    : response.contentType(MediaType.APPLICATION_JSON).body(answer.getBody());
        }).build();
    }

    ResponseEntity<byte[]> query(String query, String operationName, String variables, String extensions,
            HttpServletRequest servletRequest) {
        Map<String, Object> variableMap;
        Map<String, Object> extensionMap;
        try {
            variableMap = parseObject("variables", variables);
            extensionMap = parseObject("extensions", extensions);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(errors(e.getMessage()));
        }
        if ((query == null || query.isBlank()) && !extensionMap.containsKey("persistedQuery")) {
            return ResponseEntity.badRequest().body(errors(
                    "GET /graphql needs a 'query' parameter, or 'extensions' with a persistedQuery sha256Hash"));
        }
        ContentSnapshot snapshot = holder.require();
        String etag = etag(snapshot.commit(), query, operationName, variableMap, extensionMap);
        if (new ServletWebRequest(servletRequest).checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
        }
        byte[] cached = answers.getIfPresent(etag);
        if (cached != null) {
            return cacheable(etag, cached);
        }
        // Execute on the snapshot the ETag names, even if a sync publishes meanwhile.
        servletRequest.setAttribute(SnapshotPerRequest.SNAPSHOT_ATTRIBUTE, snapshot);
        WebGraphQlResponse response = graphQlHandler.handleRequest(webGraphQlRequest(servletRequest,
                new DefaultGraphQlRequest(query == null ? "" : query, operationName, variableMap, extensionMap))).block();
        byte[] body = json.writeValueAsBytes(response.toMap());
        if (!response.getErrors().isEmpty()) {
            return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
        }
        answers.put(etag, body);
        return cacheable(etag, body);
    }

    private ResponseEntity<byte[]> cacheable(String etag, byte[] body) {
        return ResponseEntity.ok().eTag(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).body(body);
    }

    private Map<String, Object> parseObject(String name, String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = json.readValue(text, Map.class);
            return map == null ? Map.of() : map;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("'" + name + "' must be a JSON object (URL-encoded): " + e.getOriginalMessage());
        }
    }

    // Canonical JSON (sorted keys) so that the same request spelt differently shares an ETag.
    private String etag(String commit, String query, String operationName, Map<String, Object> variables,
            Map<String, Object> extensions) {
        String canonical = commit + '\n' + (query == null ? "" : query) + '\n' + (operationName == null ? "" : operationName)
                + '\n' + json.writeValueAsString(sorted(variables)) + '\n' + json.writeValueAsString(sorted(extensions));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, inner) -> sorted.put(String.valueOf(key), sorted(inner)));
            return sorted;
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(CacheableGraphQlEndpoint::sorted).toList();
        }
        return value;
    }

    private static WebGraphQlRequest webGraphQlRequest(HttpServletRequest servletRequest, DefaultGraphQlRequest body) {
        ServletServerHttpRequest http = new ServletServerHttpRequest(servletRequest);
        Map<String, Object> attributes = new HashMap<>();
        servletRequest.getAttributeNames().asIterator()
                .forEachRemaining(name -> attributes.put(name, servletRequest.getAttribute(name)));
        Locale locale = LocaleContextHolder.getLocale();
        return new WebGraphQlRequest(URI.create(servletRequest.getRequestURL().toString()), http.getHeaders(),
                new LinkedMultiValueMap<>(), http.getRemoteAddress(), attributes, body, servletRequest.getRequestId(), locale);
    }

    private byte[] errors(String message) {
        return json.writeValueAsBytes(Map.of("errors", java.util.List.of(Map.of("message", message))));
    }
}
