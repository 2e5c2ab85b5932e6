package com.weeklygraphql.content.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.weeklygraphql.content.model.Issue;
import java.util.function.Supplier;

/**
 * Issues decoded from the index, shared by every snapshot. The index keeps each issue as bytes; the issues
 * being read sit here decoded, bounded by weight, so memory follows what clients read, not the archive's size.
 * A key names a parse exactly (the index generation, the serving path and the blob), so an entry never goes
 * stale: an edit is another blob, a catalogue change another generation.
 */
public final class DecodedIssues {

    /** Decoded records weigh about four times their Smile bytes (object headers, UTF-16 strings, lists). */
    private static final int BYTES_PER_ENCODED_BYTE = 4;

    private final Cache<Key, Decoded> cache;

    public DecodedIssues(long maxBytes) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, Decoded decoded) -> decoded.weight())
                .recordStats()
                .build();
    }

    Issue get(long generation, String path, String blob, Supplier<byte[]> encoded) {
        return cache.get(new Key(generation, path, blob), key -> {
            byte[] bytes = encoded.get();
            return new Decoded(IssueCodec.issue(bytes), 128 + bytes.length * BYTES_PER_ENCODED_BYTE);
        }).issue();
    }

    /** The cache, for metrics. */
    public Cache<?, ?> caffeine() {
        return cache;
    }

    private record Key(long generation, String path, String blob) {
    }

    private record Decoded(Issue issue, int weight) {
    }
}
