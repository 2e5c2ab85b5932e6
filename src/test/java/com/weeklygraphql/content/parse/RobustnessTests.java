package com.weeklygraphql.content.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile and broken input: parse() must answer, never throw, and never take long. */
class RobustnessTests {

    private static final String FRONT = "---\ntitle: SOFA Weekly | x\ndate: 2020-01-03T15:00:00+08:00\n---\n";

    private final IssueParser parser = new IssueParser(ProjectCatalogue.defaults());

    /** The timeout only guards against a hang (a quadratic path); it is not a performance target. */
    @Test
    @Timeout(120)
    void deeplyNestedMarkdownIsRefusedWithAProblem() {
        StringBuilder indented = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            indented.append("  ".repeat(i)).append("- x\n");
        }
        String nestedByIndent = indented.toString();
        for (String body : List.of(">".repeat(200_000) + " x\n", "- ".repeat(50_000) + "x\n",
                "*".repeat(100_000) + "x" + "*".repeat(100_000), "1. ".repeat(30_000) + "@x 提问：\n",
                nestedByIndent)) {
            ParsedFile parsed = parse(FRONT + body);
            assertThat(parsed.isIssue()).isFalse();
            assertThat(parsed.problems()).singleElement()
                    .satisfies(problem -> assertThat(problem.message()).contains("markdown"))
                    .satisfies(problem -> assertThat(problem.line()).isEqualTo(5 + (body.equals(nestedByIndent) ? 32 : 0)));
        }
        assertThat(parse(FRONT + "[".repeat(100_000) + "x" + "](y)".repeat(1000)).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("too many links"));
        assertThat(parse(FRONT + "[".repeat(100_000) + "x" + "](y)").isIssue()).isTrue();
    }

    /** Many entities in one section: every extractor must stay linear. */
    @Test
    @Timeout(120)
    void manyEntitiesInOneSectionAreReadInLinearTime() {
        String releases = "### SOFA 项目进展\n\n" + buildLines("发布 SOFARPC 5.%d.0 版本\n\n- 修复\n\n详细参考："
                + "[https://github.com/sofastack/sofa-rpc/releases/tag/v5.%d.0](https://github.com/sofastack/sofa-rpc)\n", 5_000);
        assertThat(parse(FRONT + releases).issue().releases().size()).isEqualTo(5_000);
        String threads = "### 每周读者问答提炼\n\n" + buildLines("@甲%d 提问：\n\n> 问题\n\nA：回答\n", 5_000);
        assertThat(parse(FRONT + threads).issue().questions().size()).isEqualTo(5_000);
        String footers = "### 每周读者问答提炼\n\n@甲 提问：\n\n> 问题\n\nA：回答\n\n"
                + buildLines("MOSN：[https://github.com/mosn/mosn/%d](https://github.com/mosn/mosn/%d)\n", 5_000);
        assertThat(parse(FRONT + footers).issue().questions().size()).isEqualTo(1);
        String mentions = "### 每周读者问答提炼\n\n@甲 提问：\n\n> " + "MOSN SOFARPC ".repeat(100_000) + "\n\nA：回答\n";
        assertThat(parse(FRONT + mentions).issue().questions()).singleElement()
                .satisfies(question -> assertThat(question.project()).isEqualTo("MOSN"));
        String events = "### 社区会议预告\n\n" + buildLines("主题：会议 %d\n\n时间：3 月 1 日 14:00\n\n报名：[这里](https://example.com/%d)\n", 5_000);
        assertThat(parse(FRONT + events).issue().events().size()).isEqualTo(5_000);
    }

    @Test
    void aParagraphFullOfLinksOrEntitiesIsRefusedBeforeFlexmarkSpendsMinutesOnIt() {
        for (String unit : List.of("[a](b)\n", "a&amp;b ", "<http://a.b> ")) {
            ParsedFile parsed = parse(FRONT + unit.repeat(20_000));
            assertThat(parsed.problems()).singleElement()
                    .satisfies(problem -> assertThat(problem.message()).contains("too many links"));
        }
    }

    private static String buildLines(String template, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(template.replace("%d", String.valueOf(i + 1))).append('\n');
        }
        return out.toString();
    }

    @Test
    void hostileFrontMatterIsAProblem() {
        String bomb = "title: SOFA Weekly\ndate: 2020-01-01\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n"
                + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c]\n"
                + "e: &e [*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f]\n"
                + "h: &h [*g,*g,*g,*g,*g,*g,*g,*g]\n";
        ParsedFile parsed = parse("---\n" + bomb + "---\nbody\n");
        assertThat(parsed.isIssue()).isFalse();
        assertThat(parsed.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("front matter"));
        // a global tag is refused by SnakeYAML's tag inspector; nothing is ever constructed from a tag
        assertThat(parse("---\ntitle: !!javax.script.ScriptEngineManager [x]\ndate: 2020-01-01\n---\n").problems())
                .singleElement().satisfies(problem -> assertThat(problem.message()).contains("front matter"));
        assertThat(parse("---\n" + "x".repeat(2_000_000) + ": y\n---\n").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("front matter"));
    }

    @Test
    void nullAndEmptyInputAreNotIssues() {
        assertThat(parser.parse(null, null).isIssue()).isFalse();
        assertThat(parser.parse("x.md", new byte[0]).isIssue()).isFalse();
        assertThat(parser.parse("x.md", "---\n---\n".getBytes(StandardCharsets.UTF_8)).isIssue()).isFalse();
    }

    private ParsedFile parse(String file) {
        return parser.parse("content/zh/blog/x/index.md", file.getBytes(StandardCharsets.UTF_8));
    }
}
