package com.weeklygraphql.content.parse;

import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.EventKind;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Extracts events from an event section ("社区直播预告", "SOFA 社区会议预告", "SOFA 活动推荐"): a fold over its typed
 * lines ({@link SectionLines#events}).
 *
 * <p>A section can announce several events, one {@link Chunk} each. A new chunk starts at a sub-heading
 * ({@code #### 预告}, {@code **Layotto：**}, {@code **杭州站**}), at a second title field once the chunk is
 * {@link Fill#TITLED}, at a poster image once it has a title or a time, and at a line that opens with a date and
 * introduces what follows ("12月5日 SOFAChannel#9 直播回顾：") once it holds anything. In a chunk, fields give the
 * title, the time and the sign-up link, the rest is the description. The date comes from the time field, else
 * from the first date in the prose ("8 月 29 日周四晚 7 点", "本周日我们在广州等你"). A chunk with no title field, no
 * date and no event word is not an event (a stray image, a closing remark).
 */
final class EventExtractor {

    private static final Pattern CLAUSE_END = Pattern.compile("[，。！!~～；;]");

    /** How much of an event a chunk has read: what decides where the next one starts. */
    enum Fill {
        /** Nothing yet (a sign-up link alone does not count). */
        EMPTY,
        /** Prose, but no title field and no time. */
        DESCRIBED,
        /** A time, no title field. */
        TIMED,
        /** A title field (and perhaps a time). */
        TITLED
    }

    private final ExtractionContext context;
    private final NewsletterProfile profile;
    private final NewsletterProfile.Words words;
    private final List<Chunk> chunks = new ArrayList<>();
    private Chunk current;

    private EventExtractor(Section section, ExtractionContext context) {
        this.context = context;
        this.profile = context.profile();
        this.words = profile.events;
        start(new Chunk(null, section.anchor() == null ? ExtractionContext.NO_LINE : context.lineOf(section.anchor())));
    }

    static List<Event> extract(Section section, List<TypedLine> lines, ExtractionContext context) {
        EventExtractor extractor = new EventExtractor(section, context);
        lines.forEach(extractor::read);
        return extractor.events(section);
    }

    private void read(TypedLine line) {
        switch (line.kind()) {
            case SUB_HEADING -> start(new Chunk(line.text(), line.sourceLine()));
            case IMAGE -> {
                if (current.fill == Fill.TIMED || current.fill == Fill.TITLED) {
                    start(new Chunk(null, line.sourceLine()));
                }
            }
            case ROW -> {
                // a schedule's row is the next event, once the one read so far has a title or a time; the first
                // row completes the introduction above the table
                if (current.fill == Fill.TIMED || current.fill == Fill.TITLED) {
                    start(new Chunk(null, line.sourceLine()));
                }
                current.scheduled = true;
            }
            case TITLE_FIELD -> {
                if (current.fill == Fill.TITLED) {
                    start(new Chunk(null, line.sourceLine()));
                }
                current.title(line.text());
            }
            case TIME_FIELD -> {
                if (current.timeText == null) {
                    current.time(line.text());
                } else {
                    current.filledAlready(line);
                }
            }
            case SIGNUP_FIELD -> {
                if (current.signupUrl == null) {
                    current.signupUrl = line.firstWebLink();
                } else {
                    current.filledAlready(line);
                }
            }
            case FIELD -> {
                // "嘉宾：", "形式：": describes the event, tells nothing the model keeps
            }
            case LEAD_IN -> {
                if (current.fill != Fill.EMPTY) {
                    start(new Chunk(null, line.sourceLine()));
                }
                current.prose(line.text());
            }
            case SIGNUP -> {
                if (current.signupUrl == null) {
                    current.signupUrl = line.firstWebLink();
                }
                current.prose(line.text());
            }
            default -> current.prose(line.text());
        }
    }

    private void start(Chunk chunk) {
        chunks.add(chunk);
        current = chunk;
    }

    private List<Event> events(Section section) {
        List<Event> events = new ArrayList<>();
        Optional<LocalTime> scheduleClock = scheduleClock();
        for (Chunk chunk : chunks) {
            Optional<Event> found = toEvent(chunk, section, context);
            if (found.isEmpty()) {
                continue;
            }
            Event event = chunk.scheduled ? atClock(found.get(), scheduleClock) : found.get();
            // talks announced together share the kind the introduction gave the first one
            if (event.kind() == EventKind.OTHER && !events.isEmpty()) {
                event = withKind(event, events.get(events.size() - 1).kind());
            }
            events.add(event);
        }
        if (events.isEmpty() && section.hasText()) {
            context.problem(section.anchor(), "event section '" + section.title() + "' announces no recognisable event");
        }
        return events;
    }

    /**
     * The time of day the introduction of a schedule gives its rows ("每周三、周四晚上 19:00-20:00"): the first clock
     * time in the prose of a chunk that holds a row.
     */
    private Optional<LocalTime> scheduleClock() {
        for (Chunk chunk : chunks) {
            if (!chunk.scheduled) {
                continue;
            }
            for (String line : chunk.prose) {
                LocalTime clock = EventDateParser.time(line);
                if (clock != null) {
                    return Optional.of(clock);
                }
            }
        }
        return Optional.empty();
    }

    /** A row's event dated without a time of day starts at the schedule's. */
    private Event atClock(Event event, Optional<LocalTime> clock) {
        if (event.date() == null || event.startsAt() != null || clock.isEmpty()) {
            return event;
        }
        return new Event(event.id(), event.title(), event.kind(), event.date(),
                OffsetDateTime.of(event.date(), clock.get(), profile.timeZone()), event.signupUrl(), event.description(),
                event.projects(), event.issueSlug());
    }

    /** A run of lines about one event. */
    private static final class Chunk {
        private final String heading;
        private final int sourceLine;
        private Fill fill = Fill.EMPTY;
        private String title;
        private String timeText;
        private String signupUrl;
        /** Read from a row of a schedule (a table). */
        private boolean scheduled;
        private final List<String> prose = new ArrayList<>();

        Chunk(String heading, int sourceLine) {
            this.heading = heading;
            this.sourceLine = sourceLine;
        }

        void title(String value) {
            title = value;
            fill = Fill.TITLED;
        }

        void time(String value) {
            timeText = value;
            if (fill != Fill.TITLED) {
                fill = Fill.TIMED;
            }
        }

        void prose(String line) {
            prose.add(line);
            if (fill == Fill.EMPTY) {
                fill = Fill.DESCRIBED;
            }
        }

        /** A field whose role the chunk has filled: prose when its key is not a description word. */
        void filledAlready(TypedLine field) {
            if (field.label() != null) {
                prose(field.label());
            }
        }
    }

    private Optional<Event> toEvent(Chunk chunk, Section section, ExtractionContext context) {
        if (chunk.fill == Fill.EMPTY) {
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
        projects.forEach(project -> context.mention(project, chunk.sourceLine));
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
