package com.weeklygraphql.content.index;

import java.nio.charset.StandardCharsets;
import org.apache.lucene.util.BytesRef;

/**
 * Where an item's issue comes from: the path of the file serving it and the blob it was parsed from, which name
 * its decoded issue ({@link DecodedIssues}). Kept as one doc value, "path" NUL "blob".
 */
record ItemSource(String path, String blob) {

    private static final byte SEPARATOR = 0; // in neither a git path nor a hex blob id

    static BytesRef encode(String path, String blob) {
        return new BytesRef(path + (char) SEPARATOR + blob);
    }

    static ItemSource decode(BytesRef value) {
        int end = value.offset + value.length;
        for (int i = end - 1; i >= value.offset; i--) {
            if (value.bytes[i] == SEPARATOR) {
                return new ItemSource(new String(value.bytes, value.offset, i - value.offset, StandardCharsets.UTF_8),
                        new String(value.bytes, i + 1, end - i - 1, StandardCharsets.US_ASCII));
            }
        }
        throw new IllegalStateException("an item source without its blob: " + value.utf8ToString());
    }
}
