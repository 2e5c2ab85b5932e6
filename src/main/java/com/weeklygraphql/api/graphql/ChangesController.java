package com.weeklygraphql.api.graphql;

import com.weeklygraphql.content.git.CommitInfo;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.sync.ChangesSince;
import com.weeklygraphql.content.sync.ChangesSince.ContentChanges;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code changes(since:)} and the fields of a commit. */
@Controller
class ChangesController {

    private final ChangesSince changes;

    ChangesController(ChangesSince changes) {
        this.changes = changes;
    }

    @QueryMapping
    ContentChanges changes(@Argument String since, @ContextValue ContentSnapshot snapshot) {
        return changes.since(since, snapshot);
    }

    @SchemaMapping(typeName = "Commit", field = "committedAt")
    OffsetDateTime committedAt(CommitInfo commit) {
        return OffsetDateTime.ofInstant(commit.committedAt(), ZoneOffset.UTC);
    }
}
