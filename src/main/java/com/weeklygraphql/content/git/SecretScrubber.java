package com.weeklygraphql.content.git;

import java.util.regex.Pattern;

/** Removes credentials from text that may reach a log line, a health answer or a GraphQL error. */
public final class SecretScrubber {

    // user:password@ in a URL; JGit repeats the remote URL in many of its messages.
    private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/@\\s]+@");

    private SecretScrubber() {
    }

    public static String scrubUserInfo(String text) {
        return text == null ? null : USER_INFO.matcher(text).replaceAll("***@");
    }

    /**
     * A copy of the exception chain with every message scrubbed, keeping classes (by name) and stack traces:
     * safe to attach as a cause and to log with its stack trace.
     */
    public static Throwable scrub(Throwable error, String... secrets) {
        if (error == null) {
            return null;
        }
        Throwable cause = error.getCause() == error ? null : scrub(error.getCause(), secrets);
        ScrubbedException copy = new ScrubbedException(
                error.getClass().getName() + (error.getMessage() == null ? "" : ": " + scrub(error.getMessage(), secrets)), cause);
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    /** Stands in for an exception whose message may have carried a secret; its message names the original class. */
    static final class ScrubbedException extends RuntimeException {

        ScrubbedException(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    /** Scrubs URL credentials and every occurrence of the given secrets. */
    public static String scrub(String text, String... secrets) {
        String result = scrubUserInfo(text);
        if (result == null) {
            return null;
        }
        for (String secret : secrets) {
            if (secret != null && !secret.isBlank()) {
                result = result.replace(secret, "****");
            }
        }
        return result;
    }
}
