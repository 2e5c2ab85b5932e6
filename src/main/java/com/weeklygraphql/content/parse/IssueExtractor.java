package com.weeklygraphql.content.parse;

import org.commonmark.node.Node;
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

    /** Topics of a title are listed with these: "MOSN v1.2.0 版本发布、开源人、本周 Contributor & QA". */
    private static final java.util.regex.Pattern TOPIC_SEPARATORS = java.util.regex.Pattern.compile("[、，,;；&|｜]");

    private final ProjectCatalogue catalogue;

    IssueExtractor(ProjectCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    Extraction extract(ExtractionContext context, Node document, String title, String description) {
        List<Question> questions = new ArrayList<>();
        List<Release> releases = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        List<Contributor> contributors = new ArrayList<>();
        List<NewbieTask> newbieTasks = new ArrayList<>();
        SectionLines reader = new SectionLines(context);
        for (Section section : SectionSplitter.split(document, context.profile())) {
            try {
                switch (section.kind()) {
                    case QUESTIONS, GITHUB_PICKS -> {
                        List<TypedLine> lines = reader.questions(section);
                        List<Question> found = QuestionExtractor.extract(section, lines, context);
                        if (found.isEmpty() && !section.nodes().isEmpty()) {
                            context.problem(section.anchor(), "Q&A section '" + section.title()
                                    + "' has no question thread (no asker line such as '**@name** 提问：')");
                        }
                        questions.addAll(found);
                        readings.addAll(ReadingExtractor.inline(lines, context));
                        readings.addAll(ReadingExtractor.trailing(reader.closingLinks(section), context));
                    }
                    case RELEASES -> {
                        releases.addAll(ReleaseExtractor.extract(section, reader.releases(section), context));
                        // the last release's notes, then a reading list the editor forgot to head
                        readings.addAll(ReadingExtractor.trailing(reader.closingLinks(section), context));
                    }
                    case EVENTS -> events.addAll(EventExtractor.extract(section, reader.events(section), context));
                    case READINGS -> readings.addAll(ReadingExtractor.extract(section, reader.readings(section), context));
                    case CONTRIBUTORS -> contributors.addAll(
                            ContributorExtractor.extract(section, reader.contributors(section), context));
                    case NEWBIE_TASKS -> newbieTasks.addAll(NewbieTaskExtractor.extract(reader.newbieTasks(section), context));
                    default -> {
                        // preamble, boilerplate and sections the service does not model
                    }
                }
            } catch (RuntimeException e) {
                context.problem(section.anchor(), "could not read " + section.kind().name().toLowerCase(Locale.ROOT)
                        + " section '" + section.title() + "': " + e);
            }
        }
        releases.addAll(titleReleases(title, description, releases, context));
        return new Extraction(questions, releases, events, readings, contributors, newbieTasks,
                projects(title, context));
    }

    /** Projects named in the title (after the "SOFA Weekly |" prefix), then those of the entities. */
    private List<String> projects(String title, ExtractionContext context) {
        Set<String> projects = new LinkedHashSet<>(catalogue.mentionsIn(titleTopics(title, context.profile())));
        projects.addAll(context.mentionedProjects());
        return List.copyOf(projects);
    }

    /** "SOFA Weekly | SOFAJRaft 发布、QA 整理" → "SOFAJRaft 发布、QA 整理". */
    static String titleTopics(String title, NewsletterProfile profile) {
        if (title == null) {
            return "";
        }
        String topics = title;
        int bar;
        while ((bar = firstBar(topics)) >= 0 && namesTheNewsletter(topics.substring(0, bar), profile)) {
            topics = topics.substring(bar + 1);
        }
        return topics.strip();
    }

    /** "SOFA Weekly ", "Special Weekly ": the part of a title before its bar that names the newsletter. */
    private static boolean namesTheNewsletter(String prefix, NewsletterProfile profile) {
        String squashed = IssueRecognizer.squash(prefix);
        return profile.titlePrefixWords().stream().anyMatch(squashed::contains)
                || profile.issueMarks().stream().map(IssueRecognizer::squash).anyMatch(squashed::contains);
    }

    /**
     * Releases the title or description announces ("MOSN v1.2.0 版本发布、开源人、本周 Contributor") that no section
     * of the body does: a release with no changes and no notes. The body's own announcement wins where both exist.
     */
    private static List<Release> titleReleases(String title, String description, List<Release> found,
            ExtractionContext context) {
        Set<String> known = new java.util.HashSet<>();
        found.forEach(release -> known.add(key(release.project(), release.version())));
        List<Release> releases = new ArrayList<>();
        for (String text : new String[] {titleTopics(title, context.profile()), titleTopics(description, context.profile())}) {
            for (String topic : TOPIC_SEPARATORS.split(text)) {
                context.profile().releaseAnnouncements().inHeading(topic).ifPresent(announcement -> {
                    if (announcement.project() == null) {
                        return;
                    }
                    String project = context.catalogue().resolve(announcement.project());
                    for (String version : announcement.versions()) {
                        if (known.add(key(project, version))) {
                            releases.add(new Release(context.nextId("release"), project, version, context.issueDate(),
                                    List.of(), null, context.slug()));
                            context.mention(project, ExtractionContext.NO_LINE);
                        }
                    }
                });
            }
        }
        return releases;
    }

    private static String key(String project, String version) {
        return (project + "@" + version).toLowerCase(Locale.ROOT);
    }

    private static int firstBar(String text) {
        int ascii = text.indexOf('|');
        int fullWidth = text.indexOf('｜');
        return ascii < 0 ? fullWidth : fullWidth < 0 ? ascii : Math.min(ascii, fullWidth);
    }
}
