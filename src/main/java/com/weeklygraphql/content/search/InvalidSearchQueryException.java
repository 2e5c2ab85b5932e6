package com.weeklygraphql.content.search;

/**
 * A search query that cannot be read. The message is meant for the person who typed it: it says what to
 * change, never how the parser failed.
 */
public class InvalidSearchQueryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    InvalidSearchQueryException(String message) {
        super(message);
    }
}
