package com.weeklygraphql.api.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.weeklygraphql.api.graphql.AnswerCacheability;
import com.weeklygraphql.api.graphql.SnapshotPerRequest;
import com.weeklygraphql.config.ApiProperties;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Executes GraphQL requests over HTTP on a snapshot fixed beforehand, and keeps their answers: a request names a
 * commit and its bytes, and a commit's snapshot never changes, so the same request at the same commit gets the
 * same bytes without executing anything. Answers with errors, and answers that read the sync status (which
 * changes between syncs of one commit), are never kept. Bounded by bytes; older commits' answers age out. A kept
 * answer is gzipped once, for every client that reads gzip after the first.
 */
@Component
class GraphQlAnswers {

    /** The JSON types an answer can be sent as, the one this API prefers first. */
    static final List<MediaType> ANSWER_TYPES = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
            MediaType.APPLICATION_JSON, new MediaType("application", "graphql+json"));

    private final WebGraphQlHandler graphQlHandler;
    private final JsonMapper json;
    private final Cache<String, Answer> answers;
    private final ExecutionSlots slots;

    GraphQlAnswers(WebGraphQlHandler graphQlHandler, JsonMapper json, ApiProperties properties, MeterRegistry meters,
            ExecutionSlots slots) {
        this.graphQlHandler = graphQlHandler;
        this.json = json;
        this.slots = slots;
        this.answers = Caffeine.newBuilder().maximumWeight(properties.cache().maxAnswersSize().toBytes())
                .weigher((String key, Answer answer) -> 128 + answer.body().length
                        + (answer.gzipped() == null ? 0 : answer.gzipped().length)).recordStats().build();
        CaffeineCacheMetrics.monitor(meters, answers, "graphql.answers");
    }

    /**
     * An answer kept for this key, or null; gzipped (once, then kept so) when this client reads gzip
     * ({@code gzipWanted}) and gzip pays.
     */
    Answer kept(String key, boolean gzipWanted) {
        Answer answer = answers.getIfPresent(key);
        if (answer != null && gzipWanted && answer.gzipped() == null) {
            byte[] gzipped = GzipEncoding.compressed(answer.body());
            if (gzipped != null) {
                answer = new Answer(answer.status(), answer.type(), answer.body(), gzipped, true);
                answers.put(key, answer);
            }
        }
        return answer;
    }

    /**
     * Executes the request on {@code snapshot}, and keeps the answer under {@code key} when it may be served again.
     * The answer is gzipped only when this client reads gzip ({@code gzipWanted}): a kept answer is gzipped when
     * first asked for so, and most clients of a benchmark or a script never are.
     */
    Answer execute(String key, ContentSnapshot snapshot, DefaultGraphQlRequest request, MediaType answerType,
            HttpServletRequest servletRequest, boolean gzipWanted) {
        // Execute on the snapshot the key names, even if a sync publishes meanwhile.
        servletRequest.setAttribute(SnapshotPerRequest.SNAPSHOT_ATTRIBUTE, snapshot);
        WebGraphQlResponse response;
        try {
            response = slots.run(() -> graphQlHandler.handleRequest(webGraphQlRequest(servletRequest, request)).block());
        } catch (ExecutionSlots.Busy busy) {
            return refusal(HttpStatus.SERVICE_UNAVAILABLE, busy.getMessage(), "SERVICE_BUSY");
        }
        if (response.getExecutionResult().getData() instanceof Publisher<?>) {
            // A subscription asked for as one JSON answer: its stream is never subscribed to, and the client is told
            // how to ask for it.
            return refusal(HttpStatus.BAD_REQUEST, RequestedOperation.SUBSCRIPTION_HOW_TO, "BAD_REQUEST");
        }
        boolean requestError = !response.getExecutionResult().isDataPresent();
        HttpStatus status = requestError && answerType.equals(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
                ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
        boolean keep = response.getErrors().isEmpty() && !AnswerCacheability.isVolatile(response.getExecutionInput());
        byte[] body = json.writeValueAsBytes(response.toMap());
        Answer answer = new Answer(status, answerType, body, gzipWanted ? GzipEncoding.compressed(body) : null, keep);
        if (keep) {
            answers.put(key, answer);
        }
        return answer;
    }

    // One GraphQL error, never kept.
    private Answer refusal(HttpStatus status, String message, String classification) {
        return new Answer(status, MediaType.APPLICATION_JSON, json.writeValueAsBytes(Map.of("errors", List.of(
                Map.of("message", message, "extensions", Map.of("classification", classification))))), null, false);
    }

    /** The media type of an answer, as spring-graphql chooses it: the first accepted one it can write, else JSON. */
    static MediaType answerType(List<MediaType> accepted) {
        return accepted.stream().filter(ANSWER_TYPES::contains).findFirst().orElse(MediaType.APPLICATION_JSON);
    }

    /** A short hash of the parts that make a request: the cache key, and the ETag of a GET. */
    static String key(String commit, MediaType answerType, byte[] request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(commit.getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) '\n');
            digest.update(answerType.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) '\n');
            digest.update(request);
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static WebGraphQlRequest webGraphQlRequest(HttpServletRequest servletRequest, DefaultGraphQlRequest body) {
        ServletServerHttpRequest http = new ServletServerHttpRequest(servletRequest);
        Map<String, Object> attributes = new HashMap<>();
        servletRequest.getAttributeNames().asIterator()
                .forEachRemaining(name -> attributes.put(name, servletRequest.getAttribute(name)));
        HttpHeaders headers = http.getHeaders();
        return new WebGraphQlRequest(URI.create(servletRequest.getRequestURL().toString()), headers,
                new LinkedMultiValueMap<>(), http.getRemoteAddress(), attributes, body, servletRequest.getRequestId(),
                LocaleContextHolder.getLocale());
    }

    /**
     * An answer as sent.
     *
     * @param gzipped the body gzipped, or null when it is sent as it is to every client
     * @param kept whether it may be served again to the same request at the same commit
     */
    record Answer(HttpStatus status, MediaType type, byte[] body, byte[] gzipped, boolean kept) {

        /** The response with this answer's body, gzipped for a client that reads gzip when that pays. */
        ServerResponse send(ServerResponse.BodyBuilder response, boolean acceptsGzip) {
            response.contentType(type);
            // The length set here, not only by the converter that writes the body: a HEAD, whose body the container
            // drops, tells it as the GET does.
            return acceptsGzip && gzipped != null
                    ? response.header(HttpHeaders.CONTENT_ENCODING, "gzip").contentLength(gzipped.length).body(gzipped)
                    : response.contentLength(body.length).body(body);
        }
    }
}
