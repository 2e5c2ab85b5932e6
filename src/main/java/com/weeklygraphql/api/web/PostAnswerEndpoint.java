package com.weeklygraphql.api.web;

import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.SnapshotHolder;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /graphql} with a JSON body, answered from the same per-commit answers as {@code GET}: the body's
 * bytes and the served commit name the answer, so a body another client already sent is answered without
 * parsing its JSON or executing anything. Mobile apps that POST the same few queries get static-file speed.
 * A client that accepts an event stream gets one as {@link AnswerForm} says, from spring-graphql's SSE transport:
 * a subscription, or every operation when it ranks the stream above JSON.
 */
@Configuration(proxyBeanMethods = false)
class PostAnswerEndpoint {

    private final GraphQlAnswers answers;
    private final SnapshotHolder holder;
    private final JsonMapper json;
    private final GzipEncoding gzipEncoding;
    private final EventStreams streams;

    PostAnswerEndpoint(GraphQlAnswers answers, SnapshotHolder holder, JsonMapper json, GzipEncoding gzipEncoding,
            EventStreams streams) {
        this.answers = answers;
        this.holder = holder;
        this.json = json;
        this.gzipEncoding = gzipEncoding;
        this.streams = streams;
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> postAnswerRoute() {
        return RouterFunctions.route().POST("/graphql", PostAnswerEndpoint::answersHere, this::post).build();
    }

    // JSON in, and an answer this client reads out; other requests are refused by GraphQlRequestErrors.
    private static boolean answersHere(ServerRequest request) {
        return request.headers().contentType().map(MediaType.APPLICATION_JSON::isCompatibleWith).orElse(false)
                && GraphQlRequestErrors.answerable(request.headers().accept());
    }

    private ServerResponse post(ServerRequest request) throws IOException, ServletException {
        byte[] body = request.servletRequest().getInputStream().readAllBytes();
        AnswerForm form = AnswerForm.of(request.headers().accept());
        if (form == AnswerForm.STREAM) {
            return streams.stream(request, body);
        }
        ContentSnapshot snapshot = holder.require();
        MediaType answerType = GraphQlAnswers.answerType(request.headers().accept());
        boolean gzip = gzipEncoding.wanted(request.servletRequest());
        String key = GraphQlAnswers.key(snapshot.commit(), answerType, body);
        GraphQlAnswers.Answer answer = answers.kept(key, gzip);
        if (answer == null) {
            DefaultGraphQlRequest graphQlRequest;
            try {
                graphQlRequest = read(body);
            } catch (IllegalArgumentException e) {
                return GraphQlRequestErrors.badRequest(e.getMessage());
            }
            if (form.streams(RequestedOperation.of(graphQlRequest.getDocument(), graphQlRequest.getOperationName()))) {
                return streams.stream(request, body);
            }
            answer = answers.execute(key, snapshot, graphQlRequest, answerType, request.servletRequest(), gzip);
        }
        return answer.send(ServerResponse.status(answer.status()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING), gzip);
    }

    @SuppressWarnings("unchecked")
    private DefaultGraphQlRequest read(byte[] body) {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(GraphQlRequestErrors.notJson(e.getOriginalMessage()));
        }
        if (tree == null || tree.isMissingNode() || !tree.isObject()) {
            throw new IllegalArgumentException(tree != null && tree.isArray() ? GraphQlRequestErrors.batch()
                    : GraphQlRequestErrors.notJson("a JSON object is expected"));
        }
        JsonNode query = tree.get("query");
        JsonNode operationName = tree.get("operationName");
        if (query != null && !query.isNull() && !query.isString()) {
            throw new IllegalArgumentException(GraphQlRequestErrors.unrunnable("'query' is not a string"));
        }
        if (operationName != null && !operationName.isNull() && !operationName.isString()) {
            throw new IllegalArgumentException(GraphQlRequestErrors.unrunnable("'operationName' is not a string"));
        }
        Map<String, Object> variables = object(tree, "variables");
        Map<String, Object> extensions = object(tree, "extensions");
        String text = query == null || query.isNull() ? "" : query.asString();
        if (text.isBlank() && !extensions.containsKey("persistedQuery")) {
            throw new IllegalArgumentException(GraphQlRequestErrors.unrunnable("No 'query', nor 'extensions' with a persistedQuery"));
        }
        return new DefaultGraphQlRequest(text, operationName == null || operationName.isNull() ? null : operationName.asString(),
                variables, extensions);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(JsonNode tree, String name) {
        JsonNode node = tree.get(name);
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(GraphQlRequestErrors.unrunnable("'" + name + "' is not a JSON object"));
        }
        return json.treeToValue(node, Map.class);
    }
}
