package com.weeklygraphql.content.parse;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import com.weeklygraphql.content.model.ContentProblem;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the extractors of one document share: where the document is, its date, the catalogue, the
 * problems found so far and the counters behind stable entity ids. One per document, never shared.
 */
final class ExtractionContext {

    private final String path;
    private final String slug;
    private final LocalDate issueDate;
    private final ProjectCatalogue catalogue;
    private final NewsletterProfile profile;
    private final int bodyFirstLine;
    private final List<ContentProblem> problems;
    private final Map<String, Integer> counters = new HashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final TextLine.Reader lines = new TextLine.Reader();
    private final LineClassifier classifier;

    ExtractionContext(String path, String slug, LocalDate issueDate, ProjectCatalogue catalogue,
            NewsletterProfile profile, int bodyFirstLine, List<ContentProblem> problems) {
        this.path = path;
        this.slug = slug;
        this.issueDate = issueDate;
        this.catalogue = catalogue;
        this.profile = profile;
        this.bodyFirstLine = bodyFirstLine;
        this.problems = problems;
        this.classifier = new LineClassifier(profile, catalogue);
    }

    String slug() {
        return slug;
    }

    LocalDate issueDate() {
        return issueDate;
    }

    ProjectCatalogue catalogue() {
        return catalogue;
    }

    NewsletterProfile profile() {
        return profile;
    }

    LineClassifier classifier() {
        return classifier;
    }

    /** The node's lines with their links, read once per document. */
    List<TextLine> lines(Node node) {
        return lines.of(node);
    }

    /** The 1-based line of the file where the node starts (the body starts at {@code bodyFirstLine}). */
    int lineOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            List<SourceSpan> spans = at.getSourceSpans();
            if (!spans.isEmpty()) {
                return bodyFirstLine + spans.get(0).getLineIndex();
            }
        }
        return bodyFirstLine;
    }

    void problem(Node node, String message) {
        problem(node == null ? 0 : lineOf(node), message);
    }

    /** A problem at a 1-based line of the file (0: the whole file). */
    void problem(int line, String message) {
        problems.add(new ContentProblem(path, line, message));
    }

    /**
     * Notes that the issue is about a project, at the line where an entity names it; {@link #NO_LINE} for an entity
     * of no line (a release the title announces), which comes after the others.
     */
    void mention(String project, int line) {
        if (project != null && !project.isBlank()) {
            mentions.add(new Mention(line, project));
        }
    }

    static final int NO_LINE = Integer.MAX_VALUE;

    /** Projects mentioned by entities, in document order, without duplicates. */
    List<String> mentionedProjects() {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::line));
        Set<String> names = new LinkedHashSet<>();
        sorted.forEach(mention -> names.add(mention.project()));
        return List.copyOf(names);
    }

    private record Mention(int line, String project) {
    }

    /** {@code <slug>/<kind>/<n>}, numbered from 1 in document order per kind. */
    String nextId(String kind) {
        int n = counters.merge(kind, 1, Integer::sum);
        return slug + "/" + kind + "/" + n;
    }
}
