package com.weeklygraphql.content.parse;

import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.QuestionKind;
import com.weeklygraphql.content.model.QuestionRound;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Extracts question threads from a reader Q&A or GitHub-picks section: a fold over its typed lines
 * ({@link SectionLines#questions}).
 *
 * <p>A thread opens at an asker line or a pick header (or at a numbered bold topic line directly followed by a
 * quote: "2、关于 Seata 的 grouplist 问题："). Each thread is in one {@link Phase}: quotes while it is
 * {@code ASKING} are the question; an answer line makes it {@code ANSWERED}, and text then belongs to the answer;
 * a quote after an answer opens a follow-up round (pictures never do: a screenshot belongs to the answer); a
 * project line makes it {@code CLOSED}, and nothing more is added. A pick header naming a project leaves the
 * thread {@code AWAITING_HANDLE}: the "@handle" line under it is the asker.
 *
 * <p>The project of a thread is, in order: its own closing line; a project named in its question; the project of
 * the previous thread when the same reader asks again; the next closing line in the section (one line often closes
 * several threads); a project named in its answer; a project named before the first thread or in the section
 * heading; else none.
 */
final class QuestionExtractor {

    private static final java.util.regex.Pattern LATIN_NAME = java.util.regex.Pattern.compile("[A-Za-z][\\w\\-. ]*");

    /** Where a thread stands. */
    enum Phase {
        /** A pick header named the project: the "@handle" line that follows names the asker. */
        AWAITING_HANDLE,
        /** Quotes and text are the question of the current round. */
        ASKING,
        /** An answer was given: text is the answer; a quote opens another round. */
        ANSWERED,
        /** A project line closed the thread: what follows is not part of it. */
        CLOSED
    }

    private final ExtractionContext context;
    private final QuestionKind sectionKind;
    private final List<ThreadBuilder> threads = new ArrayList<>();
    /** The section's heading and what precedes the first thread: where a project for clueless threads comes from. */
    private final StringBuilder lead;
    private ThreadBuilder current;
    /** A topic line not followed by a quote: it titles the next thread opened. */
    private String pendingTopic;

    private QuestionExtractor(Section section, ExtractionContext context) {
        this.context = context;
        this.sectionKind = section.kind() == SectionKind.GITHUB_PICKS ? QuestionKind.GITHUB_ISSUE : QuestionKind.READER;
        this.lead = new StringBuilder(section.title());
    }

    static List<Question> extract(Section section, List<TypedLine> lines, ExtractionContext context) {
        QuestionExtractor extractor = new QuestionExtractor(section, context);
        for (int i = 0; i < lines.size(); i++) {
            LineKind next = i + 1 < lines.size() ? lines.get(i + 1).kind() : null;
            extractor.read(lines.get(i), next);
        }
        return extractor.questions();
    }

    private void read(TypedLine line, LineKind next) {
        switch (line.kind()) {
            case ASKER -> {
                open(new ThreadBuilder(sectionKind, line, cleanAsker(line.text())), pendingTopic);
                if (line.label() != null && !line.label().isEmpty()) {
                    current.addText(line.label());
                }
            }
            case PICK -> {
                open(new ThreadBuilder(QuestionKind.GITHUB_ISSUE, line, cleanAsker(line.text())), pendingTopic);
                if (context.catalogue().find(line.text()).isPresent()) {
                    // "**1.@MOSN #2347**" names the project; the asker is on the "@handle" line after it
                    current.pickProject = context.catalogue().resolve(line.text());
                    current.phase = Phase.AWAITING_HANDLE;
                }
            }
            case HANDLE -> {
                if (current != null) {
                    current.handle(line.text());
                }
            }
            case SUB_HEADING -> {
                if (next == LineKind.QUOTE) {
                    open(new ThreadBuilder(sectionKind, line, null), line.text());
                } else {
                    pendingTopic = line.text();
                    text(line.text());
                }
            }
            case QUOTE -> {
                if (current != null) {
                    current.addQuote(line.text());
                }
            }
            case IMAGE -> {
                // a screenshot: part of whatever is being written, never a new round
            }
            case ANSWER -> {
                if (current != null) {
                    current.addAnswer(line.text());
                }
            }
            case PROJECT_LINE -> {
                if (current != null) {
                    current.close(line.text(), line.label());
                } else {
                    lead.append('\n').append(line.text());
                }
            }
            default -> text(line.text());
        }
    }

    private void open(ThreadBuilder thread, String topic) {
        thread.topic = topic;
        threads.add(thread);
        current = thread;
        pendingTopic = null;
    }

    private void text(String text) {
        if (current == null) {
            lead.append('\n').append(text);
        } else {
            current.addText(text);
        }
    }

    private List<Question> questions() {
        List<Question> questions = new ArrayList<>();
        String leadProject = first(context.catalogue().mentionsIn(lead.toString()), context);
        // for each thread, the first closing line at or after the next thread
        ThreadBuilder[] nextClosed = new ThreadBuilder[threads.size() + 1];
        for (int i = threads.size() - 1; i >= 0; i--) {
            nextClosed[i] = threads.get(i).closingName != null ? threads.get(i) : nextClosed[i + 1];
        }
        // a section whose threads no footer closes: a thread that names nothing is taken to go on with the one before
        boolean unclosed = nextClosed[0] == null;
        Question previous = null;
        for (int i = 0; i < threads.size(); i++) {
            ThreadBuilder thread = threads.get(i);
            if (!thread.hasContent()) {
                continue;
            }
            String sameAskerProject = previous != null && previous.asker() != null
                    && previous.asker().equals(thread.asker) ? previous.project() : null;
            String fallback = unclosed && previous != null && previous.project() != null ? previous.project() : leadProject;
            String project = projectOf(thread, sameAskerProject, nextClosed[i + 1], fallback, context);
            previous = thread.build(context.nextId("question"), project, context.slug());
            questions.add(previous);
            if (project != null) {
                context.mention(project, thread.opener.sourceLine());
            }
        }
        return questions;
    }

    private static String cleanAsker(String name) {
        String cleaned = name.strip();
        while (cleaned.startsWith("@")) {
            cleaned = cleaned.substring(1).strip();
        }
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static String projectOf(ThreadBuilder thread, String sameAskerProject, ThreadBuilder nextClosed,
            String leadProject, ExtractionContext context) {
        if (thread.pickProject != null) {
            return thread.pickProject;
        }
        if (thread.closingName != null) {
            return resolve(thread.closingName, thread.closingUrl, context);
        }
        String inQuestion = first(context.catalogue().mentionsIn(
                (thread.topic == null ? "" : thread.topic + "\n") + thread.questionText()), context);
        if (inQuestion != null) {
            return inQuestion;
        }
        // "关于 Saga 的使用" first, "Seata Saga 是不是..." in a later round: the reader's own words still
        String inFollowUps = first(context.catalogue().mentionsIn(thread.followUpText()), context);
        if (inFollowUps != null) {
            return inFollowUps;
        }
        if (sameAskerProject != null) {
            // the same reader asking again right after: a follow-on question about the same project
            return sameAskerProject;
        }
        if (nextClosed != null) {
            return resolve(nextClosed.closingName, nextClosed.closingUrl, context);
        }
        String inAnswer = first(context.catalogue().mentionsIn(thread.answerText()), context);
        if (inAnswer != null) {
            return inAnswer;
        }
        // nothing in the thread: the heading or intro of the section. Not the issue title: "SOFAJRaft 发布、
        // QA 整理" names the release, and a reader's Seata question is not about SOFAJRaft
        return leadProject;
    }

    /** The name on a closing line wins over its URL: footers are sometimes copied with the wrong URL. */
    private static String resolve(String name, String url, ExtractionContext context) {
        String resolved = context.catalogue().resolve(name);
        if (context.catalogue().find(resolved).isPresent()) {
            return resolved;
        }
        String mentioned = first(context.catalogue().mentionsIn(name), context);
        if (mentioned != null) {
            return mentioned;
        }
        if (LATIN_NAME.matcher(name).matches()) {
            return name;
        }
        return context.catalogue().nameFromRepositoryUrl(url).orElse(name);
    }

    /**
     * The first project named, preferring a real project to the umbrella: "com.alipay.sofa.jraft" names
     * SOFA before JRaft, and the thread is about SOFAJRaft.
     */
    private static String first(List<String> names, ExtractionContext context) {
        for (String name : names) {
            if (!context.catalogue().isUmbrella(name)) {
                return name;
            }
        }
        return names.isEmpty() ? null : names.get(0);
    }

    /** A thread being read: its rounds, its phase, and what the surrounding lines said about it. */
    private static final class ThreadBuilder {
        private final QuestionKind kind;
        private final TypedLine opener;
        private final List<StringBuilder> questions = new ArrayList<>();
        private final List<StringBuilder> answers = new ArrayList<>();
        private Phase phase = Phase.ASKING;
        private String asker;
        private String topic;
        private String pickProject;
        private String closingName;
        private String closingUrl;
        private String url;

        ThreadBuilder(QuestionKind kind, TypedLine opener, String asker) {
            this.kind = kind;
            this.opener = opener;
            this.asker = asker;
            questions.add(new StringBuilder());
            answers.add(null);
        }

        void handle(String name) {
            if (phase == Phase.AWAITING_HANDLE) {
                asker = name;
                phase = Phase.ASKING;
            } else {
                addText(name);
            }
        }

        void addQuote(String text) {
            switch (phase) {
                case CLOSED, ANSWERED -> {
                    // after its closing line too: a footer pasted mid-thread, and the reader asked again
                    questions.add(new StringBuilder());
                    answers.add(null);
                    phase = Phase.ASKING;
                }
                default -> {
                    // the question of the current round goes on; a pick still awaits its handle
                }
            }
            append(questions.get(questions.size() - 1), text);
        }

        void addAnswer(String text) {
            if (phase == Phase.CLOSED) {
                return;
            }
            int last = answers.size() - 1;
            if (answers.get(last) == null) {
                answers.set(last, new StringBuilder());
            }
            append(answers.get(last), text);
            phase = Phase.ANSWERED;
        }

        void addText(String text) {
            switch (phase) {
                case CLOSED -> {
                    // after the closing line
                }
                case ANSWERED -> append(answers.get(answers.size() - 1), text);
                default -> append(questions.get(questions.size() - 1), text);
            }
        }

        void close(String name, String link) {
            if (phase == Phase.CLOSED) {
                return;
            }
            phase = Phase.CLOSED;
            // a thread reopened by a later round keeps its first footer: the second is pasted, or another topic's
            if (closingName == null) {
                closingName = name;
                closingUrl = link;
            }
            if (url == null && link != null && isIssueUrl(link)) {
                url = link;
            }
        }

        boolean hasContent() {
            return questions.get(0).length() > 0 || answers.get(0) != null;
        }

        String questionText() {
            return questions.get(0).toString();
        }

        String followUpText() {
            StringBuilder all = new StringBuilder();
            questions.subList(1, questions.size()).forEach(question -> all.append(question).append('\n'));
            return all.toString();
        }

        String answerText() {
            StringBuilder all = new StringBuilder();
            answers.forEach(answer -> {
                if (answer != null) {
                    all.append(answer).append('\n');
                }
            });
            return all.toString();
        }

        Question build(String id, String project, String slug) {
            List<QuestionRound> followUps = new ArrayList<>();
            for (int i = 1; i < questions.size(); i++) {
                followUps.add(new QuestionRound(questions.get(i).toString(),
                        answers.get(i) == null ? null : answers.get(i).toString()));
            }
            String question = questions.get(0).toString();
            if (question.isEmpty() && topic != null) {
                question = topic;
            }
            return new Question(id, kind, asker, question,
                    answers.get(0) == null ? null : answers.get(0).toString(), followUps, project, url, slug);
        }

        private static boolean isIssueUrl(String link) {
            String lower = link.toLowerCase(Locale.ROOT);
            return lower.contains("github.com") && (lower.contains("/issues/") || lower.contains("/pull/")
                    || lower.contains("/discussions/"));
        }

        private static void append(StringBuilder builder, String text) {
            if (text == null || text.isBlank()) {
                return;
            }
            if (builder.length() > 0) {
                builder.append('\n');
            }
            builder.append(text.strip());
        }
    }
}
