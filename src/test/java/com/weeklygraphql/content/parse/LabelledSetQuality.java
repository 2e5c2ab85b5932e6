package com.weeklygraphql.content.parse;

import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The parser's figures on a set of issues kept outside the project: real issues it has not seen, each labelled by
 * reading in the format of {@code src/test/resources/labels/}. Prints every disagreement, then the figures.
 * Not a test: the set is not in the repository (docs/extraction.md, "On real issues outside the sample").
 *
 * <p>{@code java -cp ... com.weeklygraphql.content.parse.LabelledSetQuality ROOT [LABELS]}: ROOT holds the
 * markdown at each label's {@code path}; LABELS (default ROOT/labels) the {@code <slug>.yaml} files.
 */
public final class LabelledSetQuality {

    private LabelledSetQuality() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: LabelledSetQuality ROOT [LABELS]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        Path labels = args.length > 1 ? Path.of(args[1]) : root.resolve("labels");
        IssueParser parser = new IssueParser(ProjectCatalogue.defaults());
        List<ExtractionQuality.Pair> pairs = new ArrayList<>();
        for (Label label : Label.all(labels)) {
            ParsedFile parsed = parser.parse(label.path(), Files.readAllBytes(root.resolve(label.path())));
            if (!parsed.isIssue()) {
                System.out.println("[not an issue] " + label.path() + " " + parsed.problems());
                continue;
            }
            pairs.add(new ExtractionQuality.Pair(label, parsed.issue()));
        }
        System.out.println("== " + ExtractionQuality.of(pairs, System.out::println).summary());
    }
}
