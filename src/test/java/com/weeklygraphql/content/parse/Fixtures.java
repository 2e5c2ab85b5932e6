package com.weeklygraphql.content.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.nio.charset.StandardCharsets;

/** Builds small issues around a markdown body, for tests that pin one format variant each. */
final class Fixtures {

    static final String PATH = "content/zh/blog/sofa-weekly-fixture/index.md";
    /** The front matter below takes 7 lines and a blank line follows: the body's first block is on line 9. */
    static final int FIRST_BLOCK_LINE = 9;

    private static final IssueParser PARSER = new IssueParser(ProjectCatalogue.defaults());

    private Fixtures() {
    }

    static ParsedFile parse(String body) {
        return parse(body, "2020-03-06T16:00:00+08:00");
    }

    static ParsedFile parse(String body, String date) {
        String file = """
                ---
                title: "SOFA Weekly | fixture"
                author: "SOFA 团队"
                categories: "SOFA Weekly"
                tags: ["SOFA Weekly"]
                date: %s
                ---

                """.formatted(date) + body;
        ParsedFile parsed = PARSER.parse(PATH, file.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.isIssue()).isTrue();
        return parsed;
    }
}
