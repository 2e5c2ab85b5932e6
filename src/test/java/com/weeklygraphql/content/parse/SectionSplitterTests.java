package com.weeklygraphql.content.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionSplitterTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            每周读者问答提炼                    | QUESTIONS
            本周读者问答提炼                    | QUESTIONS
            QA 整理                            | QUESTIONS
            SOFAStack GitHub issue 精选         | GITHUB_PICKS
            本周各项目回复 issue 精选            | GITHUB_PICKS
            SOFA 项目进展                       | RELEASES
            MOSN 本周发布                       | RELEASES
            Layotto v0.4.0 版本                 | RELEASES
            SOFA 活动推荐                       | EVENTS
            社区直播报名                        | EVENTS
            SOFA 社区会议预告                   | EVENTS
            SOFAChannel#35 预告                 | EVENTS
            云原生活动推荐                      | EVENTS
            本周推荐阅读                        | READINGS
            SOFAJRaftLab 系列阅读               | READINGS
            剖析 SOFAJRaft 实现原理合集          | READINGS
            双十一落地实践特辑阅读               | READINGS
            SOFAStack 社区本周 Contributor      | CONTRIBUTORS
            SOFA&MOSN 社区 本周 Contributor     | CONTRIBUTORS
            社区本周贡献                        | CONTRIBUTORS
            SOFAStack&MOSN:新手任务计划          | NEWBIE_TASKS
            SOFA WEEKLY 每周精选                | BOILERPLATE
            社区 Big News                       | OTHER
            """)
    void classifiesHeadingsByTheirWords(String heading, SectionKind kind) {
        assertThat(SectionClassifier.classify(heading, NewsletterProfile.defaults())).isEqualTo(kind);
    }

    @Test
    void boldParagraphsAndHeadingsOpenSectionsButThreadOpenersAndSubHeadingsDoNot() {
        List<Section> sections = SectionSplitter.split(Markdown.parse("""
                **SOFA WEEKLY | 每周精选，筛选每周精华问答**

                SOFAStack（Scalable Open Financial Architecture Stack）是蚂蚁集团自主研发的金融级云原生架构。

                **每周读者问答提炼**

                ***欢迎大家向公众号留言提问或在群里与我们互动，我们会筛选重点问题通过 " SOFA WEEKLY " 的形式回复***

                **1.@linkoog  #602**

                > 问题

                A：回答

                ### SOFAJRaft 本周发布

                发布 1.3.10 版本

                #### Features：

                支持 learner

                **本周推荐阅读**

                [文章](https://example.com)
                """), NewsletterProfile.defaults());
        assertThat(sections).extracting(Section::kind, Section::title).containsExactly(
                tuple(SectionKind.PREAMBLE, ""),
                tuple(SectionKind.QUESTIONS, "每周读者问答提炼"),
                tuple(SectionKind.RELEASES, "SOFAJRaft 本周发布"),
                tuple(SectionKind.READINGS, "本周推荐阅读"));
        assertThat(sections.get(2).nodes()).hasSize(3);
    }
}
