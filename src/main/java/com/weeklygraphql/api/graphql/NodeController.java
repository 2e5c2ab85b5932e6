package com.weeklygraphql.api.graphql;

import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.Project;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.Reading;
import com.weeklygraphql.content.model.Release;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code node}, {@code nodes} and the {@code id} of every Node type (Relay's object identification). */
@Controller
class NodeController {

    /** As many ids as a page holds items: a client refetches what it shows. */
    static final int MAX_IDS = com.weeklygraphql.content.snapshot.PageRequest.MAX_SIZE;

    @QueryMapping
    Object node(@Argument String id, @ContextValue ContentSnapshot snapshot) {
        return Nodes.find(NodeId.decode(id), snapshot).orElse(null);
    }

    @QueryMapping
    List<Object> nodes(@Argument List<String> ids, @ContextValue ContentSnapshot snapshot) {
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("nodes takes at most " + MAX_IDS + " ids, not " + ids.size()
                    + ": ask in several requests");
        }
        // Every id is read before any is looked up, so a malformed one fails the field whatever its place.
        List<NodeId> decoded = ids.stream().map(NodeId::decode).toList();
        return decoded.stream().map(id -> Nodes.find(id, snapshot).orElse(null)).toList();
    }

    @SchemaMapping(typeName = "Issue", field = "id")
    String issueId(Issue issue) {
        return Nodes.idOf(issue);
    }

    @SchemaMapping(typeName = "Question", field = "id")
    String questionId(Question question) {
        return Nodes.idOf(question);
    }

    @SchemaMapping(typeName = "Release", field = "id")
    String releaseId(Release release) {
        return Nodes.idOf(release);
    }

    @SchemaMapping(typeName = "Event", field = "id")
    String eventId(Event event) {
        return Nodes.idOf(event);
    }

    @SchemaMapping(typeName = "Reading", field = "id")
    String readingId(Reading reading) {
        return Nodes.idOf(reading);
    }

    @SchemaMapping(typeName = "Project", field = "id")
    String projectId(Project project) {
        return Nodes.idOf(project);
    }
}
