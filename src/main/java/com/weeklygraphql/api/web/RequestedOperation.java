package com.weeklygraphql.api.web;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.List;

/**
 * Which kind of operation a request asks for, read before it runs where the transport depends on it: a GET runs
 * queries only (GraphQL over HTTP), and a subscription is a stream, not one JSON answer.
 */
final class RequestedOperation {

    /** What to do instead of asking for a subscription's one answer. */
    static final String SUBSCRIPTION_HOW_TO = "a subscription is a stream: POST it to /graphql with Accept:"
            + " text/event-stream (Server-Sent Events), or send it over a WebSocket to /graphql (graphql-transport-ws)";

    private RequestedOperation() {
    }

    /**
     * Why {@code GET /graphql} must not run this request, or null when it may (a query, or a document the
     * execution will refuse with its own error). Only documents that name a mutation or a subscription are parsed.
     */
    static String notForGet(String query, String operationName) {
        if (query == null || !(query.contains("mutation") || query.contains("subscription"))) {
            return null;
        }
        OperationDefinition.Operation operation = operation(query, operationName);
        if (operation == OperationDefinition.Operation.MUTATION) {
            return "GET /graphql runs queries only (GraphQL over HTTP); a mutation is sent as POST, and this API has none";
        }
        if (operation == OperationDefinition.Operation.SUBSCRIPTION) {
            return "GET /graphql runs queries only; " + SUBSCRIPTION_HOW_TO;
        }
        return null;
    }

    /** Whether the request selects a subscription; only documents that name one are parsed. */
    static boolean isSubscription(String query, String operationName) {
        return query != null && query.contains("subscription")
                && operation(query, operationName) == OperationDefinition.Operation.SUBSCRIPTION;
    }

    // The operation the request selects, or null when the document does not parse or names no such operation.
    private static OperationDefinition.Operation operation(String query, String operationName) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return null;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        for (OperationDefinition operation : operations) {
            if (operationName == null ? operations.size() == 1 : operationName.equals(operation.getName())) {
                return operation.getOperation();
            }
        }
        return null;
    }
}
