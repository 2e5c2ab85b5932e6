package com.weeklygraphql.content.git;

import org.eclipse.jgit.lib.ObjectId;

/**
 * A path whose content differs between two commits.
 *
 * @param before the file as it was, or null when the path is new
 * @param after the file as it is now, or null when the path is gone
 */
public record FileChange(String path, TreeFile before, TreeFile after) {

    public boolean added() {
        return before == null;
    }

    public boolean removed() {
        return after == null;
    }

    public ObjectId newBlob() {
        return after == null ? null : after.blobId();
    }
}
