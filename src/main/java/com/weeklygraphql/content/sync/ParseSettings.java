package com.weeklygraphql.content.sync;

import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.parse.IssueParser;
import com.weeklygraphql.content.parse.NewsletterProfile;
import com.weeklygraphql.content.project.ProjectCatalogue;
import com.weeklygraphql.content.search.SearchFields;
import java.util.List;

/**
 * What a commit is parsed with besides its files: the project catalogue and the newsletter profile, each from the
 * content repository or else the configured or built-in one, and what names them exactly (a blob id, or a hash of a
 * file's bytes). A different id means different parses: it is part of the index's fingerprint.
 *
 * @param problems what was wrong with a catalogue or profile in the repository that could not be used
 * @param text search and the text filter as this catalogue spells projects (aliases expand both ways)
 */
public record ParseSettings(ProjectCatalogue catalogue, String catalogueId, NewsletterProfile profile, String profileId,
        List<ContentProblem> problems, SearchFields text) {

    public ParseSettings {
        problems = List.copyOf(problems);
    }

    public static ParseSettings of(ProjectCatalogue catalogue, String catalogueId, NewsletterProfile profile,
            String profileId) {
        return new ParseSettings(catalogue, catalogueId, profile, profileId, List.of(), new SearchFields(catalogue));
    }

    /** Names both exactly: the settings part of the index's fingerprint. */
    public String id() {
        return catalogueId + "|" + profileId;
    }

    /** A parser of these settings. */
    public IssueParser parser() {
        return new IssueParser(catalogue, profile);
    }

    ParseSettings withCatalogue(ProjectCatalogue other, String otherId, List<ContentProblem> why) {
        return new ParseSettings(other, otherId, profile, profileId, concat(problems, why),
                other == catalogue ? text : new SearchFields(other));
    }

    ParseSettings withProfile(NewsletterProfile other, String otherId, List<ContentProblem> why) {
        return new ParseSettings(catalogue, catalogueId, other, otherId, concat(problems, why), text);
    }

    private static List<ContentProblem> concat(List<ContentProblem> a, List<ContentProblem> b) {
        return b.isEmpty() ? a : java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
