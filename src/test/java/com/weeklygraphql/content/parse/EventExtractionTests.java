package com.weeklygraphql.content.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.weeklygraphql.content.model.Event;
import com.weeklygraphql.content.model.EventKind;
import com.weeklygraphql.content.model.Issue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class EventExtractionTests {

    @Test
    void aLiveStreamWithFields() {
        Issue issue = Fixtures.parse("""
                ### 社区直播预告

                ![SOFAChannel#12](https://example.com/poster.jpg)

                SOFAChannel#12 线上直播将邀请仁空分享分布式事务实践。

                **主题**：SOFAChannel#12：蚂蚁金服分布式事务实践解析

                **时间**：2020年3月12日（周四）19:00-20:00

                **嘉宾**：仁空，蚂蚁金服分布式事务核心开发

                **报名方式**：点击“[这里](https://tech.antfin.com/community/live/1119)”，即可报名
                """).issue();
        assertThat(issue.events()).singleElement().satisfies(event -> {
            assertThat(event.id()).isEqualTo("sofa-weekly-fixture/event/1");
            assertThat(event.title()).isEqualTo("SOFAChannel#12：蚂蚁金服分布式事务实践解析");
            assertThat(event.kind()).isEqualTo(EventKind.LIVE_STREAM);
            assertThat(event.date()).isEqualTo(LocalDate.of(2020, 3, 12));
            assertThat(event.startsAt()).isEqualTo(OffsetDateTime.parse("2020-03-12T19:00+08:00"));
            assertThat(event.signupUrl()).isEqualTo("https://tech.antfin.com/community/live/1119");
            assertThat(event.description()).contains("仁空");
        });
    }

    @Test
    void communityMeetingsUnderProjectSubHeadings() {
        Issue issue = Fixtures.parse("""
                **SOFA 社区会议预告**

                **SOFAArk：**

                **主题：**SOFAArk 社区会议

                **时间：**3 月 9 日（下周一）20:00-21:30

                **议题：**

                - 近期版本发布计划

                **Layotto：**

                主题：Layotto 社区会议

                时间：3 月 11 号（下周三）下午 2 点

                「*Layotto*」：[https://github.com/mosn/layotto/issues/984](https://github.com/mosn/layotto/issues/984)
                """).issue();
        assertThat(issue.events()).extracting(Event::title, Event::kind, Event::startsAt, Event::projects)
                .containsExactly(
                        tuple("SOFAArk 社区会议", EventKind.COMMUNITY_MEETING,
                                OffsetDateTime.parse("2020-03-09T20:00+08:00"), java.util.List.of("SOFAArk")),
                        tuple("Layotto 社区会议", EventKind.COMMUNITY_MEETING,
                                OffsetDateTime.parse("2020-03-11T14:00+08:00"), java.util.List.of("Layotto")));
        assertThat(issue.releases()).isEmpty();
        assertThat(issue.projects()).containsExactly("SOFAArk", "Layotto");
    }

    @Test
    void aMeetupInProseWithARelativeDate() {
        Issue issue = Fixtures.parse("""
                ### SOFA 活动推荐

                SOFA Meetup #3《从开源技术到产品能力》，本周日我们在广州等你~

                报名方式：点击“[这里](https://www.sofastack.tech/activities/sofa-meetup-3/)”了解活动详情。
                """, "2019-08-09T16:00:00+08:00").issue();
        assertThat(issue.events()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(EventKind.MEETUP);
            assertThat(event.date()).isEqualTo(LocalDate.of(2019, 8, 11));
            assertThat(event.startsAt()).isNull();
            assertThat(event.signupUrl()).isEqualTo("https://www.sofastack.tech/activities/sofa-meetup-3/");
        });
    }

    @Test
    void aListOfWriteUpsUnderAnEventHeadingIsAReadingList() {
        Issue issue = Fixtures.parse("""
                ### KubeCon NA2019 回顾

                - [开箱即用的 Java Kubernetes Operator 运行时](/blog/java-kubernetes-operator-kubecon-na2019/)
                - [将 Sidecar 容器带入新的阶段 | KubeCon NA 2019](/blog/sidacar-kubecon-na2019/)
                """).issue();
        assertThat(issue.events()).isEmpty();
        assertThat(issue.readings()).hasSize(2);
    }

    @Test
    void aScheduleTableGivesOneEventPerRowAtTheTimeItsIntroductionGives() {
        Issue issue = Fixtures.parse("""
                ### 直播预告

                Service Mesh 线上系列直播，每周二晚上 20:00-21:00 与大家相约，分享三个主题。

                | 日期 | 分享主题 | 嘉宾 |
                | --- | --- | --- |
                | 3/10 | 网格里的可观察性 | 甲 |
                | 3/17 | 网格的高可用 | 乙 |
                | 3/24 | 网格的多集群 | 丙 |

                观看直播：点击[这里](https://example.com/live)
                """).issue();

        assertThat(issue.events()).extracting(Event::title, Event::kind, Event::date, Event::startsAt).containsExactly(
                tuple("网格里的可观察性", EventKind.LIVE_STREAM, LocalDate.of(2020, 3, 10),
                        OffsetDateTime.parse("2020-03-10T20:00+08:00")),
                tuple("网格的高可用", EventKind.LIVE_STREAM, LocalDate.of(2020, 3, 17),
                        OffsetDateTime.parse("2020-03-17T20:00+08:00")),
                tuple("网格的多集群", EventKind.LIVE_STREAM, LocalDate.of(2020, 3, 24),
                        OffsetDateTime.parse("2020-03-24T20:00+08:00")));
    }

    @Test
    void aTableOfArticlesInAReadingSectionIsAReadingList() {
        Issue issue = Fixtures.parse("""
                ### 本周推荐阅读

                | 文章 | 作者 |
                | --- | --- |
                | [第一篇](https://example.com/a) | 甲 |
                | [第二篇](https://example.com/b) | 乙 |
                """).issue();

        assertThat(issue.readings()).extracting(r -> r.title(), r -> r.url()).containsExactly(
                tuple("第一篇", "https://example.com/a"), tuple("第二篇", "https://example.com/b"));
    }
}
