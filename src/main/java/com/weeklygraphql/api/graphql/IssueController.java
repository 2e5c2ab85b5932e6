package com.weeklygraphql.api.graphql;

import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.Project;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.sync.IssueBodies;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code issue}, {@code issues} and the Issue fields that need the snapshot. */
@Controller
class IssueController {

    private final IssueBodies bodies;

    IssueController(IssueBodies bodies) {
        this.bodies = bodies;
    }

    @QueryMapping
    Issue issue(@Argument String slug, @ContextValue ContentSnapshot snapshot) {
        return snapshot.issue(slug).orElse(null);
    }

    @QueryMapping
    PageConnection<Issue> issues(@Arguments ListArguments arguments, @ContextValue ContentSnapshot snapshot) {
        return arguments.page(snapshot.issues());
    }

    @SchemaMapping(typeName = "Issue", field = "markdown")
    String markdown(Issue issue, @ContextValue ContentSnapshot snapshot) {
        return bodies.markdown(snapshot.sourceOf(issue));
    }

    @SchemaMapping(typeName = "Issue", field = "html")
    String html(Issue issue, @ContextValue ContentSnapshot snapshot) {
        return bodies.html(snapshot.sourceOf(issue));
    }

    @SchemaMapping(typeName = "Issue", field = "publishedAt")
    OffsetDateTime publishedAt(Issue issue, @ContextValue ContentSnapshot snapshot) {
        return snapshot.historyOf(issue.slug()).map(history -> utc(history.publishedAt())).orElse(null);
    }

    @SchemaMapping(typeName = "Issue", field = "updatedAt")
    OffsetDateTime updatedAt(Issue issue, @ContextValue ContentSnapshot snapshot) {
        return snapshot.historyOf(issue.slug()).map(history -> utc(history.updatedAt())).orElse(null);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @SchemaMapping(typeName = "Issue", field = "projects")
    List<Project> projects(Issue issue, @ContextValue ContentSnapshot snapshot) {
        return issue.projects().stream().map(snapshot::projectNamed).toList();
    }
}
