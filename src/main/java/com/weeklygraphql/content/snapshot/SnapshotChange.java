package com.weeklygraphql.content.snapshot;

import com.weeklygraphql.content.model.Issue;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a newly published snapshot changed against the one it replaced: the issues added, changed and removed,
 * by slug in slug order. Worked out from the commit's tree diff by the sync, so its cost follows the change.
 *
 * @param previousCommit the commit served before, or null for the first snapshot
 * @param current the snapshot now served
 */
public record SnapshotChange(String previousCommit, ContentSnapshot current, List<String> added, List<String> changed,
        List<String> removed) {

    public SnapshotChange {
        added = added.stream().sorted().toList();
        changed = changed.stream().sorted().toList();
        removed = removed.stream().sorted().toList();
    }

    /** The added and changed issues as the new snapshot serves them, in slug order. */
    public List<Issue> addedAndChangedIssues() {
        return Stream.concat(added.stream(), changed.stream())
                .sorted()
                .map(slug -> current.issue(slug).orElseThrow())
                .toList();
    }
}
