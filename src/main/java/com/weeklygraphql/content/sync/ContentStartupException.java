package com.weeklygraphql.content.sync;

/** The service cannot start serving: the message names the setting to change. */
public class ContentStartupException extends RuntimeException {

    private final String property;

    public ContentStartupException(String property, String message, Throwable cause) {
        super(property + ": " + message, cause);
        this.property = property;
    }

    public String property() {
        return property;
    }
}
