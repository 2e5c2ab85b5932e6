package com.weeklygraphql.content.git;

import java.time.Instant;
import org.eclipse.jgit.lib.ObjectId;

/** The commit a branch points at, as last fetched. */
public record BranchHead(String branch, ObjectId commit, Instant commitTime) {

    public String commitName() {
        return commit.name();
    }
}
