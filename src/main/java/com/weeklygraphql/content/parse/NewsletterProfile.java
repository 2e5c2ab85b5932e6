package com.weeklygraphql.content.parse;

import com.weeklygraphql.content.model.EventKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Everything the parser knows about one newsletter rather than about Markdown: what marks a file as an issue,
 * its boilerplate, the words of its section headings, its asker and answer marks, release verbs, event fields and
 * kinds, its time zone. Data, not code: the built-in profile ({@code newsletter.yaml}) reads SOFA Weekly; a
 * deployment serving another newsletter replaces it (a {@code newsletter.yaml} at the root of the content
 * repository, or the {@code content.profile-file} setting), as it replaces the project catalogue.
 *
 * <p>Immutable and thread-safe; the grammars built from its words (asker lines, release announcements) are
 * compiled once here. All words are kept in lower case and matched case-insensitively.
 */
public final class NewsletterProfile {

    /** A profile at this path in the content repository replaces the built-in one. */
    public static final String FILE_NAME = "newsletter.yaml";

    private static final Set<String> KEYS = Set.of("name", "issueMarks", "titlePrefixWords", "timeZone", "umbrella",
            "boilerplate",
            "sections", "questions", "releases", "events", "readings", "newbieTasks");

    private final String name;
    private final List<String> issueMarks;
    private final List<String> titlePrefixWords;
    private final ZoneOffset timeZone;
    private final String umbrella;
    final Words boilerplate;
    final Words sections;
    final Words questions;
    final Words releases;
    final Words events;
    final Words readings;
    final Words newbieTasks;
    private final Map<EventKind, List<String>> eventKinds;
    private final QuestionLines questionLines;
    private final ReleaseAnnouncements releaseAnnouncements;

    private NewsletterProfile(Map<String, Object> yaml) {
        Set<String> unknown = new java.util.TreeSet<>(yaml.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown key(s) " + unknown + "; a profile has " + new java.util.TreeSet<>(KEYS));
        }
        this.name = required(yaml, "name");
        this.issueMarks = Words.list(yaml.get("issueMarks"), "issueMarks");
        if (issueMarks.isEmpty()) {
            throw new IllegalArgumentException("'issueMarks' must name at least one title prefix or category of an issue");
        }
        this.titlePrefixWords = Words.list(yaml.get("titlePrefixWords"), "titlePrefixWords");
        this.timeZone = offset(required(yaml, "timeZone"));
        Object umbrellaName = yaml.get("umbrella");
        this.umbrella = umbrellaName == null ? null : String.valueOf(umbrellaName).strip().toLowerCase(Locale.ROOT);
        this.boilerplate = Words.of(yaml, "boilerplate", "markers", "shortLineMarkers", "invitations");
        this.sections = Words.of(yaml, "sections", "boilerplate", "newbieTasks", "contributors", "githubPicks",
                "questions", "questionWords", "readings", "releases", "events");
        this.questions = Words.of(yaml, "questions", "askerWords", "answerMarks");
        this.releases = Words.of(yaml, "releases", "verbs", "fillers", "versionWords", "headingWords", "notesWords",
                "thanksWords");
        this.events = Words.of(yaml, "events", "titleKeys", "timeKeys", "signupKeys", "fieldWords", "genericHeadings",
                "kinds");
        this.readings = Words.of(yaml, "readings", "seriesWords", "inlinePrefixes", "notArticleWords");
        this.newbieTasks = Words.of(yaml, "newbieTasks", "difficultyWords", "seeAlsoWords");
        this.eventKinds = eventKinds(events.raw("kinds"));
        if (questions.get("askerWords").isEmpty() || questions.get("answerMarks").isEmpty()) {
            throw new IllegalArgumentException("'questions' needs 'askerWords' and 'answerMarks'");
        }
        if (releases.get("verbs").isEmpty()) {
            throw new IllegalArgumentException("'releases' needs 'verbs'");
        }
        this.questionLines = new QuestionLines(questions.get("askerWords"), questions.get("answerMarks"));
        this.releaseAnnouncements = new ReleaseAnnouncements(releases.get("verbs"), releases.get("fillers"),
                releases.get("versionWords"));
    }

    /** The profile shipped with the service: SOFA Weekly. */
    public static NewsletterProfile defaults() {
        return Defaults.PROFILE;
    }

    /**
     * Reads a profile (the shape of the built-in {@code newsletter.yaml}).
     *
     * @throws IllegalArgumentException naming what is wrong: not YAML, an unknown key, a missing name or time zone
     */
    public static NewsletterProfile load(InputStream yaml) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("a newsletter profile is a YAML mapping (name, issueMarks, timeZone, ...)");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((key, value) -> fields.put(String.valueOf(key), value));
        return new NewsletterProfile(fields);
    }

    /** The newsletter's name, as the profile gives it. */
    public String name() {
        return name;
    }

    /** The offset of dates and times written without one. */
    public ZoneOffset timeZone() {
        return timeZone;
    }

    List<String> issueMarks() {
        return issueMarks;
    }

    /** Words of a title's first part, before its bar, that name the newsletter rather than a topic ("weekly"). */
    List<String> titlePrefixWords() {
        return titlePrefixWords;
    }

    String umbrella() {
        return umbrella;
    }

    QuestionLines questionLines() {
        return questionLines;
    }

    ReleaseAnnouncements releaseAnnouncements() {
        return releaseAnnouncements;
    }

    /** The kind the words of a text name, in the profile's order; empty when none does. */
    java.util.Optional<EventKind> eventKind(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<EventKind, List<String>> kind : eventKinds.entrySet()) {
            if (Words.containsAny(lower, kind.getValue())) {
                return java.util.Optional.of(kind.getKey());
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether the text names a programme: the words of the OTHER event kind ("开源之夏", "summer of code"). */
    boolean programme(String text) {
        return Words.containsAny(text.toLowerCase(Locale.ROOT), eventKinds.getOrDefault(EventKind.OTHER, List.of()));
    }

    private static Map<EventKind, List<String>> eventKinds(Object kinds) {
        Map<EventKind, List<String>> byKind = new LinkedHashMap<>();
        if (kinds == null) {
            return byKind;
        }
        if (!(kinds instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("'events.kinds' maps event kinds to words");
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            EventKind kind;
            try {
                kind = EventKind.valueOf(String.valueOf(entry.getKey()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'events.kinds' has an unknown kind " + entry.getKey() + "; kinds are "
                        + List.of(EventKind.values()), e);
            }
            byKind.put(kind, Words.list(entry.getValue(), "events.kinds." + kind));
        }
        return byKind;
    }

    private static String required(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalArgumentException("a newsletter profile needs '" + key + "'");
        }
        return String.valueOf(value).strip();
    }

    private static ZoneOffset offset(String written) {
        try {
            return ZoneOffset.of(written);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'timeZone' must be an offset such as +08:00 or Z, not '" + written + "'", e);
        }
    }

    /** One group of word lists ("releases": verbs, notesWords...), lower-cased once. */
    static final class Words {

        private final Map<String, List<String>> lists = new LinkedHashMap<>();
        private final Map<String, Object> raw = new LinkedHashMap<>();

        static Words of(Map<String, Object> yaml, String group, String... keys) {
            Words words = new Words();
            Object value = yaml.get(group);
            if (value == null) {
                return words;
            }
            if (!(value instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("'" + group + "' must be a mapping of " + List.of(keys));
            }
            Set<String> allowed = Set.of(keys);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                if (!allowed.contains(key)) {
                    throw new IllegalArgumentException("unknown key '" + group + "." + key + "'; '" + group + "' has "
                            + List.of(keys));
                }
                words.raw.put(key, entry.getValue());
                if (!(entry.getValue() instanceof Map)) {
                    words.lists.put(key, list(entry.getValue(), group + "." + key));
                }
            }
            return words;
        }

        /** The words of a key, lower case; empty when the profile does not give it. */
        List<String> get(String key) {
            return lists.getOrDefault(key, List.of());
        }

        Object raw(String key) {
            return raw.get(key);
        }

        boolean anyIn(String lowerCaseText, String key) {
            return containsAny(lowerCaseText, get(key));
        }

        static boolean containsAny(String lowerCaseText, List<String> words) {
            for (String word : words) {
                if (lowerCaseText.contains(word)) {
                    return true;
                }
            }
            return false;
        }

        static List<String> list(Object value, String key) {
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> items)) {
                throw new IllegalArgumentException("'" + key + "' must be a list of words");
            }
            List<String> words = new ArrayList<>();
            for (Object item : items) {
                String word = String.valueOf(item).strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            return List.copyOf(words);
        }
    }

    /** Loaded on first use, from the classpath. */
    private static final class Defaults {
        private static final NewsletterProfile PROFILE = read();

        private static NewsletterProfile read() {
            try (InputStream in = NewsletterProfile.class.getResourceAsStream("/" + FILE_NAME)) {
                if (in == null) {
                    throw new IllegalStateException(FILE_NAME + " is missing from the classpath");
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public String toString() {
        return "NewsletterProfile[" + name + "]";
    }
}
