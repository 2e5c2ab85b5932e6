package com.weeklygraphql.api.web;

import com.weeklygraphql.config.ApiProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses GraphQL requests larger than {@code api.limits.max-request-size} before anything reads them: a
 * body by its declared length, a GET by its query string. The refusal is a GraphQL error naming the limit.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeLimit(ApiProperties properties) {
        this.maxBytes = properties.limits().maxRequestSize().toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().equals("/graphql");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long size = request.getQueryString() == null ? 0 : request.getQueryString().length();
        size = Math.max(size, request.getContentLengthLong());
        if (size > maxBytes) {
            refuse(response, size);
            return;
        }
        if (request.getContentLengthLong() < 0 && "POST".equals(request.getMethod())) {
            // A chunked body declares no length: read it up to the limit, and refuse it if it goes past.
            byte[] body = request.getInputStream().readNBytes((int) maxBytes + 1);
            if (body.length > maxBytes) {
                refuse(response, body.length);
                return;
            }
            chain.doFilter(new CachedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, long size) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        String message = "the request is " + (size > maxBytes + 1 ? size + " bytes" : "over " + maxBytes + " bytes")
                + ", over the limit of " + maxBytes + " bytes (api.limits.max-request-size):"
                + " send a shorter query, or use a persisted query (extensions.persistedQuery)";
        response.getOutputStream().write(("{\"errors\":[{\"message\":\"" + message + "\"}]}").getBytes(StandardCharsets.UTF_8));
    }
}
