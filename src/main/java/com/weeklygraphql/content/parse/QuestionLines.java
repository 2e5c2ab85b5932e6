package com.weeklygraphql.content.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises the lines a question thread is made of, one line of one node at a time: the asker line
 * ({@code 1、@水木今山 提问：}, {@code 1. 罗坤 提问：}, {@code @曹飞提问：}), the GitHub pick header
 * ({@code 1.@MOSN #2347}, {@code 1. @dengqian #2203}), a lone {@code @handle}, the answer ({@code A：},
 * {@code A:}) and the closing project line ({@code SOFAJRaft：https://...}, {@code 「MOSN」：https://...}).
 */
final class QuestionLines {

    /** "1、", "2.", "3．", "1)" and the like before a name. */
    private static final String NUMBERING = "(?:\\d{1,2}\\s*[、.．)）]\\s*)?";
    /** A handle as the newsletter writes it: a GitHub login, or a reader's name in any script ("@郑长青"). */
    private static final String HANDLE_NAME = "(?<name>[\\p{L}\\p{N}_\\-.]+)";
    private static final Pattern PICK = Pattern.compile(
            "^" + NUMBERING + "@\\s*" + HANDLE_NAME + "\\s*#\\s*(?<number>\\d+)\\s*(?<rest>.*)$");
    private static final Pattern HANDLE = Pattern.compile("^@\\s*" + HANDLE_NAME + "\\s*$");
    /** "1. 小白": a number and a short name, nothing else. */
    private static final Pattern NUMBERED_NAME = Pattern.compile(
            "^\\d{1,2}\\s*[、.．)）]\\s*@?\\s*(?<name>[^\\s，。？！：:@#,?!][^，。？！：:@#,?!]{0,19}?)\\s*$");
    private static final Pattern TOPIC = Pattern.compile("^\\d{1,2}\\s*[、.．]\\s*(?<topic>.+?)\\s*[：:]$");
    /** A name then a URL: the name in corner brackets (the colon may be left out), or a project-like Latin name. */
    private static final Pattern PROJECT_LINE = Pattern.compile(
            "^(?:「\\s*(?<bracketed>[^」]{1,40}?)\\s*」\\s*[：:]?"
                    + "|(?<plain>[A-Za-z][\\w\\-.]*(?: [A-Za-z][\\w\\-.]*)?)\\s*[：:])\\s*(?<rest>.*)$");

    private final Pattern asker;
    private final Pattern answer;
    private final String askerWords;
    private final List<String> askerWordList;
    /** What may follow a pick header: nothing, or the asker word ("#965 提问："). */
    private final Pattern pickTail;

    /**
     * @param askerWords the words after an asker's name ("提问", "asks")
     * @param answerMarks what opens an answer ("A", "答")
     */
    QuestionLines(List<String> askerWords, List<String> answerMarks) {
        this.askerWords = alternatives(askerWords);
        this.askerWordList = askerWords;
        this.asker = Pattern.compile("^" + NUMBERING + "(@)?\\s*(?<name>[^\\s@，。？！：:][^@，。？！：:]{0,29}?)\\s*(?:"
                + this.askerWords + ")\\s*[：:]?\\s*(?<rest>.*)$", Pattern.CASE_INSENSITIVE);
        this.pickTail = Pattern.compile("^(?:" + this.askerWords + ")\\s*[：:]?$", Pattern.CASE_INSENSITIVE);
        this.answer = Pattern.compile("^(?:" + alternatives(answerMarks) + ")\\s*[：:]\\s*(?<rest>.*)$",
                Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    }

    private static String alternatives(List<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    record Asker(String name, String rest) {
    }

    record Pick(String name, String number) {
    }

    record ProjectLine(String name, String rest) {
    }

    Optional<Asker> asker(String line) {
        // most lines name no asker word: a substring search spares the pattern
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        if (askerWordList.stream().noneMatch(lower::contains)) {
            return Optional.empty();
        }
        Matcher m = asker.matcher(line);
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

    /** "1.@MOSN #2347", "1. @dengqian #2203", "**1.@SOFAJRaft **#965 提问：": a picked GitHub issue. */
    Optional<Pick> pick(String line) {
        if (line.indexOf('@') < 0 || line.indexOf('#') < 0) {
            return Optional.empty();
        }
        Matcher m = PICK.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = m.group("rest").strip();
        boolean onlyAskerWord = rest.isEmpty() || pickTail.matcher(rest).matches();
        return onlyAskerWord ? Optional.of(new Pick(m.group("name"), m.group("number"))) : Optional.empty();
    }

    static Optional<String> handle(String line) {
        if (!line.startsWith("@")) {
            return Optional.empty();
        }
        Matcher m = HANDLE.matcher(line);
        return m.matches() ? Optional.of(m.group("name")) : Optional.empty();
    }

    /** The text after {@code A：}, when the line starts an answer. */
    Optional<String> answer(String line) {
        if (line.indexOf(':') < 0 && line.indexOf('：') < 0) {
            return Optional.empty();
        }
        Matcher m = answer.matcher(line);
        return m.matches() ? Optional.of(m.group("rest").strip()) : Optional.empty();
    }

    /**
     * The name of a numbered name line ("1. 小白"), which opens a thread without the asker word when a quoted
     * question follows it (the caller checks that).
     */
    static Optional<String> numberedName(String line) {
        Matcher m = NUMBERED_NAME.matcher(line);
        return m.matches() ? Optional.of(m.group("name").strip()) : Optional.empty();
    }

    static Optional<String> topic(String line) {
        Matcher m = TOPIC.matcher(line);
        return m.matches() ? Optional.of(m.group("topic")) : Optional.empty();
    }

    /** A closing line: a project name and, after the colon, a link (checked by the caller). */
    static Optional<ProjectLine> projectLine(String line) {
        if (line.indexOf(':') < 0 && line.indexOf('：') < 0) {
            return Optional.empty();
        }
        Matcher m = PROJECT_LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group("bracketed") != null ? m.group("bracketed") : m.group("plain");
        return Optional.of(new ProjectLine(name.strip(), m.group("rest").strip()));
    }

    /** A line that opens a thread: the splitter must never take it for a section heading. */
    boolean isThreadOpener(String line) {
        return asker(line).isPresent() || pick(line).isPresent();
    }
}
