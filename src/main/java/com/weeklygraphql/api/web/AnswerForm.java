package com.weeklygraphql.api.web;

import graphql.language.OperationDefinition;
import java.util.List;
import org.springframework.http.MediaType;

/**
 * The form of a POST's answer, from what its client accepts: one JSON document or a stream of Server-Sent Events.
 * Clients such as urql accept both in one header (JSON types, {@code text/event-stream}, {@code multipart/mixed})
 * and expect the server to choose by operation: a query answers once, a subscription streams.
 */
enum AnswerForm {

    /** JSON only, or nothing said: a subscription is refused with how to stream it. */
    JSON,
    /** Both, JSON ranked at least as high: JSON, except for a subscription, which only a stream can answer. */
    JSON_OR_STREAM,
    /** An event stream ranked above every JSON type: every operation streams, a query as one event. */
    STREAM;

    /** Whether this operation is answered as a stream. */
    boolean streams(OperationDefinition.Operation operation) {
        return this == STREAM || this == JSON_OR_STREAM && operation == OperationDefinition.Operation.SUBSCRIPTION;
    }

    static AnswerForm of(List<MediaType> accepted) {
        double json = accepted.isEmpty() ? 1 : 0;
        double stream = 0;
        for (MediaType type : accepted) {
            double quality = type.getQualityValue();
            if (MediaType.TEXT_EVENT_STREAM.equalsTypeAndSubtype(type)) {
                stream = Math.max(stream, quality);
            } else if (GraphQlAnswers.ANSWER_TYPES.stream().anyMatch(type::isCompatibleWith)) {
                json = Math.max(json, quality);
            }
        }
        if (stream == 0) {
            return JSON;
        }
        return stream > json ? STREAM : JSON_OR_STREAM;
    }
}
