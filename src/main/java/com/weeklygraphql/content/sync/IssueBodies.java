package com.weeklygraphql.content.sync;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.weeklygraphql.content.git.ContentRepository;
import com.weeklygraphql.content.parse.MarkdownBody;
import com.weeklygraphql.content.snapshot.IssueSource;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The markdown and HTML of served issues, read back from their git blobs when a client asks for them. Neither
 * is held for every issue: each sits in a cache bounded by bytes, keyed by blob id, so an entry never goes
 * stale and an archive of any size costs the same memory.
 */
public final class IssueBodies {

    private final ContentRepository repository;
    private final Cache<String, String> markdown;
    private final Cache<String, String> html;

    /** @param maxBytes the memory the two caches may use together */
    public IssueBodies(ContentRepository repository, long maxBytes) {
        this.repository = repository;
        this.markdown = cache(maxBytes / 2);
        this.html = cache(maxBytes / 2);
    }

    /** The issue's body as written, front matter removed. */
    public String markdown(IssueSource source) {
        return markdown.get(source.blob(), blob -> MarkdownBody.of(repository.commits().read(ObjectId.fromString(blob))));
    }

    /** The issue's body rendered to HTML. */
    public String html(IssueSource source) {
        return html.get(source.blob(), blob -> MarkdownBody.html(markdown(source)));
    }

    /** The caches, for metrics. */
    public Cache<?, ?> markdownCache() {
        return markdown;
    }

    public Cache<?, ?> htmlCache() {
        return html;
    }

    // Strings hold two bytes a character at most (one for Latin-1 text): weigh them at the worst case.
    private static Cache<String, String> cache(long maxBytes) {
        return Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String blob, String text) -> 64 + 2 * text.length())
                .recordStats()
                .build();
    }
}
