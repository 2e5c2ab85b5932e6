package com.weeklygraphql.content.sync;

import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.project.ProjectCatalogue;
import com.weeklygraphql.content.search.SearchFields;
import java.util.List;

/**
 * The catalogue a commit is parsed with, and what names it exactly: a catalogue in the content repository by its
 * blob id, the configured or built-in one by a hash of its bytes. A different id means different parses.
 *
 * @param problems what was wrong with a catalogue in the repository that could not be used
 * @param text search and the text filter as this catalogue spells projects (aliases expand both ways)
 */
public record CatalogueChoice(ProjectCatalogue catalogue, String id, List<ContentProblem> problems, SearchFields text) {

    public CatalogueChoice {
        problems = List.copyOf(problems);
    }

    public static CatalogueChoice of(ProjectCatalogue catalogue, String id, List<ContentProblem> problems) {
        return new CatalogueChoice(catalogue, id, problems, new SearchFields(catalogue));
    }

    /** The same catalogue under another id, with what was wrong with the one the id names. */
    CatalogueChoice standingInFor(String otherId, List<ContentProblem> why) {
        return new CatalogueChoice(catalogue, otherId, why, text);
    }
}
