package com.weeklygraphql.api.graphql;

import com.weeklygraphql.config.ApiProperties;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.snapshot.SnapshotChange;
import graphql.GraphQLContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** {@code contentUpdated} and the fields of {@code ContentUpdate}. */
@Controller
class ContentUpdateController {

    private final ContentUpdates updates;
    private final int maxSubscriptions;

    ContentUpdateController(ContentUpdates updates, ApiProperties properties) {
        this.updates = updates;
        this.maxSubscriptions = properties.limits().maxSubscriptions();
    }

    /**
     * A subscription lives across snapshots: before each update is resolved, its context moves to the snapshot
     * that update announces, so the issues it carries (and their nested fields) read the new commit. Updates are
     * resolved one at a time, in order, so no two read the context at once.
     */
    @SubscriptionMapping
    Flux<SnapshotChange> contentUpdated(GraphQLContext context) {
        return updates.subscribe(maxSubscriptions).doOnNext(change -> context.put(SnapshotPerRequest.KEY, change.current()));
    }

    @SchemaMapping(typeName = "ContentUpdate", field = "commit")
    String commit(SnapshotChange change) {
        return change.current().commit();
    }

    @SchemaMapping(typeName = "ContentUpdate", field = "branch")
    String branch(SnapshotChange change) {
        return change.current().branch();
    }

    @SchemaMapping(typeName = "ContentUpdate", field = "committedAt")
    OffsetDateTime committedAt(SnapshotChange change) {
        return OffsetDateTime.ofInstant(change.current().committedAt(), ZoneOffset.UTC);
    }

    @SchemaMapping(typeName = "ContentUpdate", field = "issueCount")
    int issueCount(SnapshotChange change) {
        return change.current().issueCount();
    }

    @SchemaMapping(typeName = "ContentUpdate", field = "issues")
    List<Issue> issues(SnapshotChange change) {
        return change.addedAndChangedIssues();
    }
}
