package com.weeklygraphql.content.parse;

import com.vladsch.flexmark.util.ast.Document;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.util.List;

/** Splits an issue's body into sections and runs the extractor for each section's kind. */
final class IssueExtractor {

    private final ProjectCatalogue catalogue;

    IssueExtractor(ProjectCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    Extraction extract(ExtractionContext context, Document document, String title) {
        return new Extraction(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
