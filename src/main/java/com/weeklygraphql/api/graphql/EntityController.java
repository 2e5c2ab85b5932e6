package com.weeklygraphql.api.graphql;

import com.weeklygraphql.content.model.Contributor;
import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.NewbieTask;
import com.weeklygraphql.content.model.Project;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.Reading;
import com.weeklygraphql.content.model.Release;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The lists of releases, questions and events, and the links from every entity to its issue and projects. */
@Controller
class EntityController {

    @QueryMapping
    PageConnection<Release> releases(@Arguments ListArguments arguments, @ContextValue ContentSnapshot snapshot) {
        return arguments.page(snapshot.releases());
    }

    @QueryMapping
    PageConnection<Question> questions(@Arguments ListArguments arguments, @ContextValue ContentSnapshot snapshot) {
        return arguments.page(snapshot.questions());
    }

    @QueryMapping
    PageConnection<Event> events(@Arguments ListArguments arguments, @ContextValue ContentSnapshot snapshot) {
        return arguments.page(snapshot.events());
    }

    @SchemaMapping(typeName = "Release", field = "project")
    Project releaseProject(Release release, @ContextValue ContentSnapshot snapshot) {
        return snapshot.projectNamed(release.project());
    }

    @SchemaMapping(typeName = "Release", field = "issue")
    Issue releaseIssue(Release release, @ContextValue ContentSnapshot snapshot) {
        return issueOf(release.issueSlug(), snapshot);
    }

    @SchemaMapping(typeName = "Question", field = "project")
    Project questionProject(Question question, @ContextValue ContentSnapshot snapshot) {
        return question.project() == null ? null : snapshot.projectNamed(question.project());
    }

    @SchemaMapping(typeName = "Question", field = "issue")
    Issue questionIssue(Question question, @ContextValue ContentSnapshot snapshot) {
        return issueOf(question.issueSlug(), snapshot);
    }

    @SchemaMapping(typeName = "Event", field = "projects")
    List<Project> eventProjects(Event event, @ContextValue ContentSnapshot snapshot) {
        return event.projects().stream().map(snapshot::projectNamed).toList();
    }

    @SchemaMapping(typeName = "Event", field = "issue")
    Issue eventIssue(Event event, @ContextValue ContentSnapshot snapshot) {
        return issueOf(event.issueSlug(), snapshot);
    }

    @SchemaMapping(typeName = "Reading", field = "issue")
    Issue readingIssue(Reading reading, @ContextValue ContentSnapshot snapshot) {
        return issueOf(reading.issueSlug(), snapshot);
    }

    @SchemaMapping(typeName = "Contributor", field = "project")
    Project contributorProject(Contributor contributor, @ContextValue ContentSnapshot snapshot) {
        return contributor.project() == null ? null : snapshot.projectNamed(contributor.project());
    }

    @SchemaMapping(typeName = "Contributor", field = "issue")
    Issue contributorIssue(Contributor contributor, @ContextValue ContentSnapshot snapshot) {
        return issueOf(contributor.issueSlug(), snapshot);
    }

    @SchemaMapping(typeName = "NewbieTask", field = "project")
    Project newbieTaskProject(NewbieTask task, @ContextValue ContentSnapshot snapshot) {
        return task.project() == null ? null : snapshot.projectNamed(task.project());
    }

    @SchemaMapping(typeName = "NewbieTask", field = "issue")
    Issue newbieTaskIssue(NewbieTask task, @ContextValue ContentSnapshot snapshot) {
        return issueOf(task.issueSlug(), snapshot);
    }

    // Every entity comes from an issue of the same snapshot, so the issue is always there.
    private static Issue issueOf(String slug, ContentSnapshot snapshot) {
        return snapshot.issue(slug).orElseThrow();
    }
}
