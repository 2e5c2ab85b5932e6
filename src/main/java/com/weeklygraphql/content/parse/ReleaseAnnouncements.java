package com.weeklygraphql.content.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises release announcements, built from a newsletter profile's words (verbs such as 发布, fillers such as
 * 正式 or 本周, version words such as 版本): "发布 SOFARegistry v5.4.0 版本", "SOFAJRaft 发布 v1.3.6 版本",
 * "BabaSSL 开源发布 8.3.0 版本", "SOFAActs 1.0.1 版本发布", "发布 SOFATracer 2.4.1/3.0.6" (two versions), "发布
 * 1.3.10 版本" (the project is in the section heading), pre-releases ("holmes 发布 beta 版", "SOFARegistry 发布
 * V6-alpha"), and "SOFARegistry 发布 V6 的第一个版本" or "SOFARegistry V6 正式发布的第一个版本", whose version only the
 * notes link gives. A line shaped as a heading may announce without a verb when it closes on a project, its version
 * and a version word ("开源 MOSN 的诊断工具 holmes beta 版："). A version inside a change line ("jraft 从 1.2.5
 * 更新到 1.2.7.beta1") has no verb next to it and is not an announcement. Thread-safe: one per profile.
 */
final class ReleaseAnnouncements {

    /**
     * A Latin name, possibly two words ("SOFA MOSN"), never swallowing a "V0.26.0" that follows, nor being the "v"
     * of a version ("v1.5.0 发布说明" names no project).
     */
    private static final String PROJECT = "(?<project>(?![vV]\\d)[A-Za-z][A-Za-z0-9\\-_]*"
            + "(?: (?![vV]?\\d)[A-Z][A-Za-z0-9\\-_]*)?)";
    private static final String PRE_RELEASE = "(?i:alpha|beta|rc|bugfix|final|release|snapshot|ga|m)";
    /** A pre-release named without a version number: "beta", "rc2". */
    private static final String BARE_PRE_RELEASE = "(?i:alpha|beta|rc)\\d*";
    /** 1.2.3, v1.3.6, 1.3.8v, 1.2.7.beta1, V6-alpha, beta (alone only when a version word follows). */
    private static final String VERSION = "(?:[vV]?\\d+(?:\\.\\d+)+(?:[.\\-_]?" + PRE_RELEASE + "[\\w.\\-]*)?[vV]?"
            + "|[vV]?\\d+[.\\-_]" + PRE_RELEASE + "[\\w.\\-]*)";
    private static final String VERSIONS = "(?<versions>" + VERSION + "(?:\\s*/\\s*" + VERSION + ")*)";
    private static final String NUMBERING = "^(?:\\d{1,2}\\s*[、.．]\\s*)?";
    /** A major line named without its full version: the "V6" of "SOFARegistry V6 正式发布". */
    private static final String MAJOR_LINE = "(?:\\s*[vV]\\d+(?![\\w.]))?";
    private static final Pattern TAG_IN_URL = Pattern.compile("/(?:releases/tag|tag|tree)/(?<tag>[vV]?\\d[\\w.\\-]*)");

    /** Every announcement names a verb: most lines are rejected by a substring search, not by five patterns. */
    private final List<String> verbs;
    private final Pattern releaseOf;
    private final Pattern projectReleases;
    private final Pattern versionReleased;
    private final Pattern headingVersion;
    private final Pattern preRelease;
    private final Pattern unnumbered;
    private final Pattern closingVersion;

    ReleaseAnnouncements(List<String> verbs, List<String> fillers, List<String> versionWords) {
        this.verbs = verbs;
        String verb = alternatives(verbs);
        String filler = fillers.isEmpty() ? "" : "(?:\\s*" + alternatives(fillers) + ")*";
        String start = NUMBERING + filler + "\\s*";
        String versionWord = versionWords.isEmpty() ? "(?!)" : alternatives(versionWords);
        this.releaseOf = Pattern.compile(start + verb + filler + "\\s*(?:" + PROJECT + "\\s*)?" + VERSIONS + "(?![\\w.])");
        this.projectReleases = Pattern.compile(start + PROJECT + filler + "\\s*" + verb + filler + "\\s*" + VERSIONS
                + "(?![\\w.])");
        // the project may be left to the heading: "v0.4.0 版本发布" under "Layotto 本周发布"
        this.versionReleased = Pattern.compile(start + "(?:" + PROJECT + "\\s*)?" + VERSIONS
                + "\\s*[^，。,;；\\d]{0,6}?" + versionWord + "?" + filler + "\\s*" + verb);
        this.headingVersion = Pattern.compile(start + PROJECT + "\\s*" + VERSIONS + "\\s*" + versionWord
                + "?\\s*[：:]?$");
        // "holmes 发布 beta 版": a pre-release without a number, closed by a version word or the clause's end
        this.preRelease = Pattern.compile(start + PROJECT + filler + "\\s*" + verb + filler
                + "\\s*(?<versions>" + BARE_PRE_RELEASE + ")\\s*(?:" + versionWord + "|[，。,;；：:]|$)");
        // "SOFARegistry 发布 V6 的第一个版本", "SOFARegistry V6 正式发布的第一个版本": a project, perhaps its major line,
        // and a verb; the version is left to the notes link
        this.unnumbered = Pattern.compile(start + PROJECT + MAJOR_LINE + filler + "\\s*" + verb
                + "(?!\\s*[vV]?\\d+\\.\\d)");
        // the version word is required: a sub-heading such as "BUG 修复：" names no version
        this.closingVersion = Pattern.compile("(?:^|[\\s，,、：:])" + PROJECT + "\\s*(?<versions>" + VERSION
                + "|" + BARE_PRE_RELEASE + ")\\s*" + versionWord + "\\s*[：:]?$");
    }

    /** Case-insensitive alternatives of literal words: "(?iu:发布|released)". */
    private static String alternatives(List<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?iu:", ")"));
    }

    Optional<ReleaseAnnouncement> inLine(String line) {
        if (!namesAVerb(line)) {
            return Optional.empty();
        }
        String text = line.strip();
        if (!hasDigit(text)) {
            // every version but a bare pre-release ("holmes 发布 beta 版") has a digit
            return match(text, preRelease);
        }
        return match(text, releaseOf).or(() -> match(text, projectReleases)).or(() -> match(text, versionReleased))
                .or(() -> match(text, preRelease));
    }

    /** A heading may also be just "<project> <version> 版本". */
    Optional<ReleaseAnnouncement> inHeading(String heading) {
        Optional<ReleaseAnnouncement> announcement = inLine(heading);
        if (announcement.isPresent() || !hasDigit(heading)) {
            return announcement;
        }
        return match(heading.strip(), headingVersion);
    }

    /** A line shaped as a heading that closes on "<project> <version> 版", with or without a verb before. */
    Optional<ReleaseAnnouncement> closingHeadingLine(String line) {
        return match(line.strip(), closingVersion);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * A line that announces a release of a project without a version it can read ("发布 V6 的第一个版本"): the
     * release notes link that follows gives the version ({@link #versionInUrl}).
     */
    Optional<ReleaseAnnouncement> withoutVersion(String line) {
        if (!namesAVerb(line)) {
            return Optional.empty();
        }
        Matcher m = unnumbered.matcher(line.strip());
        if (!m.find() || inLine(line).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new ReleaseAnnouncement(m.group("project").strip(), List.of()));
    }

    private boolean namesAVerb(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String verb : verbs) {
            if (lower.contains(verb)) {
                return true;
            }
        }
        return false;
    }

    /** The version a release notes URL names: ".../releases/tag/v6.1.4" gives "6.1.4". */
    static Optional<String> versionInUrl(String url) {
        Matcher m = TAG_IN_URL.matcher(url);
        return m.find() ? Optional.of(ReleaseAnnouncement.normalize(m.group("tag"))) : Optional.empty();
    }

    /**
     * The notes link's tag where it completes a pre-release written without its number: "V6-alpha" above
     * ".../tree/v6-alpha1" is 6-alpha1. A written version ending in a digit is never completed: "5.1" above a link
     * to v5.10.0 names another version.
     */
    static Optional<String> completedInUrl(String written, String url) {
        return versionInUrl(url).filter(tag -> completes(tag.toLowerCase(Locale.ROOT), written.toLowerCase(Locale.ROOT)));
    }

    private static boolean completes(String tag, String written) {
        if (written.isEmpty() || !Character.isLetter(written.charAt(written.length() - 1))
                || tag.length() <= written.length() || !tag.startsWith(written)) {
            return false;
        }
        String rest = tag.substring(written.length());
        return Character.isDigit(rest.charAt(0))
                || (rest.length() > 1 && (rest.charAt(0) == '.' || rest.charAt(0) == '-') && Character.isDigit(rest.charAt(1)));
    }

    private static Optional<ReleaseAnnouncement> match(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        List<String> versions = new ArrayList<>();
        for (String written : m.group("versions").split("/")) {
            versions.add(ReleaseAnnouncement.normalize(written));
        }
        String project = m.group("project");
        return Optional.of(new ReleaseAnnouncement(project == null ? null : project.strip(), versions));
    }
}
