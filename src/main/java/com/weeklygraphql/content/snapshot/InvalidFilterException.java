package com.weeklygraphql.content.snapshot;

/** A filter that cannot be served, with a message that says what to change. */
public class InvalidFilterException extends IllegalArgumentException {

    public InvalidFilterException(String message) {
        super(message);
    }
}
