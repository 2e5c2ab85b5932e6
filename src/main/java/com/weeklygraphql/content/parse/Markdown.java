package com.weeklygraphql.content.parse;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The markdown parsers and the renderer, built once: they are immutable and thread-safe once built, and building
 * them costs more than parsing an issue.
 *
 * <p>Two libraries, one job each. Extraction reads the body as plain CommonMark with commonmark-java, which parses
 * the sample about three times faster than flexmark-java did and keeps each block's source line; it reads tables
 * (a schedule's rows are events), strikethrough carries no entity, and bare URLs are found by {@link BareUrls} in
 * the text. Rendering, done only when a client asks for {@code html}, keeps flexmark-java with tables,
 * strikethrough and autolinks; its headings get the anchors extraction lists ({@link HeadingAnchors}).
 */
final class Markdown {

    private static final Parser PARSER = Parser.builder()
            // a schedule of talks is often a table: its rows are events (SectionLines#events)
            .extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create()))
            // a block's line, for problems and document order; inline positions would cost a fifth of the parse
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private static final DataHolder RENDERING_OPTIONS = new MutableDataSet()
            .set(com.vladsch.flexmark.parser.Parser.EXTENSIONS, List.of(
                    TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()))
            // The content is third-party text served to browsers: raw HTML (and tags such as
            // <SOFA:Channel/>) is shown as text, never passed through.
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SUPPRESS_HTML, false)
            // every <hN> gets the anchor Issue.headings names (HeadingAnchors), as Hugo would
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .toImmutable();

    private static final com.vladsch.flexmark.parser.Parser RENDERING_PARSER =
            com.vladsch.flexmark.parser.Parser.builder(RENDERING_OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(RENDERING_OPTIONS)
            .htmlIdGeneratorFactory(new HeadingAnchors.GeneratorFactory())
            .build();

    private Markdown() {
    }

    /** The tree the extractors read, with links to unsafe schemes turned back into text. */
    static Node parse(String markdown) {
        Node document = PARSER.parse(markdown);
        UnsafeLinks.neutralize(document, markdown);
        return document;
    }

    /** The body as served: rendered with tables, strikethrough and autolinks; unsafe links are text. */
    static String html(String markdown) {
        com.vladsch.flexmark.util.ast.Document document = RENDERING_PARSER.parse(markdown);
        UnsafeLinks.neutralize(document);
        return RENDERER.render(document);
    }
}
