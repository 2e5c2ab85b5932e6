package com.weeklygraphql.content.sync;

import java.util.regex.Pattern;

/**
 * Hides file-system paths in messages shown to clients (health details, {@code content.lastSyncError}): where
 * the service keeps its clone says nothing a client needs and tells an attacker the layout of the host. URLs
 * other than {@code file:} URLs are left alone, so a remote's address still shows; the log keeps the full
 * message for the operator.
 */
public final class LocalPaths {

    private static final Pattern FILE_URL = Pattern.compile("file:/+[^\\s'\":]*");
    // An absolute path: a slash not preceded by a word character, a colon, a slash or a dot (so the path of a
    // URL such as https://host/a/b does not match), followed by at least one segment.
    private static final Pattern ABSOLUTE_PATH = Pattern.compile("(?<![\\w:/.])/(?:[^\\s/:'\"]+/?)+");

    private LocalPaths() {
    }

    /** The message with every absolute path and {@code file:} URL replaced by {@code <path>}; null stays null. */
    public static String hide(String message) {
        if (message == null) {
            return null;
        }
        return ABSOLUTE_PATH.matcher(FILE_URL.matcher(message).replaceAll("<path>")).replaceAll("<path>");
    }
}
