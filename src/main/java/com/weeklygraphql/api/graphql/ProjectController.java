package com.weeklygraphql.api.graphql;

import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.Project;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.Release;
import com.weeklygraphql.content.snapshot.Cadence;
import com.weeklygraphql.content.snapshot.CadenceBucket;
import com.weeklygraphql.content.snapshot.CadenceInterval;
import com.weeklygraphql.content.snapshot.ContentFilter;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.snapshot.Order;
import java.util.Locale;
import java.util.Map;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code project}, {@code projects}, {@code releaseCadence} and the Project fields. */
@Controller
class ProjectController {

    @QueryMapping
    Project project(@Argument String name, @ContextValue ContentSnapshot snapshot) {
        return snapshot.project(name).orElse(null);
    }

    @QueryMapping
    List<Project> projects(@ContextValue ContentSnapshot snapshot) {
        return snapshot.projects();
    }

    @QueryMapping
    List<CadenceBucket> releaseCadence(@Argument String project, @Argument CadenceInterval interval,
            @Argument LocalDate from, @Argument LocalDate to, @ContextValue ContentSnapshot snapshot) {
        CadenceInterval width = interval == null ? CadenceInterval.MONTH : interval;
        if (project != null) {
            Project one = snapshot.project(project).orElseThrow(() -> new IllegalArgumentException(
                    "project '" + project + "' is not known: use a name or alias from the 'projects' field"));
            return CadenceBucket.of(one, snapshot.releaseDates(one.name()), width, from, to);
        }
        List<CadenceBucket> buckets = new ArrayList<>();
        Map<String, List<LocalDate>> byProject = snapshot.releaseDatesByProject();
        for (Project each : snapshot.projects()) {
            List<LocalDate> dates = byProject.getOrDefault(each.name().strip().toLowerCase(Locale.ROOT), List.of());
            if (!dates.isEmpty()) {
                buckets.addAll(CadenceBucket.of(each, dates, width, from, to));
            }
        }
        return buckets;
    }

    @SchemaMapping(typeName = "Project", field = "releases")
    List<Release> releases(Project project, @ContextValue ContentSnapshot snapshot) {
        return snapshot.releases().all(ofProject(project), Order.NEWEST_FIRST);
    }

    @SchemaMapping(typeName = "Project", field = "questions")
    List<Question> questions(Project project, @ContextValue ContentSnapshot snapshot) {
        return snapshot.questions().all(ofProject(project), Order.NEWEST_FIRST);
    }

    @SchemaMapping(typeName = "Project", field = "events")
    List<Event> events(Project project, @ContextValue ContentSnapshot snapshot) {
        return snapshot.events().all(ofProject(project), Order.NEWEST_FIRST);
    }

    @SchemaMapping(typeName = "Project", field = "cadence")
    Cadence cadence(Project project, @ContextValue ContentSnapshot snapshot) {
        return Cadence.of(snapshot.releaseDates(project.name()));
    }

    private static ContentFilter ofProject(Project project) {
        return ContentFilter.of(null, List.of(project.name()), null, null, null);
    }
}
