package com.weeklygraphql.content.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotChangeTests {

    private final Issue kept = issue("kept", "same");
    private final Issue edited = issue("edited", "before");
    private final Issue gone = issue("gone", "x");

    @Test
    void addedChangedAndRemovedIssuesBySlug() {
        ContentSnapshot previous = snapshot("c1", kept, edited, gone);
        Issue editedNow = issue("edited", "after");
        Issue fresh = issue("fresh", "new");
        ContentSnapshot current = snapshot("c2", issue("kept", "same"), editedNow, fresh);
        SnapshotChange change = SnapshotChange.between(previous, current);


        assertThat(change.previousCommit()).isEqualTo("c1");
        assertThat(change.added()).containsExactly("fresh");
        assertThat(change.changed()).containsExactly("edited");
        assertThat(change.removed()).containsExactly("gone");
        assertThat(change.addedAndChangedIssues()).containsExactly(editedNow, fresh);
    }

    @Test
    void theFirstSnapshotAddsEverything() {
        SnapshotChange change = SnapshotChange.between(null, snapshot("c1", kept, edited));

        assertThat(change.previousCommit()).isNull();
        assertThat(change.added()).containsExactly("edited", "kept");
        assertThat(change.changed()).isEmpty();
        assertThat(change.removed()).isEmpty();
    }

    private static ContentSnapshot snapshot(String commit, Issue... issues) {
        SnapshotBuilder builder = new SnapshotBuilder(ProjectCatalogue.defaults());
        for (Issue issue : issues) {
            // The blob stands for the body: the same text, the same blob.
            builder.add(issue, new IssueSource(blobOf(issue.excerpt()), issue.excerpt()));
        }
        return builder.build(commit, "main", Instant.EPOCH, Instant.EPOCH);
    }

    private static String blobOf(String body) {
        return String.format("%040x", body.hashCode() & 0xffffffffL);
    }

    private static Issue issue(String slug, String markdown) {
        return new Issue(slug, "content/" + slug + "/index.md", "SOFA Weekly | " + slug, null,
                OffsetDateTime.parse("2024-01-01T10:00:00+08:00"), null, List.of(), List.of(), null, markdown, 1, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }
}
