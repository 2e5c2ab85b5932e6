package com.weeklygraphql.content.parse;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.EventKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts events from an event section ("社区直播预告", "SOFA 社区会议预告", "SOFA 活动推荐").
 *
 * <p>A section can announce several events. It is cut into chunks at sub-headings ({@code #### 预告},
 * {@code **Layotto：**}, {@code **杭州站**}), at a second "主题：" field, and at a poster image once the
 * chunk already has a title or date. In a chunk, "key：value" lines are fields (主题, 时间, 报名方式...),
 * the rest is the description. The date comes from the time field, else from the first date in the
 * prose ("8 月 29 日周四晚 7 点", "本周日我们在广州等你"). A chunk with no title field, no date and no
 * event word is not an event (a stray image, a closing remark).
 */
final class EventExtractor {

    private static final Pattern FIELD = Pattern.compile("^(?<key>[^：:，。,\\s][^：:，。,]{0,9}?)\\s*[：:]\\s*(?<value>.*)$");
    private static final Pattern CLAUSE_END = Pattern.compile("[，。！!~～；;]");

    private final ExtractionContext context;
    private final NewsletterProfile profile;
    private final NewsletterProfile.Words words;

    private EventExtractor(ExtractionContext context) {
        this.context = context;
        this.profile = context.profile();
        this.words = profile.events;
    }

    static List<Event> extract(Section section, ExtractionContext context) {
        return new EventExtractor(context).read(section, context);
    }

    private List<Event> read(Section section, ExtractionContext context) {
        List<Chunk> chunks = chunks(section);
        List<Event> events = new ArrayList<>();
        for (Chunk chunk : chunks) {
            toEvent(chunk, section, context).ifPresent(event -> {
                // talks announced together share the kind the introduction gave the first one
                if (event.kind() == EventKind.OTHER && !events.isEmpty()) {
                    event = withKind(event, events.get(events.size() - 1).kind());
                }
                events.add(event);
            });
        }
        if (events.isEmpty() && hasText(section)) {
            context.problem(section.anchor(), "event section '" + section.title() + "' announces no recognisable event");
        }
        return events;
    }

    private static boolean hasText(Section section) {
        return section.nodes().stream().anyMatch(node -> !PlainText.of(node).isBlank());
    }

    /** A run of nodes about one event. */
    private static final class Chunk {
        private final String heading;
        private final Node anchor;
        private String title;
        private String timeText;
        private String signupUrl;
        private final List<String> prose = new ArrayList<>();

        Chunk(String heading, Node anchor) {
            this.heading = heading;
            this.anchor = anchor;
        }

        boolean isEmpty() {
            return title == null && timeText == null && prose.isEmpty();
        }
    }

    private List<Chunk> chunks(Section section) {
        List<Chunk> chunks = new ArrayList<>();
        Chunk current = new Chunk(null, section.anchor());
        chunks.add(current);
        for (Node node : section.nodes()) {
            if (isSubHeading(node)) {
                current = new Chunk(stripColon(PlainText.collapsed(node)), node);
                chunks.add(current);
                continue;
            }
            if (NodeShapes.isImageOnly(node)) {
                if (current.title != null || current.timeText != null) {
                    current = new Chunk(null, node);
                    chunks.add(current);
                }
                continue;
            }
            for (TextLine line : lines(node)) {
                Matcher field = FIELD.matcher(line.text());
                boolean secondTitle = field.matches() && isKey(field.group("key"), "titleKeys") && current.title != null;
                if (secondTitle || !current.isEmpty() && isDatedLeadIn(line.text())) {
                    current = new Chunk(null, node);
                    chunks.add(current);
                }
                read(current, line, field.matches() ? field : null);
            }
        }
        return chunks;
    }

    /** A line of a paragraph or list item, with the links on it. */
    private List<TextLine> lines(Node node) {
        if (!(node instanceof BulletList || node instanceof OrderedList)) {
            return context.lines(node);
        }
        List<TextLine> lines = new ArrayList<>();
        for (Node item : node.getDescendants()) {
            if (item instanceof Paragraph && item.getParent() instanceof ListItem) {
                lines.addAll(context.lines(item));
            }
        }
        return lines;
    }

    private void read(Chunk chunk, TextLine line, Matcher field) {
        List<LinkRef> links = line.links();
        if (field != null) {
            String key = field.group("key");
            String value = field.group("value").strip();
            if (isKey(key, "titleKeys") && chunk.title == null && !value.isEmpty()) {
                chunk.title = value;
                return;
            }
            if (isKey(key, "timeKeys") && chunk.timeText == null && !value.isEmpty()) {
                chunk.timeText = value;
                return;
            }
            if (isKey(key, "signupKeys") && chunk.signupUrl == null) {
                chunk.signupUrl = TextLine.firstWebLink(links);
                return;
            }
            if (isKey(key, "fieldWords")) {
                return;
            }
        }
        if (chunk.signupUrl == null && words.anyIn(line.text().toLowerCase(Locale.ROOT), "signupKeys")) {
            chunk.signupUrl = TextLine.firstWebLink(links);
        }
        chunk.prose.add(line.text());
    }


    /**
     * "12月5日 SOFAChannel#9 直播回顾：" under a "回顾" sub-heading: a line that opens with a date and introduces
     * what follows starts another event.
     */
    private static boolean isDatedLeadIn(String line) {
        return line.length() >= 4 && Texts.endsWithColon(line) && EventDateParser.startsWithDate(line);
    }

    private boolean isKey(String key, String wordsKey) {
        return words.anyIn(key.toLowerCase(Locale.ROOT), wordsKey);
    }

    /** A heading inside the section, or a short bold line that is not a field ("**Layotto：**", "**杭州站**"). */
    private boolean isSubHeading(Node node) {
        if (node instanceof Heading) {
            return true;
        }
        if (!NodeShapes.isBoldOnly(node)) {
            return false;
        }
        String text = stripColon(PlainText.collapsed(node));
        return text.length() <= 24 && !words.anyIn(text.toLowerCase(Locale.ROOT), "fieldWords")
                && profile.releaseAnnouncements().inLine(text).isEmpty();
    }

    private static String stripColon(String text) {
        return Texts.stripTrailingColons(text);
    }

    private Optional<Event> toEvent(Chunk chunk, Section section, ExtractionContext context) {
        if (chunk.isEmpty()) {
            return Optional.empty();
        }
        Optional<EventDateParser.EventTime> time = Optional.empty();
        if (chunk.timeText != null) {
            time = EventDateParser.parse(chunk.timeText, context.issueDate(), true, profile.timeZone());
        }
        for (int i = 0; time.isEmpty() && i < chunk.prose.size(); i++) {
            time = EventDateParser.parse(chunk.prose.get(i), context.issueDate(), false, profile.timeZone());
        }
        String heading = chunk.heading == null ? "" : chunk.heading;
        String description = String.join("\n", chunk.prose);
        // without a title field or a date, the chunk's own words must say it is an event; the section
        // heading speaks only for the chunk directly under it ("SOFAChannel#35 预告" and its prose)
        String ownWords = heading + "\n" + description + (chunk.heading == null ? "\n" + section.title() : "");
        boolean eventWords = profile.eventKind(ownWords).isPresent() && !description.isEmpty();
        if (chunk.title == null && time.isEmpty() && !eventWords) {
            return Optional.empty();
        }
        String title = titleOf(chunk, section);
        EventKind kind = profile.eventKind(title)
                .or(() -> profile.eventKind(heading + "\n" + section.title()))
                .or(() -> profile.eventKind(description))
                .orElse(EventKind.OTHER);
        List<String> projects = new ArrayList<>(context.catalogue().mentionsIn(title + "\n" + heading));
        projects.forEach(project -> context.mention(project, chunk.anchor));
        return Optional.of(new Event(context.nextId("event"), title, kind,
                time.map(EventDateParser.EventTime::date).orElse(null),
                time.map(EventDateParser.EventTime::startsAt).orElse(null),
                chunk.signupUrl, description.isEmpty() ? null : description, projects, context.slug()));
    }

    /** The 主题 field; else a telling sub-heading; else the first clause of the description. */
    private String titleOf(Chunk chunk, Section section) {
        if (chunk.title != null) {
            return chunk.title;
        }
        if (chunk.heading != null && !chunk.heading.isEmpty()
                && !words.get("genericHeadings").contains(chunk.heading.toLowerCase(Locale.ROOT))) {
            return chunk.heading;
        }
        for (String line : chunk.prose) {
            String clause = CLAUSE_END.split(line, 2)[0].strip();
            if (!clause.isEmpty()) {
                return clause.length() > 60 ? clause.substring(0, 60) : clause;
            }
        }
        return section.title();
    }

    private static Event withKind(Event event, EventKind kind) {
        return new Event(event.id(), event.title(), kind, event.date(), event.startsAt(), event.signupUrl(),
                event.description(), event.projects(), event.issueSlug());
    }

}
