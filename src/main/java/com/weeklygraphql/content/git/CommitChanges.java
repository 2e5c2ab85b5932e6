package com.weeklygraphql.content.git;

import java.time.Instant;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;

/**
 * One commit of the served branch and the paths it touched.
 *
 * @param time the author time: unlike the committer time it survives rebases and cherry-picks, so a rewritten
 *     history keeps the dates its files were written
 * @param paths the paths added, changed or removed against the first parent
 */
public record CommitChanges(ObjectId commit, Instant time, List<String> paths) {

    public CommitChanges {
        paths = List.copyOf(paths);
    }
}
