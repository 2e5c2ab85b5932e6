package com.weeklygraphql.content.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.model.Heading;
import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.project.ProjectCatalogue;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HeadingAnchorsTests {

    private static final Pattern HEADING_ID = Pattern.compile("<h([1-6]) id=\"([^\"]*)\">");

    @Test
    void anchorsAreHugosKeepingHanCharactersAndNumberingRepeats() {
        assertThat(HeadingAnchors.anchorize("SOFA 项目进展")).isEqualTo("sofa-项目进展");
        assertThat(HeadingAnchors.anchorize("Hello, World! v1.2")).isEqualTo("hello-world-v12");
        assertThat(HeadingAnchors.anchorize("SOFAStack&MOSN:新手任务计划")).isEqualTo("sofastackmosn新手任务计划");
        assertThat(HeadingAnchors.anchorize("？！")).isEqualTo("heading");

        List<Heading> headings = HeadingAnchors.list(Markdown.parse(
                "## 本周推荐阅读\n\n### A\n\n## 本周推荐阅读\n\n### \n\n## 本周推荐阅读\n"));
        assertThat(headings).extracting(Heading::anchor)
                .containsExactly("本周推荐阅读", "a", "本周推荐阅读-1", "本周推荐阅读-2");
        assertThat(headings).extracting(Heading::level).containsExactly(2, 3, 2, 2);
    }

    @Test
    void everySampleIssueListsTheHeadingsItsHtmlCarries() {
        IssueParser parser = new IssueParser(ProjectCatalogue.defaults());
        int issuesWithHeadings = 0;
        for (Map.Entry<String, byte[]> file : SampleContent.files().entrySet()) {
            ParsedFile parsed = parser.parse(file.getKey(), file.getValue());
            if (!parsed.isIssue()) {
                continue;
            }
            Matcher ids = HEADING_ID.matcher(MarkdownBody.html(MarkdownBody.of(file.getValue())));
            List<String> rendered = new java.util.ArrayList<>();
            while (ids.find()) {
                rendered.add(ids.group(1) + "#" + ids.group(2));
            }
            List<String> listed = parsed.issue().headings().stream().map(h -> h.level() + "#" + h.anchor()).toList();
            // every listed heading is rendered with its anchor, in the same order; only empty headings are not listed
            assertThat(rendered).as(file.getKey()).containsSubsequence(listed);
            assertThat(rendered.stream().filter(id -> !listed.contains(id)).toList()).as(file.getKey())
                    .allSatisfy(id -> assertThat(id).matches("\\d#heading(-\\d+)?"));
            assertThat(rendered).as(file.getKey()).doesNotHaveDuplicates();
            issuesWithHeadings += listed.isEmpty() ? 0 : 1;
        }
        assertThat(issuesWithHeadings).isGreaterThan(100);
    }
}
