package com.weeklygraphql.content.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.weeklygraphql.content.model.ParsedFile;
import com.weeklygraphql.content.model.Question;
import com.weeklygraphql.content.model.QuestionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionExtractionTests {

    @Test
    void readerThreadsInEveryAskerStyle() {
        List<Question> questions = Fixtures.parse("""
                ### 每周读者问答提炼

                欢迎大家向公众号留言提问或在群里与我们互动

                **1、@水木今山** 提问：

                > 请问日志复制到大多数后就能响应客户端吗？

                A：可以，在状态机里处理。

                > 那 onApply 会滞后吗？

                A：不会。

                SOFAJRaft：[https://github.com/sofastack/sofa-jraft](https://github.com/sofastack/sofa-jraft)

                2、**@匿名** 提问：

                > MOSN 支持 Istio 的什么版本？

                A：1.1.4。

                **3. 罗坤** 提问：

                >这个配置怎么写？
                ![](https://example.com/a.png)

                A: 看文档。

                **沄澈|che ** 提问：

                > 还有一个问题

                A：好的。

                「MOSN」：https://github.com/mosn/mosn/issues/2347
                """).issue().questions();
        assertThat(questions).extracting(Question::id, Question::kind, Question::asker, Question::project)
                .containsExactly(
                        tuple("sofa-weekly-fixture/question/1", QuestionKind.READER, "水木今山", "SOFAJRaft"),
                        tuple("sofa-weekly-fixture/question/2", QuestionKind.READER, "匿名", "MOSN"),
                        tuple("sofa-weekly-fixture/question/3", QuestionKind.READER, "罗坤", "MOSN"),
                        tuple("sofa-weekly-fixture/question/4", QuestionKind.READER, "沄澈|che", "MOSN"));
        Question first = questions.get(0);
        assertThat(first.question()).isEqualTo("请问日志复制到大多数后就能响应客户端吗？");
        assertThat(first.answer()).isEqualTo("可以，在状态机里处理。");
        assertThat(first.followUps()).singleElement()
                .satisfies(round -> assertThat(round.question()).isEqualTo("那 onApply 会滞后吗？"))
                .satisfies(round -> assertThat(round.answer()).isEqualTo("不会。"));
        assertThat(questions.get(2).answer()).isEqualTo("看文档。");
        assertThat(questions.get(3).url()).isEqualTo("https://github.com/mosn/mosn/issues/2347");
    }

    @Test
    void githubPicksTakeTheAskerFromTheHandleAndTheProjectFromTheHeaderOrFooter() {
        List<Question> questions = Fixtures.parse("""
                ### SOFAStack GitHub issue 精选

                **本周各项目回复 issue 共计 2 条**

                **1.@MOSN #2347**

                @huayangchan

                > How to configure the xDS client?

                A：Use the dynamic config.

                「MOSN」：https://github.com/mosn/mosn/issues/2347

                **2. @dengqian #2203**

                >SOFARegistry 的 session 如何下线？

                A：调用运维接口。

                **「SOFARegistry」**：*[https://github.com/sofastack/sofa-registry](https://github.com/sofastack/sofa-registry)*
                """).issue().questions();
        assertThat(questions).extracting(Question::kind, Question::asker, Question::project, Question::url)
                .containsExactly(
                        tuple(QuestionKind.GITHUB_ISSUE, "huayangchan", "MOSN", "https://github.com/mosn/mosn/issues/2347"),
                        tuple(QuestionKind.GITHUB_ISSUE, "dengqian", "SOFARegistry", null));
    }

    @Test
    void aQuoteOfScreenshotsBelongsToTheAnswerAndAnAskerLineSwallowedByAQuoteStillOpensAThread() {
        List<Question> questions = Fixtures.parse("""
                ### 每周读者问答提炼

                **1、@黄润良** 提问：

                > 如何获取请求的信息？

                A：看 handler.go。

                >![](https://example.com/1.png)<br/>
                **2、@楼政浩** 提问：<br/>
                > 往 raft 集群提交数据，都得通过 RPC 吗？

                A：是的。

                SOFAJRaft：https://github.com/sofastack/sofa-jraft
                """).issue().questions();
        assertThat(questions).extracting(Question::asker).containsExactly("黄润良", "楼政浩");
        assertThat(questions).allSatisfy(question -> assertThat(question.followUps()).isEmpty());
        assertThat(questions.get(1).question()).isEqualTo("往 raft 集群提交数据，都得通过 RPC 吗？");
    }

    @Test
    void aNumberedTopicFollowedByAQuoteIsAThreadWithoutAsker() {
        List<Question> questions = Fixtures.parse("""
                ### 每周读者问答提炼

                **2、关于 Seata 的 grouplist 问题：**

                > 什么时候会用到 default.grouplist？

                A：当 registry.type=file 时会用到。

                **3、关于 Seata 的提问：**

                **@姜伟锋 提问：**

                > 网络传输对象太多了？

                A：是指字段冗余吗？
                """).issue().questions();
        assertThat(questions).extracting(Question::asker, Question::project)
                .containsExactly(tuple(null, "Seata"), tuple("姜伟锋", "Seata"));
    }

    @Test
    void aQaSectionWithoutThreadsIsAProblemOnItsHeadingLine() {
        ParsedFile parsed = Fixtures.parse("""
                ### 每周读者问答提炼

                本周没有问题，但这段文字不是问答。
                """);
        assertThat(parsed.issue().questions()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(Fixtures.FIRST_BLOCK_LINE);
            assertThat(problem.message()).contains("每周读者问答提炼");
        });
    }

    @Test
    void aThreadWithoutAFooterTakesTheProjectItsFollowUpsName() {
        List<Question> questions = Fixtures.parse("""
                ### 每周读者问答提炼

                **1、@甲** 提问：

                > 长事务该用哪种模式？

                A：看业务是否能改造。

                > 用 Seata 的 Saga 模式需要配置状态机吗？

                A：需要。
                """).issue().questions();

        assertThat(questions).extracting(Question::asker, Question::project).containsExactly(tuple("甲", "Seata"));
    }

    @Test
    void aNumberedBoldNameAboveAQuoteOpensAThreadWithoutTheAskerWord() {
        List<Question> questions = Fixtures.parse("""
                ### 每周读者问答提炼

                **1. 小白**

                > 升级中间件要改 POM 吗？

                A：是的。

                **「SOFAArk」**：*[https://github.com/sofastack/sofa-ark](https://github.com/sofastack/sofa-ark)*

                **2. 王五 提问**

                > 为什么启动报错？

                A：JDK 版本太高。

                **3. 背景**

                这一段不是问题。
                """).issue().questions();

        assertThat(questions).extracting(Question::asker, Question::project)
                .containsExactly(tuple("小白", "SOFAArk"), tuple("王五", null));
    }

    @Test
    void aPickMayNameItsAskerInAnyScript() {
        List<Question> questions = Fixtures.parse("""
                ### 本周 issue 精选

                **1.@某某  #2197**

                > 静态合并部署没有启动业务应用？

                A：插件版本的问题。

                **「SOFAArk」**：*[https://github.com/sofastack/sofa-ark/](https://github.com/sofastack/sofa-ark/)*
                """).issue().questions();

        assertThat(questions).extracting(Question::kind, Question::asker, Question::project)
                .containsExactly(tuple(QuestionKind.GITHUB_ISSUE, "某某", "SOFAArk"));
    }

    @Test
    void aFooterPastedMidThreadDoesNotEndItAndFootersMayBeListItems() {
        List<Question> questions = Fixtures.parse("""
                ### 每周读者问答提炼

                **1、@甲** 提问：

                > 本地多人开发怎么协作？

                A：指的是哪种场景？

                SOFARPC：[https://github.com/sofastack/sofa-rpc](https://github.com/sofastack/sofa-rpc)

                > 依赖的服务在一台固定的机器上。

                A：可以直连那台机器。

                **2、@乙** 提问：

                > 类隔离需要另外集成吗？

                A：需要。

                - SOFABoot：[https://github.com/sofastack/sofa-boot](https://github.com/sofastack/sofa-boot)
                - SOFAArk：[https://github.com/sofastack/sofa-ark](https://github.com/sofastack/sofa-ark)
                """).issue().questions();

        assertThat(questions).extracting(Question::asker, Question::project)
                .containsExactly(tuple("甲", "SOFARPC"), tuple("乙", "SOFABoot"));
        assertThat(questions.get(0).followUps()).singleElement()
                .satisfies(round -> assertThat(round.answer()).isEqualTo("可以直连那台机器。"));
    }

    @Test
    void aFooterInCornerBracketsMayLeaveOutItsColon() {
        List<Question> questions = Fixtures.parse("""
                ### 每周读者问答提炼

                1.@甲 提问：

                >插件是一个微服务的概念吗？

                A：不是，可以看下[迁移指南](https://www.sofastack.tech/projects/sofa-boot/sofa-ark-migration-guide/)。

                「SOFAArk」[https://github.com/sofastack/sofa-ark](https://github.com/sofastack/sofa-ark)
                """).issue().questions();

        assertThat(questions).extracting(Question::asker, Question::project).containsExactly(tuple("甲", "SOFAArk"));
    }

    @Test
    void inASectionNoFooterClosesAThreadThatNamesNothingGoesOnWithTheOneBefore() {
        List<Question> questions = Fixtures.parse("""
                ### 每周读者问答提炼

                **1、@甲** 提问：

                > 这个限流在开源版本 MOSN 里面吗？

                A：在。

                **2、@乙** 提问：

                > 统一限流中心能用吗？

                A：现在还用不了。
                """).issue().questions();

        assertThat(questions).extracting(Question::asker, Question::project)
                .containsExactly(tuple("甲", "MOSN"), tuple("乙", "MOSN"));
    }

    @Test
    void aBoldLineWhoseClosingMarkersFollowASpaceStillHeadsASection() {
        List<Question> questions = Fixtures.parse("""
                **每周读者问答提炼 **

                **1、@甲**提问：

                > Seata 的 AT 模式支持哪些数据库？

                A：MySQL、Oracle 等。

                **本周推荐阅读 **

                [一篇文章](https://example.com/a)
                """).issue().questions();

        assertThat(questions).extracting(Question::asker, Question::project).containsExactly(tuple("甲", "Seata"));
    }
}
