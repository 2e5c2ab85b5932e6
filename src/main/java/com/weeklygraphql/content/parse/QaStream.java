package com.weeklygraphql.content.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.weeklygraphql.content.parse.QaElement.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the nodes of a Q&A section into a flat stream of {@link QaElement}s. */
final class QaStream {

    private final ExtractionContext context;
    private final NewsletterProfile profile;
    private final QuestionLines grammar;

    private QaStream(ExtractionContext context) {
        this.context = context;
        this.profile = context.profile();
        this.grammar = profile.questionLines();
    }

    static List<QaElement> of(List<Node> nodes, ExtractionContext context) {
        QaStream stream = new QaStream(context);
        List<QaElement> elements = new ArrayList<>();
        for (Node node : nodes) {
            stream.add(node, elements);
        }
        return elements;
    }

    private void add(Node node, List<QaElement> out) {
        if (node instanceof HtmlBlock || NodeShapes.isImageOnly(node)) {
            return;
        }
        if (node instanceof BlockQuote quote) {
            addQuote(quote, out);
        } else if (node instanceof Paragraph || node instanceof Heading) {
            addLines(node, out);
        } else if ((node instanceof OrderedList || node instanceof BulletList) && opensThreads(node)) {
            // "1. @LY1806620741 #1061" is a markdown list item: its content is the thread opener
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    add(child, out);
                }
            }
        } else {
            String text = PlainText.of(node);
            if (!text.isBlank()) {
                out.add(new QaElement(Type.TEXT, text, null, node));
            }
        }
    }

    private boolean opensThreads(Node list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                List<String> lines = Lines.of(item);
                if (!lines.isEmpty() && grammar.isThreadOpener(lines.get(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A quote is the question, unless an asker line hides in it: a quote followed without a blank line by
     * "**4、@楼政浩** 提问：" swallows that line and the next quote by lazy continuation. Such a quote is
     * cut at the asker line.
     */
    private void addQuote(BlockQuote quote, List<QaElement> out) {
        List<String> part = new ArrayList<>();
        boolean any = false;
        for (String line : Lines.of(quote)) {
            Optional<QuestionLines.Asker> asker = grammar.asker(line);
            if (asker.isPresent() && asker.get().rest().isEmpty()) {
                out.add(quoteOf(part, quote));
                part.clear();
                any = true;
                out.add(new QaElement(Type.ASKER, asker.get().name(), null, quote));
            } else {
                part.add(line);
            }
        }
        if (!any || !part.isEmpty()) {
            out.add(quoteOf(part, quote));
        }
    }

    private static QaElement quoteOf(List<String> lines, BlockQuote quote) {
        String text = String.join("\n", lines);
        return new QaElement(text.isBlank() ? Type.IMAGE_QUOTE : Type.QUOTE, text, null, quote);
    }

    private void addLines(Node node, List<QaElement> out) {
        List<TextLine> lines = context.lines(node);
        boolean boldOnly = lines.size() == 1 && NodeShapes.isBoldOnly(node);
        for (TextLine line : lines) {
            if (!Boilerplate.isQaInvitation(line.text(), profile)) {
                out.add(classify(line.text(), node, boldOnly, line.links()));
            }
        }
    }

    private QaElement classify(String line, Node node, boolean boldOnly, List<LinkRef> links) {
        Optional<String> answer = grammar.answer(line);
        if (answer.isPresent()) {
            return new QaElement(Type.ANSWER, answer.get(), null, node);
        }
        Optional<QuestionLines.Pick> pick = grammar.pick(line);
        if (pick.isPresent()) {
            return new QaElement(Type.PICK, pick.get().name(), pick.get().number(), node);
        }
        Optional<QuestionLines.Asker> asker = grammar.asker(line);
        if (asker.isPresent()) {
            return new QaElement(Type.ASKER, asker.get().name(), asker.get().rest(), node);
        }
        Optional<String> handle = QuestionLines.handle(line);
        if (handle.isPresent()) {
            return new QaElement(Type.HANDLE, handle.get(), null, node);
        }
        Optional<QuestionLines.ProjectLine> projectLine = QuestionLines.projectLine(line);
        if (projectLine.isPresent()) {
            String url = urlOf(projectLine.get().rest(), links);
            if (url != null) {
                return new QaElement(Type.PROJECT_LINE, projectLine.get().name(), url, node);
            }
        }
        if (boldOnly && QuestionLines.topic(line).isPresent()) {
            return new QaElement(Type.TOPIC, QuestionLines.topic(line).get(), null, node);
        }
        return new QaElement(Type.TEXT, line, null, node);
    }

    /** The URL a project line points to: the text after the colon, or the link written there. */
    private static String urlOf(String rest, List<LinkRef> links) {
        if (rest.startsWith("http://") || rest.startsWith("https://")) {
            for (LinkRef link : links) {
                if (link.text().equals(rest)) {
                    return link.url();
                }
            }
            return rest.split("\\s")[0];
        }
        for (LinkRef link : links) {
            if (!rest.isEmpty() && link.text().equals(rest)) {
                return link.url();
            }
        }
        return null;
    }
}
