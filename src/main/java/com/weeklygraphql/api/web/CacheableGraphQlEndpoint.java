package com.weeklygraphql.api.web;

import com.weeklygraphql.config.ApiProperties;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.SnapshotHolder;
import graphql.language.OperationDefinition;
import jakarta.servlet.ServletException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /graphql}: queries in the URL, so CDNs and browsers can cache them. The ETag is a hash of the
 * served commit and the request, the same on every replica serving that commit; a matching
 * {@code If-None-Match} answers 304 without executing anything, and a request another client already made
 * is answered from memory. Answers with errors or with the sync status are never cached.
 */
@Configuration(proxyBeanMethods = false)
class CacheableGraphQlEndpoint {

    private static final String[] VARY = {HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_ENCODING};

    private final GraphQlAnswers answers;
    private final SnapshotHolder holder;
    private final JsonMapper json;
    private final String cacheControl;
    private final GzipEncoding gzipEncoding;
    private final EventStreams streams;

    CacheableGraphQlEndpoint(GraphQlAnswers answers, SnapshotHolder holder, JsonMapper json, ApiProperties properties,
            GzipEncoding gzipEncoding, EventStreams streams) {
        this.answers = answers;
        this.holder = holder;
        this.json = json;
        this.cacheControl = properties.cache().control();
        this.gzipEncoding = gzipEncoding;
        this.streams = streams;
    }

    /**
     * Ahead of spring-graphql's own route for /graphql, which answers GET with 405. HEAD is answered as GET is (the
     * container drops the body): caches and monitors check an answer's ETag and length with it.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> cacheableGraphQlRoute() {
        return RouterFunctions.route().GET("/graphql", this::get).HEAD("/graphql", this::get).build();
    }

    private ServerResponse get(ServerRequest request) throws ServletException {
        String query = request.param("query").orElse(null);
        Map<String, Object> variables;
        Map<String, Object> extensions;
        try {
            variables = parseObject("variables", request.param("variables").orElse(null));
            extensions = parseObject("extensions", request.param("extensions").orElse(null));
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
        if ((query == null || query.isBlank()) && !extensions.containsKey("persistedQuery")) {
            return error("GET /graphql needs a 'query' parameter, or 'extensions' with a persistedQuery sha256Hash");
        }
        String operationName = request.param("operationName").orElse(null);
        OperationDefinition.Operation operation = RequestedOperation.of(query, operationName);
        // A stream for a GET (an EventSource); a HEAD, whose body is dropped, would hold a stream open for nothing.
        if (request.method() == HttpMethod.GET && operation != OperationDefinition.Operation.MUTATION
                && AnswerForm.of(request.headers().accept()).streams(operation)) {
            return streams.stream(request, json.writeValueAsBytes(requestBody(query, operationName, variables, extensions)));
        }
        String postOnly = RequestedOperation.notForGet(operation);
        if (postOnly != null) {
            return GraphQlRequestErrors.postOnly(postOnly);
        }
        ContentSnapshot snapshot = holder.require();
        MediaType answerType = GraphQlAnswers.answerType(request.headers().accept());
        String key = "\"" + GraphQlAnswers.key(snapshot.commit(), answerType,
                canonical(query, operationName, variables, extensions)) + "\"";
        boolean gzip = gzipEncoding.wanted(request.servletRequest());
        // The gzipped and the plain answer are two representations, so each has its own strong ETag.
        String etag = gzip ? key.substring(0, key.length() - 1) + "-gzip\"" : key;
        if (new ServletWebRequest(request.servletRequest()).checkNotModified(etag)) {
            return ServerResponse.status(HttpStatus.NOT_MODIFIED).eTag(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .header(HttpHeaders.VARY, VARY).build();
        }
        GraphQlAnswers.Answer answer = answers.kept(key, gzip);
        if (answer == null) {
            answer = answers.execute(key, snapshot, new DefaultGraphQlRequest(query == null ? "" : query, operationName,
                    variables, extensions), answerType, request.servletRequest(), gzip);
        }
        if (!answer.kept()) {
            return answer.send(ServerResponse.status(answer.status()).header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .header(HttpHeaders.VARY, VARY), gzip);
        }
        return answer.send(ServerResponse.ok().eTag(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, VARY), gzip);
    }

    private static ServerResponse error(String message) {
        return GraphQlRequestErrors.badRequest(message);
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
    // The body a POST of the same request would carry.
    private static Map<String, Object> requestBody(String query, String operationName, Map<String, Object> variables,
            Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query == null ? "" : query);
        if (operationName != null) {
            body.put("operationName", operationName);
        }
        body.put("variables", variables);
        body.put("extensions", extensions);
        return body;
    }

    private byte[] canonical(String query, String operationName, Map<String, Object> variables, Map<String, Object> extensions) {
        String canonical = (query == null ? "" : query) + '\n' + (operationName == null ? "" : operationName)
                + '\n' + json.writeValueAsString(sorted(variables)) + '\n' + json.writeValueAsString(sorted(extensions));
        return canonical.getBytes(StandardCharsets.UTF_8);
    }

    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, inner) -> sorted.put(String.valueOf(key), sorted(inner)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CacheableGraphQlEndpoint::sorted).toList();
        }
        return value;
    }
}
