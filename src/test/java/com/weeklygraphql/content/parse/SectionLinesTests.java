package com.weeklygraphql.content.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.weeklygraphql.content.project.ProjectCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A section is read once into typed lines, each line's kind decided from its shape and the profile's words. */
class SectionLinesTests {

    @Test
    void aQaSectionReadsIntoAskersQuotesAnswersAndClosingLines() {
        List<TypedLine> lines = linesOf("""
                ### 每周读者问答提炼

                欢迎大家向公众号留言提问或在群里与我们互动

                **1、@水木今山** 提问：

                > 请问日志复制到大多数后就能响应客户端吗？

                ![](https://example.com/screenshot.png)

                > ![](https://example.com/screenshot.png)

                A：可以，在状态机里处理。

                相关阅读：[SOFAJRaft 线性一致读实现剖析](https://www.sofastack.tech/blog/sofa-jraft-linear-consistent-read/)

                SOFAJRaft：[https://github.com/sofastack/sofa-jraft](https://github.com/sofastack/sofa-jraft)

                **2.@MOSN #2347**

                @huayangchan
                """, SectionKind.QUESTIONS, NewsletterProfile.defaults());
        assertThat(lines).extracting(TypedLine::kind, TypedLine::text, TypedLine::label).containsExactly(
                tuple(LineKind.ASKER, "水木今山", ""),
                tuple(LineKind.QUOTE, "请问日志复制到大多数后就能响应客户端吗？", null),
                tuple(LineKind.IMAGE, "", null),
                tuple(LineKind.ANSWER, "可以，在状态机里处理。", null),
                tuple(LineKind.READING, "相关阅读：SOFAJRaft 线性一致读实现剖析", null),
                tuple(LineKind.PROJECT_LINE, "SOFAJRaft", "https://github.com/sofastack/sofa-jraft"),
                tuple(LineKind.PICK, "MOSN", "2347"),
                tuple(LineKind.HANDLE, "huayangchan", null));
        assertThat(lines.get(0).sourceLine()).isEqualTo(5);
    }

    @Test
    void aReleaseSectionReadsIntoAnnouncementsChangesAndNotes() {
        List<TypedLine> lines = linesOf("""
                ### SOFARPC 5.10.1 版本发布

                主要变更如下：

                - 修复泛化调用的问题
                - 优化：
                  - 支持 A
                - 致谢 @someone

                i. 升级 Hessian

                #### Bug Fixes：

                修复超时

                详细发布报告：

                [https://github.com/sofastack/sofa-rpc/releases/tag/v5.10.1](https://github.com/sofastack/sofa-rpc/releases/tag/v5.10.1)
                """, SectionKind.RELEASES, NewsletterProfile.defaults());
        assertThat(lines).extracting(TypedLine::kind, TypedLine::text).containsExactly(
                tuple(LineKind.ANNOUNCEMENT, "SOFARPC 5.10.1 版本发布"),
                tuple(LineKind.LEAD_IN, "主要变更如下："),
                tuple(LineKind.ITEM, "修复泛化调用的问题"),
                tuple(LineKind.ITEM, ""),
                tuple(LineKind.ITEM, "支持 A"),
                tuple(LineKind.ITEM, ""),
                tuple(LineKind.NUMBERED, "升级 Hessian"),
                tuple(LineKind.SUB_HEADING, "Bug Fixes"),
                tuple(LineKind.TEXT, "修复超时"),
                tuple(LineKind.NOTES, "详细发布报告："),
                tuple(LineKind.LINK_ONLY, "https://github.com/sofastack/sofa-rpc/releases/tag/v5.10.1"));
        assertThat(lines.get(0).announcement()).isEqualTo(new ReleaseAnnouncement("SOFARPC", List.of("5.10.1")));
        assertThat(lines.get(10).links()).extracting(LinkRef::url)
                .containsExactly("https://github.com/sofastack/sofa-rpc/releases/tag/v5.10.1");
    }

    @Test
    void anEventSectionTypesFieldsByTheRoleOfTheirKey() {
        List<TypedLine> lines = linesOf("""
                ### 社区直播预告

                **Layotto：**

                主题：Layotto 的 Wasm 实践

                时间：2022年3月10日（周四）19:00-20:00

                嘉宾：某某

                报名方式：点击[这里](https://example.com/signup)

                ![poster](https://example.com/poster.png)

                12月5日 SOFAChannel#9 直播回顾：

                欢迎[报名](https://example.com/again)参加
                """, SectionKind.EVENTS, NewsletterProfile.defaults());
        assertThat(lines).extracting(TypedLine::kind, TypedLine::text).containsExactly(
                tuple(LineKind.SUB_HEADING, "Layotto"),
                tuple(LineKind.TITLE_FIELD, "Layotto 的 Wasm 实践"),
                tuple(LineKind.TIME_FIELD, "2022年3月10日（周四）19:00-20:00"),
                tuple(LineKind.FIELD, "某某"),
                tuple(LineKind.SIGNUP_FIELD, "点击这里"),
                tuple(LineKind.IMAGE, ""),
                tuple(LineKind.LEAD_IN, "12月5日 SOFAChannel#9 直播回顾："),
                tuple(LineKind.SIGNUP, "欢迎报名参加"));
        assertThat(lines.get(4).firstWebLink()).isEqualTo("https://example.com/signup");
    }

    @Test
    void anotherNewsletterSaysWithItsOwnWordsWhatALineIs() throws IOException {
        NewsletterProfile lattice;
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/second-newsletter/newsletter.yaml"))) {
            lattice = NewsletterProfile.load(in);
        }
        assertThat(linesOf("""
                ## Questions

                **@ada** asks:

                > How do I shard?

                Answer: with the router.
                """, SectionKind.QUESTIONS, lattice)).extracting(TypedLine::kind)
                .containsExactly(LineKind.ASKER, LineKind.QUOTE, LineKind.ANSWER);
        assertThat(linesOf("""
                ## Events

                Title: Lattice community call

                When: 14 March 2024, 17:00

                Register: [here](https://example.com/call)
                """, SectionKind.EVENTS, lattice)).extracting(TypedLine::kind)
                .containsExactly(LineKind.TITLE_FIELD, LineKind.TIME_FIELD, LineKind.SIGNUP_FIELD);
        // the same lines mean nothing special to SOFA Weekly
        assertThat(linesOf("""
                ## 问答

                **@ada** asks:
                """, SectionKind.QUESTIONS, NewsletterProfile.defaults())).extracting(TypedLine::kind)
                .containsExactly(LineKind.TEXT);
    }

    /** The typed lines of the body's first section of the given kind. */
    private static List<TypedLine> linesOf(String body, SectionKind kind, NewsletterProfile profile) {
        ExtractionContext context = new ExtractionContext(Fixtures.PATH, "sofa-weekly-fixture", LocalDate.of(2022, 3, 4),
                ProjectCatalogue.defaults(), profile, 1, new ArrayList<>());
        Section section = SectionSplitter.split(Markdown.parse(body), profile).stream()
                .filter(s -> s.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " section in " + body));
        SectionLines reader = new SectionLines(context);
        return switch (kind) {
            case QUESTIONS, GITHUB_PICKS -> reader.questions(section);
            case RELEASES -> reader.releases(section);
            case EVENTS -> reader.events(section);
            default -> throw new IllegalArgumentException(kind.name());
        };
    }
}
