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
 * The flexmark parser and renderer, built once: both are immutable and thread-safe once built, and
 * building them (extension registration, option resolution) costs more than parsing an issue.
 */
final class Markdown {

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(
                    TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()))
            // The content is third-party text served to browsers: raw HTML (and tags such as
            // <SOFA:Channel/>) is shown as text, never passed through.
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SUPPRESS_HTML, false)
            // every <hN> gets the anchor Issue.headings names (HeadingAnchors), as Hugo would
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .toImmutable();

    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS)
            .htmlIdGeneratorFactory(new HeadingAnchors.GeneratorFactory())
            .build();

    private Markdown() {
    }

    /** The AST of a markdown body, with links to unsafe schemes turned back into text. */
    static Document parse(String markdown) {
        Document document = PARSER.parse(markdown);
        UnsafeLinks.neutralize(document);
        return document;
    }

    static String render(Document document) {
        return RENDERER.render(document);
    }
}
