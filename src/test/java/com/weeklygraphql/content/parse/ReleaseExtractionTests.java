package com.weeklygraphql.content.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.weeklygraphql.content.model.Issue;
import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.model.Reading;
import com.weeklygraphql.content.model.Release;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseExtractionTests {

    @Test
    void releasesWithChangesAndNotes() {
        List<Release> releases = Fixtures.parse("""
                ### SOFA 项目进展

                **本周发布详情如下：**

                **1、发布 SOFARegistry v5.4.0 版本，主要变更如下：**

                - SessionServer 与 DataServer 通讯性能优化；
                - jraft 从 1.2.5 更新到 1.2.7.beta1；
                - 功能优化：
                  - 支持 A
                  - 支持 B
                - 致谢（排名不分先后）：@someone
                -\s

                详细发布报告：[https://github.com/sofastack/sofa-registry/releases/tag/v5.4.0](https://github.com/sofastack/sofa-registry/releases/tag/v5.4.0)

                **2、发布 SOFATracer 2.4.1/3.0.6, 主要变更如下：**

                i.  升级 Dubbo 版本至 2.7.3.

                ii. 修复 Dubbo 插件中相关埋点参数获取问题

                详细发布报告：

                [https://github.com/sofastack/sofa-tracer/releases/tag/v2.4.1](https://github.com/sofastack/sofa-tracer/releases/tag/v2.4.1)

                [https://github.com/sofastack/sofa-tracer/releases/tag/v3.0.6](https://github.com/sofastack/sofa-tracer/releases/tag/v3.0.6)
                """).issue().releases();
        assertThat(releases).extracting(Release::id, Release::project, Release::version, Release::notesUrl)
                .containsExactly(
                        tuple("sofa-weekly-fixture/release/1", "SOFARegistry", "5.4.0",
                                "https://github.com/sofastack/sofa-registry/releases/tag/v5.4.0"),
                        tuple("sofa-weekly-fixture/release/2", "SOFATracer", "2.4.1",
                                "https://github.com/sofastack/sofa-tracer/releases/tag/v2.4.1"),
                        tuple("sofa-weekly-fixture/release/3", "SOFATracer", "3.0.6",
                                "https://github.com/sofastack/sofa-tracer/releases/tag/v3.0.6"));
        assertThat(releases.get(0).changes()).containsExactly("SessionServer 与 DataServer 通讯性能优化；",
                "jraft 从 1.2.5 更新到 1.2.7.beta1；", "支持 A", "支持 B");
        assertThat(releases.get(1).changes()).containsExactly("升级 Dubbo 版本至 2.7.3.", "修复 Dubbo 插件中相关埋点参数获取问题");
        assertThat(releases).allSatisfy(release -> assertThat(release.date()).isEqualTo(LocalDate.of(2020, 3, 6)));
    }

    @Test
    void theHeadingNamesTheProjectAndParagraphsUnderSubHeadingsAreChanges() {
        List<Release> releases = Fixtures.parse("""
                ### SOFAJRaft 本周发布

                发布 1.3.10 版本

                #### Features：

                支持 learner

                支持 IPv6

                #### Bug Fixes：

                修复快照元数据丢失

                ### 本周推荐阅读

                - [文章](https://example.com/a)
                """).issue().releases();
        assertThat(releases).singleElement().satisfies(release -> {
            assertThat(release.project()).isEqualTo("SOFAJRaft");
            assertThat(release.version()).isEqualTo("1.3.10");
            assertThat(release.changes()).containsExactly("支持 learner", "支持 IPv6", "修复快照元数据丢失");
        });
    }

    @Test
    void aListEndsTheRunOfASubHeadingAndANotesLineWaitsForItsLink() {
        List<Release> releases = Fixtures.parse("""
                ### SOFAJRaft 本周发布

                发布 1.3.10 版本

                **Features：**

                - 支持 learner

                后续版本会继续优化。

                1、修复快照元数据丢失

                详细参考：

                欢迎试用

                [https://github.com/sofastack/sofa-jraft/releases/tag/1.3.10](https://github.com/sofastack/sofa-jraft/releases/tag/1.3.10)
                """).issue().releases();
        assertThat(releases).singleElement().satisfies(release -> {
            assertThat(release.changes()).containsExactly("支持 learner", "修复快照元数据丢失");
            assertThat(release.notesUrl()).isEqualTo("https://github.com/sofastack/sofa-jraft/releases/tag/1.3.10");
        });
    }

    @Test
    void aHeadingAndALineAnnouncingTheSameReleaseAreOneRelease() {
        List<Release> releases = Fixtures.parse("""
                **MOSN v1.1.0 版本发布**

                **发布 MOSN v1.1.0 版本，主要变更如下：**

                1. 新增 A
                2. 修复 B
                """).issue().releases();
        assertThat(releases).singleElement().satisfies(release -> assertThat(release.changes()).hasSize(2));
    }

    @Test
    void anUnknownProjectIsKeptAsWritten() {
        assertThat(Fixtures.parse("""
                ### Occlum 项目进展

                **发布 Occlum v0.13.0 版本，主要变更如下：**

                - 支持 Go
                """).issue().releases()).extracting(Release::project).containsExactly("Occlum");
    }

    @Test
    void aReleaseNamingOnlyItsMajorLineTakesItsVersionFromTheNotesLink() {
        List<Release> releases = Fixtures.parse("""
                ### SOFARegistry 本周发布

                SOFARegistry V6 正式发布的首个版本。

                主要更新如下：

                1. 部署更简单

                元数据存储可以插拔。

                2. 扩展性更好

                「详细参考」：[https://github.com/sofastack/sofa-registry/releases/tag/v6.1.4](https://github.com/sofastack/sofa-registry/releases/tag/v6.1.4)
                """).issue().releases();

        assertThat(releases).extracting(Release::project, Release::version, Release::notesUrl).containsExactly(
                tuple("SOFARegistry", "6.1.4", "https://github.com/sofastack/sofa-registry/releases/tag/v6.1.4"));
        assertThat(releases.get(0).changes()).hasSize(2);
    }

    @Test
    void articleLinksClosingAReleaseSectionAreReadingsItsNotesAreNot() {
        Issue issue = Fixtures.parse("""
                ### MOSN 本周发布

                发布 MOSN v1.5.0 版本，主要变更如下：

                - 支持新的路由

                详细发布报告：[https://github.com/mosn/mosn/releases/tag/v1.5.0](https://github.com/mosn/mosn/releases/tag/v1.5.0)

                [全部变更](https://github.com/mosn/mosn/compare/v1.4.0...v1.5.0)

                [一篇讲路由的文章](https://mp.weixin.qq.com/s/first)

                [另一篇讲网关的文章](https://mp.weixin.qq.com/s/second)
                """).issue();

        assertThat(issue.releases()).extracting(Release::version, Release::notesUrl)
                .containsExactly(tuple("1.5.0", "https://github.com/mosn/mosn/releases/tag/v1.5.0"));
        assertThat(issue.readings()).extracting(Reading::title, Reading::url).containsExactly(
                tuple("一篇讲路由的文章", "https://mp.weixin.qq.com/s/first"),
                tuple("另一篇讲网关的文章", "https://mp.weixin.qq.com/s/second"));
    }

    @Test
    void aReleaseSectionClosedByNotesLinksHasNoReadings() {
        Issue issue = Fixtures.parse("""
                ### SOFA 项目进展

                发布 SOFATracer 2.4.1/3.0.6 版本，主要变更如下：

                - 升级依赖

                [2.4.1 的说明](https://github.com/sofastack/sofa-tracer/releases/tag/v2.4.1)

                [3.0.6 的说明](https://github.com/sofastack/sofa-tracer/releases/tag/v3.0.6)
                """).issue();

        assertThat(issue.releases()).hasSize(2);
        assertThat(issue.readings()).isEmpty();
    }

    @Test
    void anAnnouncementEndingInAColonMakesThePlainParagraphsAfterItItsChanges() {
        List<Release> releases = Fixtures.parse("""
                ### 本周发布

                BabaSSL 开源发布 8.3.0 版本，主要更新如下：

                修复一个安全漏洞

                支持证书压缩

                移除一个旧算法

                ### 本周推荐阅读

                - [一篇文章](https://example.com/a)
                """).issue().releases();

        assertThat(releases).singleElement().satisfies(release -> assertThat(release.changes())
                .containsExactly("修复一个安全漏洞", "支持证书压缩", "移除一个旧算法"));
    }

    @Test
    void numberedChangesAfterSuchAnAnnouncementKeepTheirContinuationLinesOutOfTheCount() {
        List<Release> releases = Fixtures.parse("""
                ### 本周发布

                发布 Layotto v0.4.0 版本，主要变更如下：

                1.文件能力增加了新的实现；

                  同时增加了 Java SDK 的实现

                2.支持 API 插件
                """).issue().releases();

        assertThat(releases).singleElement().satisfies(release -> assertThat(release.changes()).hasSize(2));
    }

    @Test
    void aReleaseSectionWithoutAVersionIsAProblem() {
        ParsedFile parsed = Fixtures.parse("""
                ### 本周发布

                SOFABoot 发布了新版本，欢迎试用。
                """);
        assertThat(parsed.issue().releases()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(Fixtures.FIRST_BLOCK_LINE);
            assertThat(problem.message()).contains("本周发布");
        });
    }

    @Test
    void aWrittenVersionTheNotesTagCompletesTakesTheTag() {
        List<Release> releases = Fixtures.parse("""
                ### 本周发布

                **本周 sofa-registry 发布 V7-beta 代码，仅供试用：**

                1. 新的数据分片

                详细参考：[https://github.com/sofastack/sofa-registry/tree/v7-beta2](https://github.com/sofastack/sofa-registry/tree/v7-beta2)
                """).issue().releases();

        assertThat(releases).extracting(Release::project, Release::version).containsExactly(tuple("SOFARegistry", "7-beta2"));
    }

    @Test
    void aTagThatOnlySharesTheWrittenVersionsDigitsDoesNotReplaceIt() {
        List<Release> releases = Fixtures.parse("""
                ### 本周发布

                发布 SOFARPC v5.1 版本，主要变更如下：

                - 修复超时

                详细参考：[https://github.com/sofastack/sofa-rpc/releases/tag/v5.10.0](https://github.com/sofastack/sofa-rpc/releases/tag/v5.10.0)
                """).issue().releases();

        assertThat(releases).extracting(Release::version).containsExactly("5.1");
    }

    @Test
    void aBoldLineClosingOnAProjectAndAPreReleaseAnnouncesItWithoutAVerb() {
        List<Release> releases = Fixtures.parse("""
                ### 本周发布

                **开源 MOSN 生态的内存诊断小工具 holmes alpha 版：**

                - 自动抓取 goroutine 快照
                - 按内存水位触发 heap dump

                **BUG 修复：**

                - 修复空指针
                """).issue().releases();

        assertThat(releases).extracting(Release::project, Release::version).containsExactly(tuple("Holmes", "alpha"));
        assertThat(releases.get(0).changes()).hasSize(3);
    }
}
