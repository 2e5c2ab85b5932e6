package com.weeklygraphql.content.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderingTests {

    private final IssueParser parser = new IssueParser(ProjectCatalogue.defaults());

    @Test
    void rawHtmlIsEscapedNeverPassedThrough() {
        String markdown = MarkdownBody.of(SampleContent.bytesOf("sofa-weekly-20190823"));
        assertThat(markdown).contains("<SOFA:Channel/>").doesNotStartWith("---");
        assertThat(MarkdownBody.html(markdown)).contains("&lt;SOFA:Channel/&gt;").doesNotContain("<SOFA:Channel/>");
        String hostile = MarkdownBody.html("<script>alert(1)</script>\n\ntext <img src=x onerror=alert(1)> more\n");
        assertThat(hostile).doesNotContain("<script").doesNotContain("<img src=x")
                .contains("&lt;script&gt;");
        String links = MarkdownBody.html("<javascript:alert(1)> and [click](javascript:alert(2)) and [ok](/blog/x/)\n");
        assertThat(links).doesNotContain("href=\"javascript").contains("&lt;javascript:alert(1)&gt;")
                .contains("click").contains("<a href=\"/blog/x/\">ok</a>");
    }

    @Test
    void rendersTablesStrikethroughAndAutolinks() {
        String html = MarkdownBody.html("| a | b |\n| --- | --- |\n| 1 | 2 |\n\n~~old~~ see https://www.sofastack.tech\n");
        assertThat(html).contains("<table>").contains("<del>old</del>")
                .contains("<a href=\"https://www.sofastack.tech\">");
    }

    @Test
    void excerptIsTheFirstRealParagraphNotTheBoilerplate() {
        for (Map.Entry<String, byte[]> file : SampleContent.files().entrySet()) {
            ParsedFile parsed = parser.parse(file.getKey(), file.getValue());
            if (!parsed.isIssue()) {
                continue;
            }
            String excerpt = parsed.issue().excerpt();
            assertThat(excerpt).as(file.getKey())
                    .isNotBlank()
                    .doesNotContain("Scalable Open Financial Architecture")
                    .doesNotContain("筛选每周精华问答")
                    .doesNotContain("SOFAStack 官网")
                    .doesNotContain("**")
                    .doesNotContain("\n");
            assertThat(excerpt.codePointCount(0, excerpt.length())).as(file.getKey()).isLessThanOrEqualTo(160);
        }
        assertThat(parse("sofa-weekly-20200306").excerpt()).startsWith("请问下 SOFAJRaft 能否")
                .isNotEqualTo(parse("sofa-weekly-20190809").excerpt());
    }

    @Test
    void longExcerptIsCutWithAnEllipsis() {
        Issue issue = issue("这是一段很长的正文。".repeat(40) + "\n");
        assertThat(issue.excerpt()).endsWith("…").hasSizeLessThanOrEqualTo(160);
    }

    @Test
    void readingMinutesCountsChineseCharactersAndEnglishWords() {
        assertThat(issue("短文。\n").readingMinutes()).isEqualTo(1);
        assertThat(issue("字".repeat(1200) + "\n").readingMinutes()).isEqualTo(3);
        assertThat(issue("word ".repeat(400) + "\n").readingMinutes()).isEqualTo(2);
        assertThat(issue("字".repeat(400) + "\n\n" + "word ".repeat(200) + "\n").readingMinutes()).isEqualTo(2);
    }

    private Issue parse(String slug) {
        return parser.parse(SampleContent.pathOf(slug), SampleContent.bytesOf(slug)).issue();
    }

    private Issue issue(String body) {
        String file = "---\ntitle: SOFA Weekly | test\ndate: 2021-01-01T15:00:00+08:00\n---\n\n" + body;
        ParsedFile parsed = parser.parse("content/zh/blog/test/index.md", file.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.isIssue()).isTrue();
        return parsed.issue();
    }
}
