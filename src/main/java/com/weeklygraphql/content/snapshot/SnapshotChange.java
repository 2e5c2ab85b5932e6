package com.weeklygraphql.content.snapshot;

import com.weeklygraphql.content.model.Issue;
import java.util.List;
import java.util.Map;

/**
 * What a newly published snapshot changed against the one it replaced: the issues added, changed and removed,
 * by slug in slug order. An issue is changed when anything served about it differs; a snapshot parsed from
 * the same blobs yields the same issues, so a commit that touches one file changes at most that file's issue.
 *
 * @param previousCommit the commit served before, or null for the first snapshot
 * @param current the snapshot now served
 */
public record SnapshotChange(String previousCommit, ContentSnapshot current, List<String> added, List<String> changed,
        List<String> removed) {

    public SnapshotChange {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    /** The change from {@code previous} (null for none) to {@code current}. */
    public static SnapshotChange between(ContentSnapshot previous, ContentSnapshot current) {
        Map<String, Issue> before = previous == null ? Map.of() : previous.issuesBySlug();
        Map<String, Issue> after = current.issuesBySlug();
        List<String> added = after.keySet().stream().filter(slug -> !before.containsKey(slug)).sorted().toList();
        List<String> removed = before.keySet().stream().filter(slug -> !after.containsKey(slug)).sorted().toList();
        List<String> changed = after.entrySet().stream()
                .filter(entry -> before.containsKey(entry.getKey()))
                .filter(entry -> !same(previous, before.get(entry.getKey()), current, entry.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        return new SnapshotChange(previous == null ? null : previous.commit(), current, added, changed, removed);
    }

    /** The added and changed issues as the new snapshot serves them, in slug order. */
    public List<Issue> addedAndChangedIssues() {
        return java.util.stream.Stream.concat(added.stream(), changed.stream())
                .sorted()
                .map(slug -> current.issuesBySlug().get(slug))
                .toList();
    }

    // The body is served too but not held in the issue: an issue whose blob changed is changed.
    private static boolean same(ContentSnapshot previous, Issue a, ContentSnapshot current, Issue b) {
        // Unchanged blobs come from the parse cache as the very same object: the deep comparison is rare.
        return (a == b || a.equals(b)) && previous.sourceOf(a).blob().equals(current.sourceOf(b).blob());
    }
}
