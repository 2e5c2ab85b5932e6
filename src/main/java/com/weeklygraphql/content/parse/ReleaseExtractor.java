package com.weeklygraphql.content.parse;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.weeklygraphql.content.model.Release;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Extracts releases from a release section ("SOFA 项目进展", "MOSN 本周发布", "SOFARPC 5.10.1 版本发布").
 *
 * <p>An announcement line (see {@link ReleaseAnnouncement}) opens one release per version; the list
 * items that follow are its changes, one string per item, nested items flattened in order; numbered or
 * roman-numbered lines of a paragraph ("i. ...", "1.文件...") count as items too, as do the paragraphs
 * under a sub-heading such as {@code #### Features：}. A "详细发布报告：" line, or a link to a GitHub
 * release, tag, compare view or changelog, gives the notes URL. The same release announced by the heading
 * and again by the first line is one release.
 */
final class ReleaseExtractor {

    private static final Pattern ITEM_MARKER = Pattern.compile("^(?:[ivxIVX]{1,4}|\\d{1,2})\\s*[.、)）．]\\s*|^[-•·]\\s*");
    private static final Pattern LINK_SEPARATORS = Pattern.compile("[\\s：:，,、]");

    private ReleaseExtractor() {
    }

    static List<Release> extract(Section section, ExtractionContext context) {
        Reader reader = new Reader(section, context);
        if (section.heading() != null) {
            context.profile().releaseAnnouncements().inHeading(section.title())
                    .ifPresent(a -> reader.announce(a, section.heading()));
        }
        for (Node node : section.nodes()) {
            reader.read(node);
        }
        if (reader.releases.stream().allMatch(b -> b.version == null) && hasSubstance(section, context)) {
            context.problem(section.anchor(), "release section '" + section.title()
                    + "' announces no release with a recognisable project and version");
        }
        List<Release> releases = new ArrayList<>();
        for (Builder builder : reader.releases) {
            if (builder.version == null) {
                continue; // announced without a version, and no notes link named one
            }
            checkAgainstNotes(builder, context);
            releases.add(builder.build(context));
            context.mention(builder.project, builder.node);
        }
        return releases;
    }

    /**
     * An announcement copied from an earlier issue sometimes keeps the old project name ("发布 MOSN v3.2.2"
     * above a link to sofa-boot's v3.2.2 release). When the release notes are a known project's page for
     * exactly this version, they are the better witness; the disagreement is reported.
     */
    private static void checkAgainstNotes(Builder builder, ExtractionContext context) {
        if (builder.notesUrl == null || !builder.notesUrl.contains(builder.version)
                || context.catalogue().find(builder.project).isEmpty()) {
            return;
        }
        context.catalogue().nameFromRepositoryUrl(builder.notesUrl)
                .filter(name -> context.catalogue().find(name).isPresent())
                .filter(name -> !name.equals(builder.project))
                .ifPresent(name -> {
                    context.problem(builder.node, "release " + builder.version + " is announced for "
                            + builder.project + " but its notes are " + name + "'s; taken as " + name);
                    builder.project = name;
                });
    }

    private static boolean hasSubstance(Section section, ExtractionContext context) {
        for (Node node : section.nodes()) {
            if (!NodeShapes.isImageOnly(node) && !PlainText.of(node).isBlank()
                    && !Boilerplate.isBoilerplate(PlainText.of(node), context.profile())) {
                return true;
            }
        }
        return false;
    }

    /** Walks a section's nodes, keeping the releases announced so far and the ones changes go to. */
    private static final class Reader {
        private final ExtractionContext context;
        private final ReleaseAnnouncements grammar;
        private final NewsletterProfile.Words words;
        private final String headingProject;
        private final List<Builder> releases = new ArrayList<>();
        private final Map<String, Builder> byKey = new HashMap<>();
        private List<Builder> current = List.of();
        /** Under "#### Features：" or "**- BUG 修复：**" every paragraph line is a change. */
        private boolean underSubHeading;
        /** A "详细发布报告：" line was read and its link has not come yet. */
        private boolean awaitingNotes;

        Reader(Section section, ExtractionContext context) {
            this.context = context;
            this.grammar = context.profile().releaseAnnouncements();
            this.words = context.profile().releases;
            this.headingProject = headingProject(section.title(), context);
        }

        void read(Node node) {
            if (node instanceof BulletList || node instanceof OrderedList) {
                readList(node);
            } else if (node instanceof Paragraph || node instanceof Heading) {
                readLines(node);
            }
        }

        private void readLines(Node node) {
            List<TextLine> textLines = context.lines(node);
            List<String> lines = textLines.stream().map(TextLine::text).toList();
            boolean subHeading = node instanceof Heading
                    || NodeShapes.isBoldOnly(node) && lines.size() == 1 && Texts.endsWithColon(lines.get(0));
            for (int index = 0; index < lines.size(); index++) {
                String line = lines.get(index);
                List<LinkRef> onLine = webLinks(textLines.get(index).links());
                Optional<ReleaseAnnouncement> announcement = node instanceof Heading
                        ? grammar.inHeading(line) : grammar.inLine(line);
                if (announcement.isEmpty()) {
                    announcement = grammar.withoutVersion(line);
                }
                if (announcement.isPresent()) {
                    announce(announcement.get(), node);
                    underSubHeading = false;
                    awaitingNotes = false;
                } else if (isNotesLine(line)) {
                    // "详细发布报告：" with the link on the same line, or on the next line or paragraph
                    awaitingNotes = !notes(onLine);
                } else if (!onLine.isEmpty() && isLinkOnly(line, onLine)) {
                    if (awaitingNotes || onLine.stream().anyMatch(link -> looksLikeNotes(link.url()))) {
                        notes(onLine);
                        awaitingNotes = awaitingNotes && current.stream().anyMatch(b -> b.notesUrl == null);
                    }
                } else if (subHeading) {
                    underSubHeading = true;
                } else if ((ITEM_MARKER.matcher(line).find() || underSubHeading) && !Texts.endsWithColon(line)) {
                    // a line ending in a colon introduces changes ("文章解读：") and is not one
                    change(ITEM_MARKER.matcher(line).replaceFirst(""));
                }
            }
        }

        private static List<LinkRef> webLinks(List<LinkRef> links) {
            List<LinkRef> web = new ArrayList<>();
            for (LinkRef link : links) {
                if (link.url().startsWith("http")) {
                    web.add(link);
                }
            }
            return web;
        }

        private static boolean isLinkOnly(String line, List<LinkRef> links) {
            String rest = line;
            for (LinkRef link : links) {
                rest = rest.replace(link.text(), "");
            }
            return LINK_SEPARATORS.matcher(rest).replaceAll("").isEmpty();
        }

        private void readList(Node list) {
            // the list is what the sub-heading introduced; prose after it is not a change
            underSubHeading = false;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    readItem(item);
                }
            }
        }

        private void readItem(Node item) {
            List<String> own = new ArrayList<>();
            List<Node> nested = new ArrayList<>();
            boolean notes = false;
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof BulletList || child instanceof OrderedList) {
                    nested.add(child);
                    continue;
                }
                for (String line : Lines.of(child)) {
                    // "修复 xx<br />详细参考：<br />[url]": the change, then the notes link in the same item
                    notes = notes || isNotesLine(line);
                    if (!notes) {
                        own.add(line);
                    }
                }
            }
            if (notes) {
                notes(webLinks(LinkRef.in(item)));
            }
            String text = String.join(" ", own).strip();
            if (!text.isEmpty() && !isThanks(text) && !(nested.size() > 0 && Texts.endsWithColon(text))
                    && !text.startsWith("http")) {
                change(text);
            }
            nested.forEach(this::readList);
        }

        void announce(ReleaseAnnouncement announcement, Node node) {
            String written = announcement.project() != null ? announcement.project() : headingProject;
            if (written == null) {
                context.problem(node, "release " + announcement.versions() + " names no project");
                return;
            }
            String project = context.catalogue().resolve(written);
            List<Builder> announced = new ArrayList<>();
            if (announcement.versions().isEmpty()) {
                // "发布 V6 的第一个版本": the notes link will say which version
                Builder pending = new Builder(project, null, node);
                releases.add(pending);
                current = List.of(pending);
                return;
            }
            for (String version : announcement.versions()) {
                Builder existing = find(project, version);
                if (existing == null) {
                    existing = new Builder(project, version, node);
                    releases.add(existing);
                    byKey.put(key(project, version), existing);
                }
                announced.add(existing);
            }
            current = announced;
        }

        private Builder find(String project, String version) {
            return byKey.get(key(project, version));
        }

        private static String key(String project, String version) {
            return (project + "@" + version).toLowerCase(Locale.ROOT);
        }

        private void change(String text) {
            String change = text.strip();
            if (change.isEmpty() || current.isEmpty() || isThanks(change)) {
                return;
            }
            current.forEach(builder -> builder.changes.add(change));
        }

        /**
         * Gives the releases being read their notes link: the link naming a release's version if there is
         * one (one line per version of "SOFATracer 2.4.1/3.0.6"), else the first link. Answers whether any
         * release got a link.
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
                        .anyMatch(other -> other != builder && other.version != null
                                && link.url().contains(other.version)));
                if (chosen == null && !links.isEmpty() && !namesAnotherVersion) {
                    chosen = links.get(0);
                }
                if (chosen != null) {
                    builder.notesUrl = chosen.url();
                    assigned = true;
                }
            }
            return assigned;
        }

        /** A release announced without a version takes the one its notes link names (".../releases/tag/v6.1.4"). */
        private boolean versionFromNotes(Builder builder, List<LinkRef> links) {
            for (LinkRef link : links) {
                Optional<String> version = ReleaseAnnouncements.versionInUrl(link.url());
                if (version.isPresent() && find(builder.project, version.get()) == null) {
                    builder.version = version.get();
                    builder.notesUrl = link.url();
                    byKey.put(key(builder.project, builder.version), builder);
                    return true;
                }
            }
            return false;
        }

        private boolean isNotesLine(String line) {
            return words.anyIn(line.toLowerCase(Locale.ROOT), "notesWords");
        }

        private boolean isThanks(String line) {
            String lower = line.toLowerCase(Locale.ROOT);
            return words.get("thanksWords").stream().anyMatch(lower::startsWith);
        }

        private static boolean looksLikeNotes(String url) {
            String lower = url.toLowerCase(Locale.ROOT);
            return lower.contains("/releases") || lower.contains("/compare/") || lower.contains("changelog")
                    || lower.contains("release-note") || lower.contains("release_note");
        }

        /**
         * The project a release heading names ("SOFAJRaft 本周发布", "Occlum 项目进展"), for version lines that
         * do not repeat it. An umbrella such as "SOFA 项目进展" names no single project.
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
    }

    /** A release being read. */
    private static final class Builder {
        private String project;
        private String version;
        private final Node node;
        private final List<String> changes = new ArrayList<>();
        private String notesUrl;

        Builder(String project, String version, Node node) {
            this.project = project;
            this.version = version;
            this.node = node;
        }

        Release build(ExtractionContext context) {
            return new Release(context.nextId("release"), project, version, context.issueDate(), changes, notesUrl,
                    context.slug());
        }
    }
}
