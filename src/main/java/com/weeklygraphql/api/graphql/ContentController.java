package com.weeklygraphql.api.graphql;

import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import com.weeklygraphql.content.sync.ContentSync;
import com.weeklygraphql.content.sync.LocalPaths;
import com.weeklygraphql.content.sync.SyncStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code content}: what is served and how syncing goes. */
@Controller
class ContentController {

    private final ContentSync sync;

    ContentController(ContentSync sync) {
        this.sync = sync;
    }

    /** The sync status, unlike everything else, changes between syncs of one commit: such an answer is not kept. */
    private static final List<String> SYNC_STATUS = List.of("lastSyncError", "syncFailures", "lastSyncErrorReason",
            "lastSyncAttempt", "nextSyncAttempt");

    @QueryMapping
    ContentState content(@ContextValue ContentSnapshot snapshot, DataFetchingFieldSelectionSet selection,
            GraphQLContext context) {
        if (SYNC_STATUS.stream().anyMatch(selection::contains)) {
            AnswerCacheability.markVolatile(context);
        }
        SyncStatus status = sync.status();
        return new ContentState(snapshot.commit(), snapshot.branch(),
                OffsetDateTime.ofInstant(snapshot.committedAt(), ZoneOffset.UTC),
                OffsetDateTime.ofInstant(snapshot.syncedAt(), ZoneOffset.UTC), snapshot.issueCount(),
                snapshot.problems(), LocalPaths.hide(status.lastError()), status.consecutiveFailures(), status.lastErrorReason(),
                utc(status.lastAttempt()), utc(status.nextAttempt()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    record ContentState(String commit, String branch, OffsetDateTime committedAt, OffsetDateTime syncedAt,
            int issueCount, List<ContentProblem> problems, String lastSyncError, int syncFailures,
            String lastSyncErrorReason, OffsetDateTime lastSyncAttempt, OffsetDateTime nextSyncAttempt) {
    }
}
