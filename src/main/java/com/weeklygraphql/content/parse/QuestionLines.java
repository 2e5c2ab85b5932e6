package com.weeklygraphql.content.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines a question thread is made of, one line of one node at a time: the asker line
 * ({@code 1、@水木今山 提问：}, {@code 1. 罗坤 提问：}, {@code @曹飞提问：}), the GitHub pick header
 * ({@code 1.@MOSN #2347}, {@code 1. @dengqian #2203}), a lone {@code @handle}, the answer ({@code A：},
 * {@code A:}) and the closing project line ({@code SOFAJRaft：https://...}, {@code 「MOSN」：https://...}).
 */
final class QuestionLines {

    /** "1、", "2.", "3．", "1)" and the like before a name. */
    private static final String NUMBERING = "(?:\\d{1,2}\\s*[、.．)）]\\s*)?";
    private static final Pattern ASKER = Pattern.compile(
            "^" + NUMBERING + "(@)?\\s*(?<name>[^\\s@，。？！：:][^@，。？！：:]{0,29}?)\\s*提问\\s*[：:]?\\s*(?<rest>.*)$");
    private static final Pattern PICK = Pattern.compile(
            "^" + NUMBERING + "@\\s*(?<name>[\\w\\-.]+)\\s*#\\s*(?<number>\\d+)\\s*(?:提问\\s*[：:]?)?$");
    private static final Pattern HANDLE = Pattern.compile("^@\\s*(?<name>[\\w\\-.]+)\\s*$");
    private static final Pattern ANSWER = Pattern.compile("^(?:A|答)\\s*[：:]\\s*(?<rest>.*)$", Pattern.DOTALL);
    private static final Pattern TOPIC = Pattern.compile("^\\d{1,2}\\s*[、.．]\\s*(?<topic>.+?)\\s*[：:]$");
    /** A name then a URL: the name in corner brackets, or a project-like Latin name. */
    private static final Pattern PROJECT_LINE = Pattern.compile(
            "^(?:「\\s*(?<bracketed>[^」]{1,40}?)\\s*」|(?<plain>[A-Za-z][\\w\\-.]*(?: [A-Za-z][\\w\\-.]*)?))"
                    + "\\s*[：:]\\s*(?<rest>.*)$");

    private QuestionLines() {
    }

    record Asker(String name, String rest) {
    }

    record Pick(String name, String number) {
    }

    record ProjectLine(String name, String rest) {
    }

    static Optional<Asker> asker(String line) {
        Matcher m = ASKER.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group("name").strip();
        // "我想提问" or a sentence is not an asker; a name is short and carries no sentence punctuation
        // "关于 SOFAJRaft 的提问：" is a topic line above the asker lines, not an asker
        boolean at = m.group(1) != null;
        if (name.isEmpty() || name.startsWith("关于") || (!at && (name.length() > 20 || !m.group("rest").isBlank()))) {
            return Optional.empty();
        }
        return Optional.of(new Asker(name, m.group("rest").strip()));
    }

    static Optional<Pick> pick(String line) {
        Matcher m = PICK.matcher(line);
        return m.matches() ? Optional.of(new Pick(m.group("name"), m.group("number"))) : Optional.empty();
    }

    static Optional<String> handle(String line) {
        Matcher m = HANDLE.matcher(line);
        return m.matches() ? Optional.of(m.group("name")) : Optional.empty();
    }

    /** The text after {@code A：}, when the line starts an answer. */
    static Optional<String> answer(String line) {
        Matcher m = ANSWER.matcher(line);
        return m.matches() ? Optional.of(m.group("rest").strip()) : Optional.empty();
    }

    static Optional<String> topic(String line) {
        Matcher m = TOPIC.matcher(line);
        return m.matches() ? Optional.of(m.group("topic")) : Optional.empty();
    }

    /** A closing line: a project name and, after the colon, a link (checked by the caller). */
    static Optional<ProjectLine> projectLine(String line) {
        Matcher m = PROJECT_LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group("bracketed") != null ? m.group("bracketed") : m.group("plain");
        return Optional.of(new ProjectLine(name.strip(), m.group("rest").strip()));
    }

    /** A line that opens a thread: the splitter must never take it for a section heading. */
    static boolean isThreadOpener(String line) {
        return asker(line).isPresent() || pick(line).isPresent();
    }
}
