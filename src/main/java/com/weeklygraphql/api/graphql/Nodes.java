package com.weeklygraphql.api.graphql;

import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.Project;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.Reading;
import com.weeklygraphql.content.model.Release;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place that turns items into node ids and node ids back into items of a snapshot: an issue by its
 * slug, a project by its canonical name, any other entity in its issue's list by its id. An id of an item
 * the snapshot no longer holds finds nothing.
 */
public final class Nodes {

    private Nodes() {
    }

    public static String idOf(Object item) {
        if (item instanceof Issue issue) {
            return NodeId.ofIssue(issue.slug()).encode();
        }
        if (item instanceof Question question) {
            return NodeId.ofEntity(NodeType.QUESTION, question.issueSlug(), question.id()).encode();
        }
        if (item instanceof Release release) {
            return NodeId.ofEntity(NodeType.RELEASE, release.issueSlug(), release.id()).encode();
        }
        if (item instanceof Event event) {
            return NodeId.ofEntity(NodeType.EVENT, event.issueSlug(), event.id()).encode();
        }
        if (item instanceof Reading reading) {
            return NodeId.ofEntity(NodeType.READING, reading.issueSlug(), reading.id()).encode();
        }
        if (item instanceof Project project) {
            return NodeId.ofProject(project.name()).encode();
        }
        throw new IllegalStateException("not a Node: " + item.getClass().getName());
    }

    static Optional<Object> find(NodeId id, ContentSnapshot snapshot) {
        if (id.type() == NodeType.PROJECT) {
            // By canonical name only: an alias is not an id, and a renamed project is another node.
            return snapshot.project(id.key()).filter(project -> project.name().equals(id.key())).map(Object.class::cast);
        }
        return snapshot.issue(id.slug()).flatMap(issue -> switch (id.type()) {
            case ISSUE -> Optional.of(issue);
            case QUESTION -> withId(issue.questions(), Question::id, id.key());
            case RELEASE -> withId(issue.releases(), Release::id, id.key());
            case EVENT -> withId(issue.events(), Event::id, id.key());
            case READING -> withId(issue.readings(), Reading::id, id.key());
            case PROJECT -> Optional.empty();
        });
    }

    private static <T> Optional<Object> withId(List<T> items, Function<T, String> idOf, String key) {
        return items.stream().filter(item -> key.equals(idOf.apply(item))).findFirst().map(Object.class::cast);
    }
}
