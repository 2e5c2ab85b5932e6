package com.weeklygraphql.content.parse;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a section's nodes, once, into the typed lines its extractor folds over: the one place that walks the
 * markdown tree for the extractors. Which shapes matter depends on the section's kind (a list item is a change in
 * a release section, a task in a newbie-task section; a quote is a question in a Q&A section), so there is one
 * reading per kind; {@link LineClassifier} gives each line its kind.
 */
final class SectionLines {

    private final ExtractionContext context;
    private final LineClassifier classifier;

    SectionLines(ExtractionContext context) {
        this.context = context;
        this.classifier = context.classifier();
    }

    // ---- Q&A

    /**
     * A Q&A section: paragraph and heading lines typed one by one (invitations dropped), quotes as one line each,
     * cut where a quote swallowed the next asker line; lists whose items open threads read item by item, other
     * lists and blocks as one text line; pictures and raw HTML skipped.
     */
    List<TypedLine> questions(Section section) {
        List<TypedLine> lines = new ArrayList<>();
        for (Node node : section.nodes()) {
            addQuestionLines(node, lines);
        }
        return lines;
    }

    private void addQuestionLines(Node node, List<TypedLine> out) {
        if (node instanceof HtmlBlock || NodeShapes.isImageOnly(node)) {
            return;
        }
        int sourceLine = context.lineOf(node);
        if (node instanceof BlockQuote quote) {
            addQuote(quote, sourceLine, out);
        } else if (node instanceof Paragraph || node instanceof Heading) {
            List<TextLine> lines = context.lines(node);
            boolean boldLine = lines.size() == 1 && NodeShapes.isBoldOnly(node);
            for (TextLine line : lines) {
                TypedLine typed = classifier.questionLine(line, boldLine, sourceLine);
                if (typed.kind() == LineKind.TEXT && boldLine && node.getNext() instanceof BlockQuote) {
                    // "**1. 小白**" above a quoted question: an asker line that left out the asker word
                    typed = QuestionLines.numberedName(line.text())
                            .map(name -> TypedLine.labelled(LineKind.ASKER, name, "", line.links(), sourceLine))
                            .orElse(typed);
                }
                if (typed.kind() != LineKind.BOILERPLATE) {
                    out.add(typed);
                }
            }
        } else if ((node instanceof OrderedList || node instanceof BulletList) && opensOrClosesThreads(node)) {
            // "1. @LY1806620741 #1061" is a markdown list item: its content is the thread opener; so is
            // "- SOFABoot：https://..." a closing line
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    addQuestionLines(child, out);
                }
            }
        } else {
            String text = PlainText.of(node);
            if (!text.isBlank()) {
                out.add(TypedLine.of(LineKind.TEXT, text, List.of(), sourceLine));
            }
        }
    }

    private boolean opensOrClosesThreads(Node list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                List<TextLine> lines = context.lines(item);
                if (!lines.isEmpty() && (classifier.opensThread(lines.get(0).text())
                        || classifier.questionLine(lines.get(0), false, 0).kind() == LineKind.PROJECT_LINE)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A quote is the question, unless an asker line hides in it: a quote followed without a blank line by
     * "**4、@楼政浩** 提问：" swallows that line and the next quote by lazy continuation. Such a quote is cut at
     * the asker line. A quote of nothing but pictures is an image.
     */
    private void addQuote(BlockQuote quote, int sourceLine, List<TypedLine> out) {
        List<String> part = new ArrayList<>();
        boolean cut = false;
        for (TextLine line : context.lines(quote)) {
            Optional<String> asker = classifier.askerInQuote(line.text());
            if (asker.isPresent()) {
                out.add(quoteOf(part, sourceLine));
                part.clear();
                cut = true;
                out.add(TypedLine.labelled(LineKind.ASKER, asker.get(), "", List.of(), sourceLine));
            } else {
                part.add(line.text());
            }
        }
        if (!cut || !part.isEmpty()) {
            out.add(quoteOf(part, sourceLine));
        }
    }

    private static TypedLine quoteOf(List<String> lines, int sourceLine) {
        String text = String.join("\n", lines);
        return TypedLine.of(text.isBlank() ? LineKind.IMAGE : LineKind.QUOTE, text, List.of(), sourceLine);
    }

    /**
     * The run of link paragraphs that closes a Q&A or release section, pictures aside, each as a
     * {@link LineKind#LINK_ONLY} line with its links. A paragraph whose link is titled by its URL or not at all ends
     * the run: footers such as "「MOSN」：https://..." are not articles; nor are release notes.
     */
    List<TypedLine> closingLinks(Section section) {
        List<TypedLine> run = new ArrayList<>();
        List<Node> nodes = section.nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node node = nodes.get(i);
            if (NodeShapes.isImageOnly(node)) {
                continue;
            }
            if (!(node instanceof Paragraph) || !SectionContent.isLinkItem(node)) {
                break;
            }
            List<LinkRef> links = LinkRef.in(node);
            if (links.stream().anyMatch(link -> link.text().isEmpty() || BareUrls.isUrlText(link.text())
                    || link.pointsAtReleaseNotes())) {
                break;
            }
            run.add(0, TypedLine.of(LineKind.LINK_ONLY, PlainText.collapsed(node), links, context.lineOf(node)));
        }
        return run;
    }

    // ---- releases

    /**
     * A release section: the heading's announcement if it makes one, then paragraph and heading lines typed one by
     * one, each list item as one line (its own lines joined, before a notes line in it), nested items after it.
     */
    List<TypedLine> releases(Section section) {
        List<TypedLine> lines = new ArrayList<>();
        if (section.heading() != null) {
            classifier.releaseHeading(section.title(), context.lineOf(section.heading())).ifPresent(lines::add);
        }
        for (Node node : section.nodes()) {
            if (node instanceof BulletList || node instanceof OrderedList) {
                addReleaseItems(node, lines);
            } else if (node instanceof Paragraph || node instanceof Heading) {
                List<TextLine> textLines = context.lines(node);
                boolean heading = node instanceof Heading;
                boolean subHeadingShape = heading || NodeShapes.isBoldOnly(node) && textLines.size() == 1
                        && Texts.endsWithColon(textLines.get(0).text());
                int sourceLine = context.lineOf(node);
                for (TextLine line : textLines) {
                    lines.add(classifier.releaseLine(line, heading, subHeadingShape, sourceLine));
                }
            }
        }
        return lines;
    }

    private void addReleaseItems(Node list, List<TypedLine> out) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            List<String> own = new ArrayList<>();
            List<Node> nested = new ArrayList<>();
            boolean notes = false;
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof BulletList || child instanceof OrderedList) {
                    nested.add(child);
                    continue;
                }
                for (TextLine line : context.lines(child)) {
                    // "修复 xx<br />详细参考：<br />[url]": the change, then the notes link in the same item
                    notes = notes || classifier.isNotesLine(line.text());
                    if (!notes) {
                        own.add(line.text());
                    }
                }
            }
            int sourceLine = context.lineOf(item);
            if (notes) {
                out.add(classifier.notesInItem(LinkRef.in(item), sourceLine));
            }
            out.add(classifier.releaseItem(own, !nested.isEmpty(), sourceLine));
            nested.forEach(list1 -> addReleaseItems(list1, out));
        }
    }

    // ---- events

    /**
     * An event section: sub-headings (headings, and short bold lines that are not fields), pictures, and the lines
     * of every other block (of a list, the lines of its items' paragraphs).
     */
    List<TypedLine> events(Section section) {
        List<TypedLine> lines = new ArrayList<>();
        for (Node node : section.nodes()) {
            int sourceLine = context.lineOf(node);
            if (node instanceof Heading) {
                lines.add(TypedLine.of(LineKind.SUB_HEADING, Texts.stripTrailingColons(PlainText.collapsed(node)),
                        List.of(), sourceLine));
                continue;
            }
            if (NodeShapes.isBoldOnly(node)) {
                String text = Texts.stripTrailingColons(PlainText.collapsed(node));
                if (classifier.isEventSubHeading(text)) {
                    lines.add(TypedLine.of(LineKind.SUB_HEADING, text, List.of(), sourceLine));
                    continue;
                }
            }
            if (NodeShapes.isImageOnly(node)) {
                lines.add(TypedLine.of(LineKind.IMAGE, "", List.of(), sourceLine));
                continue;
            }
            if (node instanceof TableBlock table) {
                addScheduleRows(table, lines);
                continue;
            }
            for (TextLine line : blockLines(node)) {
                lines.add(classifier.eventLine(line, sourceLine));
            }
        }
        return lines;
    }

    /**
     * A table in an event section is a schedule: each row of its body is a row marker, then one field per cell
     * keyed by its column's header ("时间：5/6", "分享主题：..."), typed as any "key：value" line is.
     */
    private void addScheduleRows(TableBlock table, List<TypedLine> lines) {
        List<String> headers = new ArrayList<>();
        for (Node row : Tree.descendants(table)) {
            if (!(row instanceof TableRow)) {
                continue;
            }
            List<TableCell> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell instanceof TableCell tableCell) {
                    cells.add(tableCell);
                }
            }
            if (row.getParent() instanceof TableHead) {
                cells.forEach(cell -> headers.add(Texts.stripTrailingColons(PlainText.collapsed(cell))));
                continue;
            }
            int sourceLine = context.lineOf(row);
            lines.add(TypedLine.of(LineKind.ROW, "", List.of(), sourceLine));
            for (int i = 0; i < cells.size(); i++) {
                String value = PlainText.collapsed(cells.get(i));
                String header = i < headers.size() ? headers.get(i) : "";
                String text = header.isEmpty() ? value : header + "：" + value;
                lines.add(classifier.eventLine(new TextLine(text, LinkRef.in(cells.get(i)), cells.get(i)), sourceLine));
            }
        }
    }

    /** The lines of a block; of a list, those of the paragraphs of its items, nested ones included. */
    private List<TextLine> blockLines(Node node) {
        if (!(node instanceof BulletList || node instanceof OrderedList)) {
            return context.lines(node);
        }
        List<TextLine> lines = new ArrayList<>();
        for (Node item : Tree.descendants(node)) {
            if (item instanceof Paragraph && item.getParent() instanceof ListItem) {
                lines.addAll(context.lines(item));
            }
        }
        return lines;
    }

    // ---- readings

    /**
     * A reading section, a block at a time: each list item and each paragraph is one line holding all its links
     * (a title line and the picture linking to the article are often one paragraph); a paragraph of boilerplate
     * without links is {@link LineKind#BOILERPLATE}; other blocks are skipped.
     */
    List<TypedLine> readings(Section section) {
        List<TypedLine> lines = new ArrayList<>();
        for (Node node : section.nodes()) {
            int sourceLine = context.lineOf(node);
            if (node instanceof BulletList || node instanceof OrderedList) {
                for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        lines.add(TypedLine.of(LineKind.ITEM, PlainText.collapsed(item), LinkRef.in(item), sourceLine));
                    }
                }
            } else if (node instanceof TableBlock) {
                // a table of articles reads as a list: a row is an item
                for (Node row : Tree.descendants(node)) {
                    if (row instanceof TableRow && !(row.getParent() instanceof TableHead)) {
                        lines.add(TypedLine.of(LineKind.ITEM, PlainText.collapsed(row), LinkRef.in(row),
                                context.lineOf(row)));
                    }
                }
            } else if (node instanceof Paragraph) {
                List<LinkRef> links = LinkRef.in(node);
                boolean boilerplate = links.isEmpty() && Boilerplate.isBoilerplate(PlainText.of(node), context.profile());
                lines.add(TypedLine.of(boilerplate ? LineKind.BOILERPLATE : LineKind.TEXT, PlainText.collapsed(node),
                        links, sourceLine));
            }
        }
        return lines;
    }

    // ---- contributors and newbie tasks

    /** A contributor section: bold lines head a project's contributors; every other paragraph line is typed. */
    List<TypedLine> contributors(Section section) {
        List<TypedLine> lines = new ArrayList<>();
        for (Node node : section.nodes()) {
            int sourceLine = context.lineOf(node);
            if (NodeShapes.isBoldOnly(node)) {
                lines.add(TypedLine.of(LineKind.SUB_HEADING, PlainText.collapsed(node), List.of(), sourceLine));
                continue;
            }
            for (Node descendant : Tree.descendants(node)) {
                if (descendant instanceof Paragraph paragraph && paragraph.getParent() instanceof ListItem) {
                    context.lines(paragraph).forEach(line -> lines.add(classifier.contributorLine(line, sourceLine)));
                }
            }
            if (node instanceof Paragraph) {
                context.lines(node).forEach(line -> lines.add(classifier.contributorLine(line, sourceLine)));
            }
        }
        return lines;
    }

    /**
     * A newbie-task section: a paragraph naming a project alone heads its tasks; a block that is essentially one
     * link is {@link LineKind#LINK_ONLY}; the lines of other blocks are tasks or text.
     */
    List<TypedLine> newbieTasks(Section section) {
        List<TypedLine> lines = new ArrayList<>();
        for (Node node : section.nodes()) {
            int sourceLine = context.lineOf(node);
            List<TextLine> textLines = context.lines(node);
            if (node instanceof Paragraph && textLines.size() == 1 && classifier.isProjectName(textLines.get(0).text())) {
                lines.add(TypedLine.of(LineKind.SUB_HEADING, Texts.stripTrailingColons(textLines.get(0).text()),
                        List.of(), sourceLine));
                continue;
            }
            List<LinkRef> links = LinkRef.in(node);
            if (TextLine.firstWebLink(links) != null && SectionContent.isLinkItem(node)) {
                lines.add(TypedLine.of(LineKind.LINK_ONLY, PlainText.collapsed(node), links, sourceLine));
                continue;
            }
            textLines.forEach(line -> lines.add(classifier.newbieTaskLine(line, sourceLine)));
        }
        return lines;
    }
}
