package com.weeklygraphql.support;

import com.weeklygraphql.content.index.ContentIndex;
import com.weeklygraphql.content.index.DecodedIssues;
import com.weeklygraphql.content.index.ServedIssue;
import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.project.ProjectCatalogue;
import com.weeklygraphql.content.snapshot.CommitInfo;
import com.weeklygraphql.content.snapshot.ContentSnapshot;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import com.weeklygraphql.content.search.SearchFields;

/**
 * Snapshots of hand-made issues on a real content index in a temp dir, for tests of the query side that need no
 * git repository. Each issue is served as if read from a blob named after its slug.
 */
public final class IndexedSnapshots {

    private IndexedSnapshots() {
    }

    public static ContentSnapshot of(Path dir, String commit, List<Issue> issues, List<ContentProblem> problems) {
        return inSegments(dir, commit, List.of(issues), problems);
    }

    /** As {@link #of}, with each batch of issues written as a segment of its own (the index opened after each). */
    public static ContentSnapshot inSegments(Path dir, String commit, List<List<Issue>> batches, List<ContentProblem> problems) {
        ProjectCatalogue catalogue = ProjectCatalogue.defaults();
        SearchFields text = new SearchFields(catalogue);
        ContentIndex index = ContentIndex.open(dir, text, new DecodedIssues(1 << 20));
        for (List<Issue> batch : batches) {
            for (Issue issue : batch) {
                index.serve(new ServedIssue(issue, issue.path(), blobOf(issue.slug()), issue.excerpt()), catalogue);
            }
            if (batches.size() > 1) {
                index.openView().release();
            }
        }
        Map<String, List<ContentProblem>> byPath = new java.util.HashMap<>();
        problems.forEach(problem -> byPath.computeIfAbsent(problem.path(), k -> new java.util.ArrayList<>()).add(problem));
        return new ContentSnapshot(new CommitInfo(commit, "main", Instant.EPOCH, Instant.EPOCH), catalogue,
                com.weeklygraphql.content.parse.NewsletterProfile.defaults(), text,
                index.openView(), byPath, Map.of(), List.of(), "test");
    }

    private static String blobOf(String slug) {
        return String.format("%040x", slug.hashCode() & 0xffffffffL);
    }
}
