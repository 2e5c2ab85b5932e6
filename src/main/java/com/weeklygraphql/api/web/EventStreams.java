package com.weeklygraphql.api.web;

import com.weeklygraphql.api.graphql.QueriesOverSse;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.graphql.server.webmvc.GraphQlSseHandler;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Hands a GraphQL request whose JSON body is already in hand to spring-graphql's Server-Sent Events transport:
 * a POST whose body was read to choose its answer's form ({@link AnswerForm}), or a GET (a browser's
 * EventSource can only GET) whose parameters were made into that body.
 */
@Component
class EventStreams {

    private final GraphQlSseHandler sse;

    EventStreams(GraphQlSseHandler sse) {
        this.sse = sse;
    }

    ServerResponse stream(ServerRequest request, byte[] jsonBody) throws ServletException {
        HttpServletRequest replayed = new CachedBodyRequest(request.servletRequest(), jsonBody) {
            @Override
            public String getContentType() {
                return MediaType.APPLICATION_JSON_VALUE;
            }

            @Override
            public String getHeader(String name) {
                return "Content-Type".equalsIgnoreCase(name) ? getContentType() : super.getHeader(name);
            }
        };
        replayed.setAttribute(QueriesOverSse.STREAMED_ATTRIBUTE, Boolean.TRUE);
        return sse.handleRequest(ServerRequest.create(replayed, request.messageConverters()));
    }
}
