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
    static final String SUBSCRIPTION_HOW_TO = "a subscription is a stream: ask for it with Accept: text/event-stream"
            + " (Server-Sent Events, by POST or by GET as a browser's EventSource does), or send it over a WebSocket to"
            + " /graphql (graphql-transport-ws)";

    private RequestedOperation() {
    }

    /**
     * The operation the request selects: a mutation or a subscription when its document names one and selects it,
     * else a query (also for a document that does not parse: its execution refuses it with its own error). Only
     * documents that name a mutation or a subscription are parsed here.
     */
    static OperationDefinition.Operation of(String query, String operationName) {
        if (query == null || !(query.contains("mutation") || query.contains("subscription"))) {
            return OperationDefinition.Operation.QUERY;
        }
        OperationDefinition.Operation operation = operation(query, operationName);
        return operation == null ? OperationDefinition.Operation.QUERY : operation;
    }

    /** Why {@code GET /graphql} must not answer this operation as one JSON document, or null when it may. */
    static String notForGet(OperationDefinition.Operation operation) {
        return switch (operation) {
            case MUTATION -> "GET /graphql runs queries only (GraphQL over HTTP); a mutation is sent as POST, and this API has none";
            case SUBSCRIPTION -> "GET /graphql runs queries only; " + SUBSCRIPTION_HOW_TO;
            default -> null;
        };
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
