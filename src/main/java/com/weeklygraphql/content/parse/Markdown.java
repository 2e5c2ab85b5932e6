package com.weeklygraphql.content.parse;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The flexmark parsers and renderer, built once: they are immutable and thread-safe once built, and building them
 * (extension registration, option resolution) costs more than parsing an issue.
 *
 * <p>Two parsers: extraction reads plain CommonMark, since tables and strikethrough carry no entity and the
 * autolink extension's post-processing was a fifth of the parse (bare URLs are found by {@link LinkRef} in the
 * text it reads anyway); rendering, done only when a client asks for {@code html}, adds tables, strikethrough and
 * autolinks.
 */
final class Markdown {

    private static final DataHolder EXTRACTION_OPTIONS = new MutableDataSet().toImmutable();

    private static final DataHolder RENDERING_OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(
                    TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()))
            // The content is third-party text served to browsers: raw HTML (and tags such as
            // <SOFA:Channel/>) is shown as text, never passed through.
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SUPPRESS_HTML, false)
            // every <hN> gets the anchor Issue.headings names (HeadingAnchors), as Hugo would
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .toImmutable();

    private static final Parser PARSER = Parser.builder(EXTRACTION_OPTIONS).build();
    private static final Parser RENDERING_PARSER = Parser.builder(RENDERING_OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(RENDERING_OPTIONS)
            .htmlIdGeneratorFactory(new HeadingAnchors.GeneratorFactory())
            .build();

    private Markdown() {
    }

    /** The AST the extractors read, with links to unsafe schemes turned back into text. */
    static Document parse(String markdown) {
        Document document = PARSER.parse(markdown);
        UnsafeLinks.neutralize(document);
        return document;
    }

    /** The body as served: rendered with tables, strikethrough and autolinks; unsafe links are text. */
    static String html(String markdown) {
        Document document = RENDERING_PARSER.parse(markdown);
        UnsafeLinks.neutralize(document);
        return RENDERER.render(document);
    }
}
