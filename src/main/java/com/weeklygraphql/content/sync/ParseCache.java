package com.weeklygraphql.content.sync;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.weeklygraphql.content.model.ParsedFile;
import java.util.function.Supplier;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Parsed files by git blob id. A blob id names its content exactly, so an entry never goes stale and an
 * unchanged file is never parsed twice. The path is part of the key because the slug comes from it: the same
 * content under another folder is another issue.
 */
public final class ParseCache {

    private final Cache<Key, ParsedFile> cache;

    public ParseCache(long maximumSize) {
        this.cache = Caffeine.newBuilder().maximumSize(maximumSize).recordStats().build();
    }

    public ParsedFile get(ObjectId blobId, String path, Supplier<ParsedFile> parse) {
        return cache.get(new Key(blobId.copy(), path), key -> parse.get());
    }

    /** The underlying cache, for metrics. */
    public Cache<?, ?> caffeine() {
        return cache;
    }

    /** Forgets everything: needed when something other than the file changes what parsing yields (the catalogue). */
    public void clear() {
        cache.invalidateAll();
    }

    private record Key(ObjectId blobId, String path) {
    }
}
