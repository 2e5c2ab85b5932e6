package com.weeklygraphql.content.parse;

import com.weeklygraphql.content.model.Release;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Extracts releases from a release section ("SOFA 项目进展", "MOSN 本周发布", "SOFARPC 5.10.1 版本发布"): a fold over
 * its typed lines ({@link SectionLines#releases}).
 *
 * <p>An announcement (see {@link ReleaseAnnouncement}) opens one release per version; the changes that follow are
 * its changes: list items (one string per item, nested items in order) and numbered lines ("i. ...", "1.文件...")
 * always, every line while the fold is {@link State#UNDER_SUB_HEADING} ({@code #### Features：}, until a list
 * ends it). A notes line ("详细发布报告：") gives the notes URL, from its own links or, when it has none, from the
 * link-only line that follows ({@link State#AWAITING_NOTES}); a link-only line pointing at a GitHub release, tag,
 * compare view or changelog gives it too. The same release announced by the heading and again by the first line is
 * one release.
 */
final class ReleaseExtractor {

    /** Where the fold stands between announcements. */
    enum State {
        /** Changes are list items and numbered lines; other prose is not a change. */
        PROSE,
        /** Under "#### Features：" or "**- BUG 修复：**": every line is a change, until a list ends the run. */
        UNDER_SUB_HEADING,
        /** A notes line without a link was read: the next link-only line is the notes. */
        AWAITING_NOTES,
        /**
         * After an announcement that ends in a colon ("BabaSSL 开源发布 8.3.0 版本，主要更新如下："): plain paragraphs are
         * its changes too, until a list item or a numbered line shows that the changes have a form of their own.
         */
        INTRODUCED
    }

    private final ExtractionContext context;
    private final String headingProject;
    private final List<Builder> releases = new ArrayList<>();
    private final Map<String, Builder> byKey = new HashMap<>();
    /** The releases the last announcement opened: changes and notes go to them. */
    private List<Builder> current = List.of();
    private State state = State.PROSE;

    private ReleaseExtractor(Section section, ExtractionContext context) {
        this.context = context;
        this.headingProject = headingProject(section.title(), context);
    }

    static List<Release> extract(Section section, List<TypedLine> lines, ExtractionContext context) {
        ReleaseExtractor extractor = new ReleaseExtractor(section, context);
        lines.forEach(extractor::read);
        return extractor.releases(section);
    }

    private void read(TypedLine line) {
        switch (line.kind()) {
            case ANNOUNCEMENT -> {
                announce(line.announcement(), line.sourceLine());
                state = Texts.endsWithColon(line.text()) ? State.INTRODUCED : State.PROSE;
            }
            case NOTES -> {
                // "详细发布报告：" with the link on the same line, or on the next line or paragraph
                if (!notes(line.links())) {
                    state = State.AWAITING_NOTES;
                } else if (state == State.AWAITING_NOTES) {
                    state = State.PROSE;
                }
            }
            case LINK_ONLY -> {
                if (state == State.AWAITING_NOTES || line.links().stream().anyMatch(LinkRef::pointsAtReleaseNotes)) {
                    notes(line.links());
                    if (state == State.AWAITING_NOTES && current.stream().allMatch(b -> b.notesUrl != null)) {
                        state = State.PROSE;
                    }
                }
            }
            case SUB_HEADING -> state = State.UNDER_SUB_HEADING;
            case ITEM, NUMBERED -> {
                // the list is what the sub-heading or the announcement introduced; prose after it is not a change
                if (state == State.INTRODUCED || (line.kind() == LineKind.ITEM && state == State.UNDER_SUB_HEADING)) {
                    state = State.PROSE;
                }
                change(line.text());
            }
            case TEXT -> {
                if (state == State.UNDER_SUB_HEADING || state == State.INTRODUCED) {
                    change(line.text());
                }
            }
            default -> {
                // a lead-in ("主要变更如下：") introduces changes and is not one
            }
        }
    }

    private List<Release> releases(Section section) {
        if (releases.stream().allMatch(b -> b.version == null) && section.hasSubstance(context.profile())) {
            context.problem(section.anchor(), "release section '" + section.title()
                    + "' announces no release with a recognisable project and version");
        }
        List<Release> built = new ArrayList<>();
        for (Builder builder : releases) {
            if (builder.version == null) {
                continue; // announced without a version, and no notes link named one
            }
            checkAgainstNotes(builder);
            built.add(builder.build(context));
            context.mention(builder.project, builder.sourceLine);
        }
        return built;
    }

    /**
     * An announcement copied from an earlier issue sometimes keeps the old project name ("发布 MOSN v3.2.2"
     * above a link to sofa-boot's v3.2.2 release). When the release notes are a known project's page for
     * exactly this version, they are the better witness; the disagreement is reported.
     */
    private void checkAgainstNotes(Builder builder) {
        if (builder.notesUrl == null || !builder.notesUrl.contains(builder.version)
                || context.catalogue().find(builder.project).isEmpty()) {
            return;
        }
        context.catalogue().nameFromRepositoryUrl(builder.notesUrl)
                .filter(name -> context.catalogue().find(name).isPresent())
                .filter(name -> !name.equals(builder.project))
                .ifPresent(name -> {
                    context.problem(builder.sourceLine, "release " + builder.version + " is announced for "
                            + builder.project + " but its notes are " + name + "'s; taken as " + name);
                    builder.project = name;
                });
    }

    private void announce(ReleaseAnnouncement announcement, int sourceLine) {
        String written = announcement.project() != null ? announcement.project() : headingProject;
        if (written == null) {
            context.problem(sourceLine, "release " + announcement.versions() + " names no project");
            return;
        }
        String project = context.catalogue().resolve(written);
        if (announcement.versions().isEmpty()) {
            // "发布 V6 的第一个版本": the notes link will say which version
            Builder pending = new Builder(project, null, sourceLine);
            releases.add(pending);
            current = List.of(pending);
            return;
        }
        List<Builder> announced = new ArrayList<>();
        for (String version : announcement.versions()) {
            Builder existing = byKey.get(key(project, version));
            if (existing == null) {
                existing = new Builder(project, version, sourceLine);
                releases.add(existing);
                byKey.put(key(project, version), existing);
            }
            announced.add(existing);
        }
        current = announced;
    }

    private static String key(String project, String version) {
        return (project + "@" + version).toLowerCase(Locale.ROOT);
    }

    private void change(String text) {
        String change = text.strip();
        if (change.isEmpty() || current.isEmpty() || context.classifier().isThanks(change)) {
            return;
        }
        current.forEach(builder -> builder.changes.add(change));
    }

    /**
     * Gives the releases being read their notes link: the link naming a release's version if there is one (one
     * line per version of "SOFATracer 2.4.1/3.0.6"), else the first link. Answers whether any release got a link.
     */
    private boolean notes(List<LinkRef> links) {
        boolean assigned = false;
        for (Builder builder : current) {
            if (builder.notesUrl != null) {
                continue;
            }
            if (builder.version == null) {
                assigned |= versionFromNotes(builder, links);
                continue;
            }
            LinkRef chosen = null;
            for (LinkRef link : links) {
                if (link.url().contains(builder.version)) {
                    chosen = link;
                    break;
                }
            }
            boolean namesAnotherVersion = links.stream().anyMatch(link -> current.stream()
                    .anyMatch(other -> other != builder && other.version != null && link.url().contains(other.version)));
            if (chosen == null && !links.isEmpty() && !namesAnotherVersion) {
                chosen = links.get(0);
            }
            if (chosen != null) {
                builder.notesUrl = chosen.url();
                completeVersion(builder, chosen.url());
                assigned = true;
            }
        }
        return assigned;
    }

    /** "V6-alpha" above a link to the tag v6-alpha1: the tag names the release exactly. */
    private void completeVersion(Builder builder, String url) {
        ReleaseAnnouncements.completedInUrl(builder.version, url)
                .filter(exact -> !byKey.containsKey(key(builder.project, exact)))
                .ifPresent(exact -> {
                    byKey.remove(key(builder.project, builder.version));
                    builder.version = exact;
                    byKey.put(key(builder.project, exact), builder);
                });
    }

    /** A release announced without a version takes the one its notes link names (".../releases/tag/v6.1.4"). */
    private boolean versionFromNotes(Builder builder, List<LinkRef> links) {
        for (LinkRef link : links) {
            Optional<String> version = ReleaseAnnouncements.versionInUrl(link.url());
            if (version.isPresent() && byKey.get(key(builder.project, version.get())) == null) {
                builder.version = version.get();
                builder.notesUrl = link.url();
                byKey.put(key(builder.project, builder.version), builder);
                return true;
            }
        }
        return false;
    }

    /**
     * The project a release heading names ("SOFAJRaft 本周发布", "Occlum 项目进展"), for version lines that do not
     * repeat it. An umbrella such as "SOFA 项目进展" names no single project.
     */
    private static String headingProject(String title, ExtractionContext context) {
        for (String name : context.catalogue().mentionsIn(title)) {
            if (!context.catalogue().isUmbrella(name)) {
                return name;
            }
        }
        // "Occlum 项目进展": a Latin name the catalogue does not know, then a heading word
        String text = title.strip();
        int end = 0;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) < 128
                || (end > 0 && (text.charAt(end) == '-' || text.charAt(end) == '_')))) {
            end++;
        }
        if (end == 0 || !Character.isLetter(text.charAt(0))) {
            return null;
        }
        String name = text.substring(0, end);
        String rest = text.substring(end).strip().toLowerCase(Locale.ROOT);
        boolean headed = context.profile().releases.get("headingWords").stream().anyMatch(rest::startsWith);
        boolean umbrella = context.catalogue().find(name).map(p -> context.catalogue().isUmbrella(p.name())).orElse(false);
        return headed && !umbrella ? name : null;
    }

    /** A release being read. */
    private static final class Builder {
        private String project;
        private String version;
        private final int sourceLine;
        private final List<String> changes = new ArrayList<>();
        private String notesUrl;

        Builder(String project, String version, int sourceLine) {
            this.project = project;
            this.version = version;
            this.sourceLine = sourceLine;
        }

        Release build(ExtractionContext context) {
            return new Release(context.nextId("release"), project, version, context.issueDate(), changes, notesUrl,
                    context.slug());
        }
    }
}
