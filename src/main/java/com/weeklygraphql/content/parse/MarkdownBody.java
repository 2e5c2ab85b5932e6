package com.weeklygraphql.content.parse;

/**
 * An issue's body as served: the markdown after the front matter, and its HTML. Rendering costs about as
 * much as parsing, so it is done when a client asks for {@code html}, not for every issue at every sync.
 */
public final class MarkdownBody {

    private MarkdownBody() {
    }

    /**
     * The markdown of a file after its front matter, or the whole text when it has none. A file the parser
     * could not read yields what can be decoded, since only files that parsed as issues are ever asked for.
     */
    public static String of(byte[] file) {
        try {
            return MarkdownSource.split(SourceDecoder.decode(file)).body();
        } catch (UnreadableContentException e) {
            return new String(file, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The body rendered to HTML; raw HTML in the source is escaped and links to unsafe schemes are text. */
    public static String html(String markdown) {
        return Markdown.html(markdown);
    }
}
