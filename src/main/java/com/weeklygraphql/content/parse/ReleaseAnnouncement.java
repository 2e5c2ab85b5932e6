package com.weeklygraphql.content.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line that announces a release: "发布 SOFARegistry v5.4.0 版本", "SOFAJRaft 发布 v1.3.6 版本",
 * "本周 SOFAJRaft 发布 1.3.8v 版本", "SOFAActs 1.0.1 版本发布", "发布 SOFATracer 2.4.1/3.0.6" (two
 * versions), "发布 1.3.10 版本" (the project is in the section heading). A version inside a change line
 * ("jraft 从 1.2.5 更新到 1.2.7.beta1") has no "发布" next to it and is not an announcement.
 *
 * @param project the project as written, null when the line does not name one
 * @param versions without a leading or trailing {@code v}
 */
record ReleaseAnnouncement(String project, List<String> versions) {

    /** A Latin name, possibly two words ("SOFA MOSN"), never swallowing a "V0.26.0" that follows. */
    private static final String PROJECT = "(?<project>[A-Za-z][A-Za-z0-9\\-_]*(?: (?![vV]?\\d)[A-Z][A-Za-z0-9\\-_]*)?)";
    private static final String VERSION = "[vV]?\\d+(?:\\.\\d+)+(?:[.\\-_]?(?i:alpha|beta|rc|bugfix|final|release"
            + "|snapshot|ga|m)[\\w.\\-]*)?[vV]?";
    private static final String VERSIONS = "(?<versions>" + VERSION + "(?:\\s*/\\s*" + VERSION + ")*)";
    private static final String START = "^(?:\\d{1,2}\\s*[、.．]\\s*)?(?:本周\\s*)?";
    /** "发布 SOFARegistry v5.4.0 版本", "发布 1.3.10 版本". */
    private static final Pattern RELEASE_OF = Pattern.compile(
            START + "发布\\s*了?\\s*(?:" + PROJECT + "\\s*)?" + VERSIONS + "(?![\\w.])");
    /** "SOFAJRaft 发布 v1.3.6 版本", "Layotto 发布了0.2.0 版本". */
    private static final Pattern PROJECT_RELEASES = Pattern.compile(
            START + PROJECT + "\\s*(?:正式)?发布\\s*了?\\s*" + VERSIONS + "(?![\\w.])");
    /** "SOFAActs 1.0.1 版本发布", "MOSN v1.1.0 版本发布", "SOFAServerless 0.5.0 可试用版本已发布". */
    private static final Pattern VERSION_RELEASED = Pattern.compile(
            START + PROJECT + "\\s*" + VERSIONS + "\\s*[^，。,;；\\d]{0,6}?版本\\s*(?:正式|已经|已)?\\s*发布");
    /** A heading "Layotto v0.4.0 版本": project and version are all it says. */
    private static final Pattern HEADING_VERSION = Pattern.compile(
            START + PROJECT + "\\s*" + VERSIONS + "\\s*版本?\\s*[：:]?$");

    ReleaseAnnouncement {
        versions = List.copyOf(versions);
    }

    static Optional<ReleaseAnnouncement> inLine(String line) {
        return match(line, RELEASE_OF).or(() -> match(line, PROJECT_RELEASES))
                .or(() -> match(line, VERSION_RELEASED));
    }

    /** A heading may also be just "<project> <version> 版本". */
    static Optional<ReleaseAnnouncement> inHeading(String heading) {
        return inLine(heading).or(() -> match(heading, HEADING_VERSION));
    }

    private static Optional<ReleaseAnnouncement> match(String line, Pattern pattern) {
        Matcher m = pattern.matcher(line.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        List<String> versions = new ArrayList<>();
        for (String written : m.group("versions").split("/")) {
            versions.add(normalize(written));
        }
        String project = m.group("project");
        return Optional.of(new ReleaseAnnouncement(project == null ? null : project.strip(), versions));
    }

    /** "v1.3.6" → "1.3.6", "1.3.8v" → "1.3.8", "1.2.7.beta1" unchanged. */
    static String normalize(String written) {
        String version = written.strip();
        if (version.startsWith("v") || version.startsWith("V")) {
            version = version.substring(1);
        }
        if (version.endsWith("v") || version.endsWith("V")) {
            version = version.substring(0, version.length() - 1);
        }
        return version;
    }
}
