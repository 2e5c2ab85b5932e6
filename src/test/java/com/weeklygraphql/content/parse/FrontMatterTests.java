package com.weeklygraphql.content.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class FrontMatterTests {

    private final IssueParser parser = new IssueParser(ProjectCatalogue.defaults());

    @Test
    void laterDuplicatedKeyWins() {
        Issue issue = issue("""
                title: "SOFA Weekly | first"
                date: 2019-08-09T16:00:00+08:00
                title: "SOFA Weekly | second"
                author: SOFA 团队
                author: 朵晓东
                """);
        assertThat(issue.title()).isEqualTo("SOFA Weekly | second");
        assertThat(issue.author()).isEqualTo("朵晓东");
    }

    @Test
    void categoriesAndTagsAreAStringOrAList() {
        Issue single = issue("title: SOFA Weekly | x\ncategories: SOFA Weekly\ntags: SOFA Weekly\ndate: 2020-01-03");
        assertThat(single.categories()).containsExactly("SOFA Weekly");
        assertThat(single.tags()).containsExactly("SOFA Weekly");
        Issue list = issue("""
                title: "x"
                categories:
                  - SOFA Weekly
                  - "SOFAStack"
                tags: ["SOFA Weekly", MOSN]
                date: 2020-01-03T15:00:00+08:00
                """);
        assertThat(list.categories()).containsExactly("SOFA Weekly", "SOFAStack");
        assertThat(list.tags()).containsExactly("SOFA Weekly", "MOSN");
    }

    @Test
    void unquotedValuesAreReadAsWritten() {
        Issue issue = issue("title: SOFA Weekly | 每周精选【8/5 - 8/9】\ndescription: 1.0\ncover: yes\ndate: 2019-08-09T16:00:00+08:00");
        assertThat(issue.title()).isEqualTo("SOFA Weekly | 每周精选【8/5 - 8/9】");
        assertThat(issue.description()).isEqualTo("1.0");
        assertThat(issue.cover()).isEqualTo("yes");
    }

    @Test
    void dateKeepsItsWrittenOffset() {
        assertThat(issue("title: SOFA Weekly\ndate: 2019-08-09T16:00:00+02:00").date())
                .isEqualTo(OffsetDateTime.parse("2019-08-09T16:00:00+02:00"));
        assertThat(issue("title: SOFA Weekly\ndate: 2019-08-09T16:00:00Z").date())
                .isEqualTo(OffsetDateTime.parse("2019-08-09T16:00:00Z"));
    }

    @Test
    void dateWithoutOffsetIsChinaTime() {
        assertThat(issue("title: SOFA Weekly\ndate: 2019-08-09T16:00:00").date())
                .isEqualTo(OffsetDateTime.parse("2019-08-09T16:00:00+08:00"));
        assertThat(issue("title: SOFA Weekly\ndate: 2019-08-09 16:00:00").date())
                .isEqualTo(OffsetDateTime.parse("2019-08-09T16:00:00+08:00"));
        assertThat(issue("title: SOFA Weekly\ndate: \"2019-08-09\"").date())
                .isEqualTo(OffsetDateTime.parse("2019-08-09T00:00:00+08:00"));
    }

    @Test
    void aStraySpaceBeforeTheTimeIsTolerated() {
        assertThat(issue("title: SOFA Weekly\ndate: 2022-04-29 T15:00:00+08:00").date())
                .isEqualTo(OffsetDateTime.parse("2022-04-29T15:00:00+08:00"));
    }

    @Test
    void brokenFrontMatterIsAProblemWithItsLine() {
        ParsedFile parsed = parse("---\ntitle: \"SOFA Weekly | x\ndate: [2019\n---\nbody\n");
        assertThat(parsed.isIssue()).isFalse();
        assertThat(parsed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("content/zh/blog/x/index.md");
            assertThat(problem.message()).contains("front matter");
            assertThat(problem.line()).isPositive();
        });
    }

    @Test
    void unclosedFrontMatterIsAProblem() {
        assertThat(parse("---\ntitle: SOFA Weekly\n\nbody\n").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("never closed"));
    }

    @Test
    void issueWithoutDateIsAProblem() {
        assertThat(parse("---\ntitle: SOFA Weekly | x\ndate: someday\n---\nbody\n").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("date"));
    }

    @Test
    void notUtf8IsAProblem() {
        byte[] gbk = "---\ntitle: SOFA Weekly\n---\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[gbk.length + 2];
        System.arraycopy(gbk, 0, bad, 0, gbk.length);
        bad[gbk.length] = (byte) 0xC4;
        bad[gbk.length + 1] = (byte) 0x28;
        assertThat(parser.parse("content/zh/blog/x/index.md", bad).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("UTF-8"));
    }

    @Test
    void nulBytesAreAProblem() {
        byte[] binary = "---\ntitle: SOFA Weekly\n---\n\0\0".getBytes(StandardCharsets.UTF_8);
        assertThat(parser.parse("content/zh/blog/x/index.md", binary).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("NUL"));
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder yaml = new StringBuilder("title: SOFA Weekly\ndate: 2020-01-01\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        ParsedFile parsed = parse("---\n" + yaml + "---\nbody\n");
        // refused by the alias limit while composing, before anything could expand
        assertThat(parsed.isIssue()).isFalse();
        assertThat(parsed.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("front matter").contains("aliases"));
    }

    @Test
    void deeplyNestedYamlIsRefused() {
        String yaml = "title: SOFA Weekly\ndate: 2020-01-01\nx: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        ParsedFile parsed = parse("---\n" + yaml + "---\nbody\n");
        assertThat(parsed.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("front matter"));
    }

    @Test
    void tomlFrontMatterIsReadAsHugoReadsIt() {
        ParsedFile parsed = parse("""
                +++
                title = "SOFA Weekly | TOML"
                date = 2023-09-29T15:00:00+08:00
                author = "SOFA 团队"
                categories = "SOFA Weekly"
                tags = ["SOFA Weekly", "MOSN"]
                cover = "https://example.org/cover.png"
                +++

                ## 本周推荐阅读

                - [文章](https://example.org/a)
                """);
        assertThat(parsed.problems()).isEmpty();
        Issue issue = parsed.issue();
        assertThat(issue.title()).isEqualTo("SOFA Weekly | TOML");
        assertThat(issue.date()).isEqualTo(OffsetDateTime.parse("2023-09-29T15:00:00+08:00"));
        assertThat(issue.author()).isEqualTo("SOFA 团队");
        assertThat(issue.categories()).containsExactly("SOFA Weekly");
        assertThat(issue.tags()).containsExactly("SOFA Weekly", "MOSN");
        assertThat(issue.readings()).singleElement().satisfies(r -> assertThat(r.url()).isEqualTo("https://example.org/a"));
        // a local date-time in TOML is the newsletter's time
        assertThat(parse("+++\ntitle = \"SOFA Weekly\"\ndate = 2023-09-29T15:00:00\n+++\nbody\n").issue().date())
                .isEqualTo(OffsetDateTime.parse("2023-09-29T15:00:00+08:00"));
    }

    @Test
    void jsonFrontMatterIsReadAsHugoReadsIt() {
        ParsedFile parsed = parse("""
                {
                  "title": "SOFA Weekly | JSON {braces} \\" quoted",
                  "date": "2020-01-03T15:00:00+08:00",
                  "categories": ["SOFA Weekly"],
                  "tags": ["SOFA Weekly"]
                }

                ## 本周推荐阅读

                - [文章](https://example.org/a)
                """);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.issue().title()).isEqualTo("SOFA Weekly | JSON {braces} \" quoted");
        assertThat(parsed.issue().date()).isEqualTo(OffsetDateTime.parse("2020-01-03T15:00:00+08:00"));
        assertThat(parsed.issue().readings()).hasSize(1);
    }

    @Test
    void aTabAfterAQuotedValueIsAccepted() {
        Issue issue = issue("title: \"SOFA Weekly | tab\"\t\ndate: 2019-08-09T16:00:00+08:00\t\ntags: [\"SOFA Weekly\"]\t");
        assertThat(issue.title()).isEqualTo("SOFA Weekly | tab");
        assertThat(issue.tags()).containsExactly("SOFA Weekly");
    }

    @Test
    void brokenTomlAndJsonAreProblemsWithTheirLine() {
        ParsedFile toml = parse("+++\ntitle = \"SOFA Weekly\"\ndate = = 2020\n+++\nbody\n");
        assertThat(toml.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("front matter is not valid TOML");
            assertThat(problem.line()).isEqualTo(3);
        });
        ParsedFile json = parse("{\n  \"title\": \"SOFA Weekly\",\n  \"date\": ,\n}\nbody\n");
        assertThat(json.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("front matter is not valid JSON");
            assertThat(problem.line()).isEqualTo(3);
        });
        assertThat(parse("+++\ntitle = \"SOFA Weekly\"\n\nbody\n").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("never closed"));
    }

    @Test
    void aShortcodeOpeningTheBodyIsNotJson() {
        ParsedFile parsed = parse("{{< figure src=\"x.png\" >}}\n\ntext\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.isIssue()).isFalse();
    }

    private Issue issue(String frontMatter) {
        ParsedFile parsed = parse("---\n" + frontMatter.strip() + "\n---\n\nSome text of the issue, long enough.\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.isIssue()).isTrue();
        return parsed.issue();
    }

    private ParsedFile parse(String file) {
        return parser.parse("content/zh/blog/x/index.md", file.getBytes(StandardCharsets.UTF_8));
    }
}
