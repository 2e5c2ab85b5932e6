package com.weeklygraphql.content.parse;

import com.weeklygraphql.content.model.Contributor;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts the people a contributor section thanks, when the names are text: "@handle 贡献了 ...", one per line or
 * list item, under an optional project sub-heading; a fold over {@link SectionLines#contributors} whose only state
 * is the project the last heading named. Most issues from 2021 on show the contributors only as an image; such a
 * section yields nothing, and that is not a problem.
 */
final class ContributorExtractor {

    private ContributorExtractor() {
    }

    static List<Contributor> extract(Section section, List<TypedLine> lines, ExtractionContext context) {
        List<Contributor> contributors = new ArrayList<>();
        String project = first(context.catalogue().mentionsIn(section.title()));
        for (TypedLine line : lines) {
            switch (line.kind()) {
                case SUB_HEADING -> {
                    String named = first(context.catalogue().mentionsIn(line.text()));
                    project = named != null ? named : project;
                }
                case CONTRIBUTION -> {
                    String rest = line.label();
                    String about = first(context.catalogue().mentionsIn(rest));
                    contributors.add(new Contributor(line.text(), rest.isEmpty() ? null : rest,
                            about != null ? about : project, context.slug()));
                }
                default -> {
                    // thanks in prose, pictures
                }
            }
        }
        return contributors;
    }

    private static String first(List<String> names) {
        return names.isEmpty() ? null : names.get(0);
    }
}
