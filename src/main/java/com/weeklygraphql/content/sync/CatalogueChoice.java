package com.weeklygraphql.content.sync;

import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.util.List;

/**
 * The catalogue a commit is parsed with, and what names it exactly: a catalogue in the content repository by its
 * blob id, the configured or built-in one by a hash of its bytes. A different id means different parses.
 *
 * @param problems what was wrong with a catalogue in the repository that could not be used
 */
public record CatalogueChoice(ProjectCatalogue catalogue, String id, List<ContentProblem> problems) {

    public CatalogueChoice {
        problems = List.copyOf(problems);
    }
}
