package com.weeklygraphql.content.parse;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.weeklygraphql.content.model.Contributor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts the people a contributor section thanks, when the names are text: "@handle 贡献了 ...",
 * one per line or list item, under an optional project sub-heading. Most issues from 2021 on show the
 * contributors only as an image; such a section yields nothing, and that is not a problem.
 */
final class ContributorExtractor {

    private static final Pattern HANDLE_LINE = Pattern.compile("^(?:[-•·]\\s*)?@\\s*(?<name>[\\w\\-.]+)\\s*[：:，,]?\\s*(?<rest>.*)$");

    private ContributorExtractor() {
    }

    static List<Contributor> extract(Section section, ExtractionContext context) {
        List<Contributor> contributors = new ArrayList<>();
        String project = first(context.catalogue().mentionsIn(section.title()));
        for (Node node : section.nodes()) {
            if (NodeShapes.isBoldOnly(node)) {
                String named = first(context.catalogue().mentionsIn(PlainText.collapsed(node)));
                project = named != null ? named : project;
                continue;
            }
            for (Node descendant : node.getDescendants()) {
                if (descendant instanceof Paragraph paragraph && paragraph.getParent() instanceof ListItem) {
                    addLines(paragraph, project, context, contributors);
                }
            }
            if (node instanceof Paragraph paragraph) {
                addLines(paragraph, project, context, contributors);
            }
        }
        return contributors;
    }

    private static void addLines(Paragraph paragraph, String project, ExtractionContext context,
            List<Contributor> contributors) {
        for (String line : Lines.of(paragraph)) {
            Matcher m = HANDLE_LINE.matcher(line);
            if (m.matches()) {
                String rest = m.group("rest").strip();
                String about = first(context.catalogue().mentionsIn(rest));
                contributors.add(new Contributor(m.group("name"), rest.isEmpty() ? null : rest,
                        about != null ? about : project, context.slug()));
            }
        }
    }

    private static String first(List<String> names) {
        return names.isEmpty() ? null : names.get(0);
    }
}
