package com.weeklygraphql.content.snapshot;

/** A cursor that no answer of this service produced. */
public class InvalidCursorException extends IllegalArgumentException {

    public InvalidCursorException(String cursor) {
        super("'" + cursor + "' is not a cursor of this API: pass the cursor or pageInfo.endCursor of a previous answer");
    }
}
