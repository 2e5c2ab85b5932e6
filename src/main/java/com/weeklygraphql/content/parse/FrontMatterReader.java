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
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads front matter with SnakeYAML, safely and as written.
 *
 * <p>The YAML is only <em>composed</em> into a node tree, never constructed into Java objects: scalars
 * are read as the strings the author typed, so a date keeps its written offset (SnakeYAML's timestamp
 * resolution would turn it into a {@code java.util.Date} in the JVM's zone) and no type tag can
 * instantiate anything. Limits on aliases, nesting and size make hostile input (alias bombs, deeply
 * nested flows) fail fast instead of exhausting memory or the stack. Duplicate keys are allowed and the
 * later one wins, as in Hugo.
 */
final class FrontMatterReader {

    /** China time: the newsletter's dates without an offset are local to its editors. */
    static final ZoneOffset DEFAULT_OFFSET = ZoneOffset.ofHours(8);

    private FrontMatterReader() {
    }

    static FrontMatter read(String yaml, int firstLine) throws UnreadableContentException {
        Map<String, Node> fields = compose(yaml, firstLine);
        return new FrontMatter(
                scalar(fields.get("title")),
                scalar(fields.get("author")),
                scalar(fields.get("description")),
                stringList(fields.get("categories")),
                stringList(fields.get("tags")),
                date(scalar(fields.get("date"))),
                scalar(fields.get("cover")));
    }

    private static Map<String, Node> compose(String yaml, int firstLine) throws UnreadableContentException {
        Node root;
        try {
            root = newYaml().compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : firstLine + e.getProblemMark().getLine();
            throw new UnreadableContentException("front matter is not valid YAML: " + firstLineOf(e.getProblem()),
                    line);
        } catch (YAMLException e) {
            throw new UnreadableContentException("front matter is not valid YAML: " + firstLineOf(e.getMessage()));
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        if (root == null) {
            return fields;
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new UnreadableContentException("front matter is not a YAML mapping of keys to values", firstLine);
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                fields.put(key.getValue().strip().toLowerCase(java.util.Locale.ROOT), tuple.getValueNode());
            }
        }
        return fields;
    }

    /** A new Yaml per call: Yaml instances are not thread-safe, and creating one is cheap. */
    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(IssueParser.MAX_FILE_BYTES);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return new Yaml(new SafeConstructor(options));
    }

    private static String scalar(Node node) {
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            return value.isEmpty() || isNull(scalar) ? null : value;
        }
        return null;
    }

    private static boolean isNull(ScalarNode scalar) {
        // an unquoted "~" or "null" is YAML's null, a quoted one is the text
        return scalar.isPlain() && (scalar.getValue().equals("~") || scalar.getValue().equalsIgnoreCase("null"));
    }

    /** A list of strings from a sequence, or a one-element list from a plain string. */
    private static List<String> stringList(Node node) {
        List<String> values = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                String value = scalar(item);
                if (value != null) {
                    values.add(value);
                }
            }
        } else {
            String value = scalar(node);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /**
     * ISO-8601 with an offset; without an offset China time is assumed; a date alone is midnight China
     * time. A space instead of {@code T} is tolerated, as YAML itself allows it.
     */
    static OffsetDateTime date(String written) {
        if (written == null) {
            return null;
        }
        String text = written.strip();
        if (text.length() > 10 && text.charAt(10) == ' ') {
            text = text.substring(0, 10) + "T" + text.substring(11).strip();
        }
        text = text.replace(" ", "");
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notWithOffset) {
            // fall through
        }
        try {
            return LocalDateTime.parse(text).atOffset(DEFAULT_OFFSET);
        } catch (DateTimeParseException notLocal) {
            // fall through
        }
        try {
            return LocalDate.parse(text).atStartOfDay().atOffset(DEFAULT_OFFSET);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static String firstLineOf(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
