package com.weeklygraphql.content.parse;

import com.vladsch.flexmark.util.ast.Document;
import com.weeklygraphql.content.model.Contributor;
import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.NewbieTask;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.Reading;
import com.weeklygraphql.content.model.Release;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits an issue's body into sections and runs the extractor for each section's kind. Each section is
 * extracted on its own: an exception in one becomes a problem and the others still count.
 */
final class IssueExtractor {

    private final ProjectCatalogue catalogue;

    IssueExtractor(ProjectCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    Extraction extract(ExtractionContext context, Document document, String title) {
        List<Question> questions = new ArrayList<>();
        List<Release> releases = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        List<Contributor> contributors = new ArrayList<>();
        List<NewbieTask> newbieTasks = new ArrayList<>();
        for (Section section : SectionSplitter.split(document)) {
            try {
                switch (section.kind()) {
                    case QUESTIONS, GITHUB_PICKS -> {
                        List<Question> found = QuestionExtractor.extract(section, context);
                        if (found.isEmpty() && !section.nodes().isEmpty()) {
                            context.problem(section.anchor(), "Q&A section '" + section.title()
                                    + "' has no question thread (no asker line such as '**@name** 提问：')");
                        }
                        questions.addAll(found);
                        readings.addAll(ReadingExtractor.inline(section, context));
                        readings.addAll(ReadingExtractor.trailing(section, context));
                    }
                    case RELEASES -> releases.addAll(ReleaseExtractor.extract(section, context));
                    case EVENTS -> events.addAll(EventExtractor.extract(section, context));
                    case READINGS -> readings.addAll(ReadingExtractor.extract(section, context));
                    case CONTRIBUTORS -> contributors.addAll(ContributorExtractor.extract(section, context));
                    case NEWBIE_TASKS -> newbieTasks.addAll(NewbieTaskExtractor.extract(section, context));
                    default -> {
                        // preamble, boilerplate and sections the service does not model
                    }
                }
            } catch (RuntimeException e) {
                context.problem(section.anchor(), "could not read " + section.kind().name().toLowerCase(Locale.ROOT)
                        + " section '" + section.title() + "': " + e);
            }
        }
        return new Extraction(questions, releases, events, readings, contributors, newbieTasks,
                projects(title, context));
    }

    /** Projects named in the title (after the "SOFA Weekly |" prefix), then those of the entities. */
    private List<String> projects(String title, ExtractionContext context) {
        Set<String> projects = new LinkedHashSet<>(catalogue.mentionsIn(titleTopics(title)));
        projects.addAll(context.mentionedProjects());
        return List.copyOf(projects);
    }

    /** "SOFA Weekly | SOFAJRaft 发布、QA 整理" → "SOFAJRaft 发布、QA 整理". */
    static String titleTopics(String title) {
        if (title == null) {
            return "";
        }
        String topics = title;
        int bar;
        while ((bar = firstBar(topics)) >= 0
                && topics.substring(0, bar).toLowerCase(Locale.ROOT).replace(" ", "").contains("weekly")) {
            topics = topics.substring(bar + 1);
        }
        return topics.strip();
    }

    private static int firstBar(String text) {
        int ascii = text.indexOf('|');
        int fullWidth = text.indexOf('｜');
        return ascii < 0 ? fullWidth : fullWidth < 0 ? ascii : Math.min(ascii, fullWidth);
    }
}
