package com.weeklygraphql.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request to {@code /graphql} that cannot be read (a body that is not JSON, a batch array, a wrong content
 * type, no query, another method) gets a GraphQL-shaped error body, {@code {"errors":[{"message": ...}]}}, saying
 * what to send, instead of the servlet container's or Spring's default error page, which a GraphQL client
 * cannot show. The status stays what HTTP says (400, 405, 406, 415).
 */
@Configuration(proxyBeanMethods = false)
class GraphQlRequestErrors implements HandlerExceptionResolver, Ordered {

    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_GRAPHQL_RESPONSE,
            MediaType.TEXT_EVENT_STREAM);

    private static final String HOW_TO_ASK = "send one JSON object like {\"query\": \"{ issues(first: 5) { edges { node { title } } } }\","
            + " \"variables\": {}} with Content-Type: application/json";

    private final JsonMapper json;

    GraphQlRequestErrors(JsonMapper json) {
        this.json = json;
    }

    /**
     * Ahead of spring-graphql's route, whose fallback for a body it cannot read or an answer it cannot give is
     * an empty 415: requests its route would refuse get a body that says what to send.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    RouterFunction<ServerResponse> unreadableGraphQlRequests() {
        return RouterFunctions.route()
                .POST("/graphql", request -> !readable(request.headers().contentType()), request -> refuse(new Refusal(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "POST /graphql does not read " + request.headers().contentType()
                        .map(type -> "Content-Type '" + type + "'").orElse("a body without Content-Type") + ": " + HOW_TO_ASK)))
                .POST("/graphql", request -> !answerable(request.headers().accept()), request -> refuse(new Refusal(
                        HttpStatus.NOT_ACCEPTABLE, notAcceptable())))
                .build();
    }

    private static boolean readable(Optional<MediaType> contentType) {
        return contentType.filter(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)).isPresent();
    }

    /** An answer these types allow can be written: none asked for, or JSON, GraphQL-response JSON or an event stream. */
    static boolean answerable(List<MediaType> accepted) {
        return accepted.isEmpty() || accepted.stream().anyMatch(type -> ANSWERS.stream().anyMatch(type::isCompatibleWith));
    }

    private static ServerResponse refuse(Refusal refusal) {
        return ServerResponse.status(refusal.status()).contentType(MediaType.APPLICATION_JSON).body(body(refusal));
    }

    /** A 400 with a GraphQL-shaped body saying what to send. */
    static ServerResponse badRequest(String message) {
        return refuse(new Refusal(HttpStatus.BAD_REQUEST, message));
    }

    /** A GET that asks for what only a POST may run: 405, naming POST as the method to use. */
    static ServerResponse postOnly(String message) {
        return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED).allow(HttpMethod.POST)
                .contentType(MediaType.APPLICATION_JSON).body(body(new Refusal(HttpStatus.METHOD_NOT_ALLOWED, message)));
    }

    /** Said of a body that is not JSON. */
    static String notJson(String parserMessage) {
        return "the body is not valid JSON (" + firstLine(parserMessage) + "): " + HOW_TO_ASK;
    }

    /** Said of a JSON array: a batch of requests. */
    static String batch() {
        return "the body is a JSON array, a batch of requests, and batches are not supported: send each request"
                + " on its own, as one JSON object like {\"query\": \"…\", \"variables\": {}}";
    }

    /** Said of a request document that cannot be run, such as one without a query. */
    static String unrunnable(String reason) {
        return "the request cannot be run (" + reason + "): " + HOW_TO_ASK;
    }

    private static Map<String, Object> body(Refusal refusal) {
        return Map.of("errors", List.of(Map.of("message", refusal.message(), "extensions", Map.of("classification", "BAD_REQUEST"))));
    }

    private static String notAcceptable() {
        return "/graphql answers application/json or application/graphql-response+json (and text/event-stream for"
                + " subscriptions): send an Accept header that allows one of them";
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!"/graphql".equals(request.getRequestURI()) || response.isCommitted()) {
            return null;
        }
        Refusal refusal = refusal(request, ex);
        if (refusal == null) {
            return null;
        }
        try {
            response.setStatus(refusal.status().value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), body(refusal));
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    private static Refusal refusal(HttpServletRequest request, Exception ex) {
        if (ex instanceof HttpMediaTypeNotSupportedException || ex instanceof UnsupportedMediaTypeStatusException) {
            String given = request.getContentType() == null ? "no Content-Type" : "Content-Type '" + request.getContentType() + "'";
            return new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "POST /graphql does not read " + given + ": " + HOW_TO_ASK);
        }
        if (ex instanceof HttpMessageNotReadableException || ex instanceof ServerWebInputException) {
            return new Refusal(HttpStatus.BAD_REQUEST, unreadableBody(ex));
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return new Refusal(HttpStatus.NOT_ACCEPTABLE, notAcceptable());
        }
        if (ex instanceof HttpRequestMethodNotSupportedException || ex instanceof NoResourceFoundException) {
            return new Refusal(HttpStatus.METHOD_NOT_ALLOWED, "/graphql takes POST (or GET with ?query= for queries), not "
                    + request.getMethod() + ": " + HOW_TO_ASK);
        }
        return null;
    }

    private static String unreadableBody(Exception ex) {
        String detail = String.valueOf(NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
        if (detail.contains("START_ARRAY") || detail.contains("from Array value")) {
            return batch();
        }
        if (ex instanceof ServerWebInputException input && input.getCause() == null) {
            // spring-graphql's own check of the request document, such as a missing query.
            return unrunnable(input.getReason());
        }
        return notJson(detail);
    }

    // Jackson appends where it stopped and an excerpt of the source; the first line is the useful part.
    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        int source = line.indexOf(" at [Source");
        return (source < 0 ? line : line.substring(0, source)).strip();
    }

    private record Refusal(HttpStatus status, String message) {
    }
}
