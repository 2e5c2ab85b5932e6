package com.weeklygraphql.content.parse;

import java.util.List;

/**
 * One line that announces a release (see {@link ReleaseAnnouncements} for the shapes).
 *
 * @param project the project as written, null when the line does not name one
 * @param versions without a leading or trailing {@code v}; empty when the line names none ("the first release of
 *     V6", a version only its release-notes link gives)
 */
record ReleaseAnnouncement(String project, List<String> versions) {

    ReleaseAnnouncement {
        versions = List.copyOf(versions);
    }

    /** "v1.3.6" → "1.3.6", "1.3.8v" → "1.3.8", "1.2.7.beta1" unchanged. */
    static String normalize(String written) {
        String version = written.strip();
        if (version.length() > 1 && (version.startsWith("v") || version.startsWith("V"))
                && Character.isDigit(version.charAt(1))) {
            version = version.substring(1);
        }
        if (version.length() > 1 && (version.endsWith("v") || version.endsWith("V"))
                && Character.isDigit(version.charAt(version.length() - 2))) {
            version = version.substring(0, version.length() - 1);
        }
        return version;
    }
}
