package com.weeklygraphql.content.git;

import org.eclipse.jgit.lib.ObjectId;

/**
 * A file in a commit's tree: its path and the id of its content.
 *
 * @param symlink the entry is a symbolic link; its blob holds the link target, not content
 */
public record TreeFile(String path, ObjectId blobId, boolean symlink) {

    public String blobName() {
        return blobId.name();
    }
}
