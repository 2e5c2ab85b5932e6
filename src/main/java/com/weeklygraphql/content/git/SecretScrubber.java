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
