package com.weeklygraphql.content.snapshot;

/** Pagination arguments that cannot be served, with a message that says what to change. */
public class InvalidPageRequestException extends IllegalArgumentException {

    public InvalidPageRequestException(String message) {
        super(message);
    }
}
