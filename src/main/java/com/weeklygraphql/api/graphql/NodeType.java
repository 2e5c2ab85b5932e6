package com.weeklygraphql.api.graphql;

import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.Project;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.Reading;
import com.weeklygraphql.content.model.Release;
import java.util.Arrays;
import java.util.Optional;

/** The types that implement {@code Node}: the GraphQL type name and the record served for it. */
enum NodeType {
    ISSUE("Issue", Issue.class),
    QUESTION("Question", Question.class),
    RELEASE("Release", Release.class),
    EVENT("Event", Event.class),
    READING("Reading", Reading.class),
    PROJECT("Project", Project.class);

    private final String typeName;
    private final Class<?> served;

    NodeType(String typeName, Class<?> served) {
        this.typeName = typeName;
        this.served = served;
    }

    String typeName() {
        return typeName;
    }

    static Optional<NodeType> named(String typeName) {
        return Arrays.stream(values()).filter(type -> type.typeName.equals(typeName)).findFirst();
    }

    static Optional<NodeType> of(Object item) {
        return Arrays.stream(values()).filter(type -> type.served.isInstance(item)).findFirst();
    }
}
