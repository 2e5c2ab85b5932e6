package com.weeklygraphql.content.parse;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * Reads front matter the way Hugo does: YAML, TOML or JSON, as written.
 *
 * <p>YAML is only <em>composed</em> by SnakeYAML into a node tree, never constructed into Java objects:
 * scalars are read as the strings the author typed, so a date keeps its written offset and no type tag can
 * instantiate anything. Limits on aliases, nesting and size make hostile input fail fast. Duplicate keys are
 * allowed and the later one wins, as in Hugo; a tab after a value (which Hugo's YAML reader accepts) is
 * accepted. TOML and JSON are read by Jackson into a tree, dates kept as text.
 */
final class FrontMatterReader {

    /**
     * Front matter is a few hundred bytes of fields; a megabyte of it is an attack on the reader, not a page
     * (a part of the file, so well under {@link IssueParser#MAX_FILE_BYTES}).
     */
    static final int MAX_CHARS = 1024 * 1024;

    /** Read-only once built, so shared by every thread; a Composer per call is cheap, a Yaml is not. */
    private static final LoaderOptions YAML_OPTIONS = yamlOptions();
    /**
     * Scalars are read as written, so no implicit type (bool, int, timestamp) is ever resolved: a resolver
     * without implicit resolvers spares a pattern match per value. Immutable once built, shared.
     */
    private static final Resolver AS_WRITTEN = new Resolver() {
        @Override
        protected void addImplicitResolvers() {
            // none: every scalar stays a string
        }
    };
    private static final ObjectMapper TOML = TomlMapper.builder().build();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private FrontMatterReader() {
    }

    /**
     * @param defaultOffset the offset of dates written without one (the newsletter's time zone)
     */
    static FrontMatter read(MarkdownSource source, ZoneOffset defaultOffset) throws UnreadableContentException {
        if (source.frontMatter() != null && source.frontMatter().length() > MAX_CHARS) {
            throw new UnreadableContentException("front matter is larger than " + MAX_CHARS + " characters",
                    source.frontMatterFirstLine());
        }
        Map<String, Value> fields = switch (source.format()) {
            case YAML -> yaml(source.frontMatter(), source.frontMatterFirstLine());
            case TOML -> tree(source.frontMatter(), source.frontMatterFirstLine(), TOML, "TOML");
            case JSON -> tree(source.frontMatter(), source.frontMatterFirstLine(), JSON, "JSON");
            case NONE -> Map.of();
        };
        return new FrontMatter(
                scalar(fields.get("title")),
                scalar(fields.get("author")),
                scalar(fields.get("description")),
                list(fields.get("categories")),
                list(fields.get("tags")),
                date(scalar(fields.get("date")), defaultOffset),
                scalar(fields.get("cover")));
    }

    /** A front matter value: one text, or a list of texts; anything else is not used. */
    private record Value(String text, List<String> items) {
    }

    private static String scalar(Value value) {
        return value == null ? null : value.text();
    }

    private static List<String> list(Value value) {
        if (value == null) {
            return List.of();
        }
        if (value.items() != null) {
            return value.items();
        }
        return value.text() == null ? List.of() : List.of(value.text());
    }

    private static Map<String, Value> yaml(String text, int firstLine) throws UnreadableContentException {
        Node root;
        try {
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(withoutTrailingTabs(text))), YAML_OPTIONS),
                    AS_WRITTEN, YAML_OPTIONS).getSingleNode();
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : firstLine + e.getProblemMark().getLine();
            throw new UnreadableContentException("front matter is not valid YAML: " + firstLineOf(e.getProblem()), line);
        } catch (YAMLException e) {
            throw new UnreadableContentException("front matter is not valid YAML: " + firstLineOf(e.getMessage()));
        }
        Map<String, Value> fields = new LinkedHashMap<>();
        if (root == null) {
            return fields;
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new UnreadableContentException("front matter is not a YAML mapping of keys to values", firstLine);
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                fields.put(key.getValue().strip().toLowerCase(Locale.ROOT), yamlValue(tuple.getValueNode()));
            }
        }
        return fields;
    }

    private static Value yamlValue(Node node) {
        if (node instanceof SequenceNode sequence) {
            List<String> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                String value = yamlScalar(item);
                if (value != null) {
                    items.add(value);
                }
            }
            return new Value(null, List.copyOf(items));
        }
        return new Value(yamlScalar(node), null);
    }

    private static String yamlScalar(Node node) {
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            // an unquoted "~" or "null" is YAML's null, a quoted one is the text
            boolean isNull = scalar.isPlain() && (value.equals("~") || value.equalsIgnoreCase("null"));
            return value.isEmpty() || isNull ? null : value;
        }
        return null;
    }

    /**
     * {@code title: "x"<TAB>}: SnakeYAML refuses a tab after a value, Hugo's YAML reader takes it. Trailing
     * whitespace never carries meaning in front matter, so it goes.
     */
    private static String withoutTrailingTabs(String text) {
        if (text.indexOf('\t') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            int end = line.length();
            while (end > 0 && (line.charAt(end - 1) == '\t' || line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\r')) {
                end--;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line, 0, end);
        }
        return out.toString();
    }

    private static Map<String, Value> tree(String text, int firstLine, ObjectMapper mapper, String format)
            throws UnreadableContentException {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? 0
                    : firstLine + e.getLocation().getLineNr() - 1;
            throw new UnreadableContentException("front matter is not valid " + format + ": "
                    + firstLineOf(e.getOriginalMessage()), line);
        }
        Map<String, Value> fields = new LinkedHashMap<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return fields;
        }
        if (!root.isObject()) {
            throw new UnreadableContentException("front matter is not a " + format + " table of keys to values", firstLine);
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            fields.put(field.getKey().strip().toLowerCase(Locale.ROOT), treeValue(field.getValue()));
        }
        return fields;
    }

    private static Value treeValue(JsonNode node) {
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : node) {
                String value = treeScalar(item);
                if (value != null) {
                    items.add(value);
                }
            }
            return new Value(null, List.copyOf(items));
        }
        return new Value(treeScalar(node), null);
    }

    private static String treeScalar(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String value = node.asString().strip();
        return value.isEmpty() ? null : value;
    }

    private static LoaderOptions yamlOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(MAX_CHARS);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return options;
    }

    /**
     * ISO-8601 with an offset; without an offset the newsletter's own; a date alone is its midnight. A space
     * instead of {@code T} is tolerated, as YAML and TOML allow it, and so is a stray one before it
     * ("2022-04-29 T15:00:00+08:00", a real issue's).
     */
    static OffsetDateTime date(String written, ZoneOffset defaultOffset) {
        if (written == null) {
            return null;
        }
        String text = written.strip();
        if (text.length() > 10 && text.charAt(10) == ' ') {
            String time = text.substring(11).strip();
            text = text.substring(0, 10) + (time.startsWith("T") || time.startsWith("t") ? "" : "T") + time;
        }
        text = text.replace(" ", "");
        OffsetDateTime common = commonForm(text);
        if (common != null) {
            return common;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notWithOffset) {
            // fall through
        }
        try {
            return LocalDateTime.parse(text).atOffset(defaultOffset);
        } catch (DateTimeParseException notLocal) {
            // fall through
        }
        try {
            return LocalDate.parse(text).atStartOfDay().atOffset(defaultOffset);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /**
     * "2019-08-09T16:00:00+08:00" (or "...Z"), the form nearly every issue uses, read by position: java.time's
     * formatter took a quarter of the front matter's time. Anything else goes to the full parser.
     */
    private static OffsetDateTime commonForm(String text) {
        int length = text.length();
        if (length != 25 && length != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        try {
            ZoneOffset offset;
            if (length == 20) {
                if (text.charAt(19) != 'Z') {
                    return null;
                }
                offset = ZoneOffset.UTC;
            } else {
                char sign = text.charAt(19);
                if (sign != '+' && sign != '-' || text.charAt(22) != ':') {
                    return null;
                }
                int hours = digits(text, 20);
                int minutes = digits(text, 23);
                offset = ZoneOffset.ofHoursMinutes(sign == '-' ? -hours : hours, sign == '-' ? -minutes : minutes);
            }
            return OffsetDateTime.of(digits(text, 0) * 100 + digits(text, 2), digits(text, 5), digits(text, 8),
                    digits(text, 11), digits(text, 14), digits(text, 17), 0, offset);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static int digits(String text, int at) {
        char tens = text.charAt(at);
        char ones = text.charAt(at + 1);
        if (tens < '0' || tens > '9' || ones < '0' || ones > '9') {
            throw new NumberFormatException(text);
        }
        return (tens - '0') * 10 + (ones - '0');
    }

    private static String firstLineOf(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
