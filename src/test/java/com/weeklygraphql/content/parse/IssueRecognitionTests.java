package com.weeklygraphql.content.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IssueRecognitionTests {

    private final IssueParser parser = new IssueParser(ProjectCatalogue.defaults());

    @Test
    void recognisesEverySampleIssueAndNoOrdinaryPost() {
        List<String> issues = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : SampleContent.files().entrySet()) {
            ParsedFile parsed = parser.parse(file.getKey(), file.getValue());
            assertThat(parsed.problems()).filteredOn(p -> p.line() == 0).as(file.getKey()).isEmpty();
            (parsed.isIssue() ? issues : others).add(file.getKey());
        }
        assertThat(issues).hasSize(114);
        assertThat(others).hasSize(12)
                .anyMatch(path -> path.contains("sofa-star-is-recruiting"))
                .anyMatch(path -> path.contains("sofa-meetup-3-cloud-original-retrospect"))
                .noneMatch(path -> path.contains("sofa-weekly"));
    }

    @Test
    void recognisesTitleWithLeadingSpaceAndUppercaseCategory() {
        assertThat(issue("title: \" SOFA WEEKLY | x\"\ncategories: \"SOFAStack\"")).isTrue();
        assertThat(issue("title: \"Special Weekly | x\"\ncategories: \"SOFAWeekly\"")).isTrue();
        assertThat(issue("title: \"Special Weekly | x\"\ncategories: [\"a\", \"sofa weekly\"]")).isTrue();
        assertThat(issue("title: \"Weekly news\"\ncategories: \"SOFAStack\"")).isFalse();
    }

    @Test
    void slugIsTheBundleFolderOrTheFileName() {
        assertThat(IssueParser.slugOf("content/zh/blog/sofa-weekly-20190809/index.md")).isEqualTo("sofa-weekly-20190809");
        assertThat(IssueParser.slugOf("content/zh/blog/sofa-weekly/20220923/index.md")).isEqualTo("20220923");
        assertThat(IssueParser.slugOf("content/zh/blog/sofa-weekly-flat.md")).isEqualTo("sofa-weekly-flat");
    }

    @Test
    void nonMarkdownAndFilesWithoutFrontMatterAreNotIssues() {
        assertThat(parser.parse("static/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0}).isIssue()).isFalse();
        assertThat(parser.parse("static/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0}).problems()).isEmpty();
        assertThat(parser.parse("README.md", "# SOFA Weekly\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ParsedFile.notAnIssue());
    }

    private boolean issue(String frontMatter) {
        String file = "---\n" + frontMatter + "\ndate: 2021-01-01T15:00:00+08:00\n---\n\nbody\n";
        return parser.parse("content/zh/blog/x/index.md", file.getBytes(StandardCharsets.UTF_8)).isIssue();
    }
}
