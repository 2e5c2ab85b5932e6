package com.weeklygraphql.content.parse;

import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.QuestionKind;
import com.weeklygraphql.content.model.QuestionRound;
import com.weeklygraphql.content.parse.QaElement.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Extracts question threads from a reader Q&A or GitHub-picks section.
 *
 * <p>A thread opens at an asker line or a pick header (or at a numbered bold topic line directly
 * followed by a quote: "2、关于 Seata 的 grouplist 问题："). Quotes before the first {@code A：} are the
 * question; text after it is the answer; another quote after an answer opens a follow-up round, unless it
 * holds only images (a screenshot belonging to the answer). A project line closes the thread.
 *
 * <p>The project of a thread is, in order: its own closing line; a project named in its question; the
 * project of the previous thread when the same reader asks again; the next closing line in the section
 * (one line often closes several threads); a project named in its answer; a project named before the
 * first thread or in the section heading; else none.
 */
final class QuestionExtractor {

    private static final java.util.regex.Pattern LATIN_NAME = java.util.regex.Pattern.compile("[A-Za-z][\\w\\-. ]*");

    private QuestionExtractor() {
    }

    static List<Question> extract(Section section, ExtractionContext context) {
        QuestionKind sectionKind = section.kind() == SectionKind.GITHUB_PICKS
                ? QuestionKind.GITHUB_ISSUE : QuestionKind.READER;
        List<QaElement> elements = QaStream.of(section.nodes(), context);
        List<ThreadBuilder> threads = new ArrayList<>();
        StringBuilder lead = new StringBuilder(section.title());
        ThreadBuilder current = null;
        String pendingTopic = null;
        for (int i = 0; i < elements.size(); i++) {
            QaElement element = elements.get(i);
            Type next = i + 1 < elements.size() ? elements.get(i + 1).type() : null;
            switch (element.type()) {
                case ASKER -> {
                    current = open(threads, new ThreadBuilder(sectionKind, element), pendingTopic);
                    pendingTopic = null;
                    if (element.extra() != null && !element.extra().isEmpty()) {
                        current.addText(element.extra());
                    }
                }
                case PICK -> {
                    current = open(threads, new ThreadBuilder(QuestionKind.GITHUB_ISSUE, element), pendingTopic);
                    pendingTopic = null;
                    if (context.catalogue().find(element.text()).isPresent()) {
                        // "**1.@MOSN #2347**" names the project; the asker is on the "@handle" line after it
                        current.pickProject = context.catalogue().resolve(element.text());
                        current.expectHandle = true;
                    }
                }
                case HANDLE -> {
                    if (current != null && current.expectHandle) {
                        current.asker = element.text();
                        current.expectHandle = false;
                    } else if (current != null) {
                        current.addText(element.text());
                    }
                }
                case TOPIC -> {
                    if (next == Type.QUOTE) {
                        current = open(threads, new ThreadBuilder(sectionKind, element), element.text());
                        current.asker = null;
                        pendingTopic = null;
                    } else {
                        pendingTopic = element.text();
                        text(current, lead, element.text());
                    }
                }
                case QUOTE -> {
                    if (current != null) {
                        current.addQuote(element.text());
                    }
                }
                case IMAGE_QUOTE -> {
                    // a screenshot: part of whatever is being written, never a new round
                }
                case ANSWER -> {
                    if (current != null) {
                        current.addAnswer(element.text());
                    }
                }
                case PROJECT_LINE -> {
                    if (current != null) {
                        current.close(element.text(), element.extra());
                    } else {
                        lead.append('\n').append(element.text());
                    }
                }
                case TEXT -> text(current, lead, element.text());
                default -> throw new IllegalStateException("unhandled " + element.type());
            }
        }
        List<Question> questions = new ArrayList<>();
        String leadProject = first(context.catalogue().mentionsIn(lead.toString()), context);
        // for each thread, the first closing line at or after the next thread
        ThreadBuilder[] nextClosed = new ThreadBuilder[threads.size() + 1];
        for (int i = threads.size() - 1; i >= 0; i--) {
            nextClosed[i] = threads.get(i).closingName != null ? threads.get(i) : nextClosed[i + 1];
        }
        Question previous = null;
        for (int i = 0; i < threads.size(); i++) {
            ThreadBuilder thread = threads.get(i);
            if (!thread.hasContent()) {
                continue;
            }
            String sameAskerProject = previous != null && previous.asker() != null
                    && previous.asker().equals(thread.asker) ? previous.project() : null;
            String project = projectOf(thread, sameAskerProject, nextClosed[i + 1], leadProject, context);
            previous = thread.build(context.nextId("question"), project, context.slug());
            questions.add(previous);
            if (project != null) {
                context.mention(project, thread.opener.node());
            }
        }
        return questions;
    }

    private static ThreadBuilder open(List<ThreadBuilder> threads, ThreadBuilder thread, String topic) {
        thread.topic = topic;
        threads.add(thread);
        return thread;
    }

    private static void text(ThreadBuilder current, StringBuilder lead, String text) {
        if (current == null) {
            lead.append('\n').append(text);
        } else {
            current.addText(text);
        }
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

    /** A thread being read: its rounds, and what the surrounding lines said about it. */
    private static final class ThreadBuilder {
        private final QuestionKind kind;
        private final QaElement opener;
        private final List<StringBuilder> questions = new ArrayList<>();
        private final List<StringBuilder> answers = new ArrayList<>();
        private String asker;
        private String topic;
        private String pickProject;
        private boolean expectHandle;
        private String closingName;
        private String closingUrl;
        private String url;

        ThreadBuilder(QuestionKind kind, QaElement opener) {
            this.kind = kind;
            this.opener = opener;
            this.asker = opener.type() == Type.TOPIC ? null : cleanAsker(opener.text());
            questions.add(new StringBuilder());
            answers.add(null);
        }

        private static String cleanAsker(String name) {
            String cleaned = name.strip();
            while (cleaned.startsWith("@")) {
                cleaned = cleaned.substring(1).strip();
            }
            return cleaned.isEmpty() ? null : cleaned;
        }

        boolean answered() {
            return answers.get(answers.size() - 1) != null;
        }

        void addQuote(String text) {
            if (closingName != null) {
                return;
            }
            if (answered()) {
                questions.add(new StringBuilder());
                answers.add(null);
            }
            append(questions.get(questions.size() - 1), text);
        }

        void addAnswer(String text) {
            if (closingName != null) {
                return;
            }
            int last = answers.size() - 1;
            if (answers.get(last) == null) {
                answers.set(last, new StringBuilder());
            }
            append(answers.get(last), text);
        }

        void addText(String text) {
            if (closingName != null) {
                return;
            }
            if (answered()) {
                addAnswer(text);
            } else {
                append(questions.get(questions.size() - 1), text);
            }
        }

        void close(String name, String link) {
            if (closingName == null) {
                closingName = name;
                closingUrl = link;
                if (url == null && link != null && isIssueUrl(link)) {
                    url = link;
                }
            }
        }

        boolean hasContent() {
            return questions.get(0).length() > 0 || answers.get(0) != null;
        }

        String questionText() {
            return questions.get(0).toString();
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
