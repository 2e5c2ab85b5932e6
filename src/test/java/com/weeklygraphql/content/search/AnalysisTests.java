package com.weeklygraphql.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a query finds, whatever way the text and the query are written. */
class AnalysisTests {

    private static SampleIndex index;

    @BeforeAll
    static void index() {
        index = TinyIndex.of(
                "Seata 是一款分布式事务解决方案",                    // item/0
                "本地事务与全局事务一起开启",                          // item/1
                "分布式的系统里，事务很难",                            // item/2
                "SOFAJRaft 发布 v1.3.10 版本",                        // item/3
                "本周 JRaft 发布 1.3.8v，修复 bug",                   // item/4
                "sofa-jraft 的快照",                                   // item/5
                "Tongsuo 发布 8.3.2 版本",                            // item/6
                "tengine 现在可使用 BabaSSL 了吗",                     // item/7
                "铜锁探「密」",                                        // item/8
                "Café Crème au lait",                                  // item/9
                "ＭＯＳＮ 全角写法",                                   // item/10
                "SOFA-Boot 框架的模块隔离",                            // item/11
                "SOFARPC 5.10.0 与 1.3.1 无关");                      // item/12
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void hanTextIsFoundWithoutSpacesBetweenWords() {
        assertThat(TinyIndex.found(index, "事务")).containsExactlyInAnyOrder("item/0", "item/1", "item/2");
        assertThat(index.top(index.fields().search("分布式事务"), 2)).extracting(SampleIndex.Hit::id)
                .containsExactly("item/0", "item/2");
        assertThat(TinyIndex.found(index, "\"分布式事务\"")).containsExactly("item/0");
        assertThat(index.top(index.fields().search("全局事务"), 1)).extracting(SampleIndex.Hit::id)
                .containsExactly("item/1");
        assertThat(TinyIndex.found(index, "\"全局事务\"")).containsExactly("item/1");
        assertThat(TinyIndex.found(index, "锁")).containsExactly("item/8");
        assertThat(TinyIndex.found(index, "探")).containsExactly("item/8");
        assertThat(TinyIndex.found(index, "铜")).containsExactly("item/8");
    }

    @Test
    void latinTextIsFoldedForCaseAccentsAndWidth() {
        assertThat(TinyIndex.found(index, "seata")).containsExactly("item/0");
        assertThat(TinyIndex.found(index, "SEATA")).containsExactly("item/0");
        assertThat(TinyIndex.found(index, "cafe")).containsExactly("item/9");
        assertThat(TinyIndex.found(index, "CAFÉ CREME")).containsExactly("item/9");
        assertThat(TinyIndex.found(index, "mosn")).containsExactly("item/10");
    }

    @Test
    void aProjectIsFoundByAnyOfItsNames() {
        assertThat(TinyIndex.found(index, "jraft")).containsExactlyInAnyOrder("item/3", "item/4", "item/5");
        assertThat(TinyIndex.found(index, "SOFAJRaft")).containsExactlyInAnyOrder("item/3", "item/4", "item/5");
        assertThat(TinyIndex.found(index, "sofa-jraft")).containsExactlyInAnyOrder("item/3", "item/4", "item/5");
        assertThat(TinyIndex.found(index, "BabaSSL")).containsExactlyInAnyOrder("item/6", "item/7", "item/8");
        assertThat(TinyIndex.found(index, "Tongsuo")).containsExactlyInAnyOrder("item/6", "item/7", "item/8");
        assertThat(TinyIndex.found(index, "铜锁")).containsExactlyInAnyOrder("item/6", "item/7", "item/8");
        assertThat(TinyIndex.found(index, "SOFA Boot")).containsExactly("item/11");
        assertThat(TinyIndex.found(index, "sofaboot 模块")).containsExactly("item/11");
    }

    @Test
    void theSpellingTypedRanksAboveTheProjectsOtherNames() {
        assertThat(index.top(index.fields().search("BabaSSL"), 1)).extracting(SampleIndex.Hit::id)
                .containsExactly("item/7");
        assertThat(index.top(index.fields().search("Tongsuo"), 1)).extracting(SampleIndex.Hit::id)
                .containsExactly("item/6");
    }

    @Test
    void aRunHeldAsWrittenRanksAboveItsWordsApartAndAPairWithoutTheWordsFindsNothing() throws Exception {
        try (SampleIndex apart = TinyIndex.of(
                "服务注册与数据中心的区别",          // item/0: both words, apart
                "注册中心的选型要看一致性、可用性、运维成本和社区的活跃程度",  // item/1: the run as written, longer
                "手册中有说明",                      // item/2: the pair where the words meet, neither word
                "中心化部署与注册流程")) {           // item/3: both words, apart
            assertThat(apart.top(apart.fields().search("注册中心"), 1)).extracting(SampleIndex.Hit::id)
                    .containsExactly("item/1");
            assertThat(TinyIndex.found(apart, "注册中心")).containsExactlyInAnyOrder("item/0", "item/1", "item/3");
            assertThat(apart.count(apart.fields().search("注册中心"))).isEqualTo(3);
        }
    }

    @Test
    void aCountWithoutScoresFindsTheItemsTheRankedSearchFinds() {
        for (String query : new String[] {"分布式事务", "全局事务", "本地事务和全局事务能一起开启吗", "SOFA Boot", "铜锁探密"}) {
            assertThat(index.count(index.fields().search(query))).as(query)
                    .isEqualTo(TinyIndex.found(index, query).size());
        }
        assertThat(index.count(index.fields().search("分布式事务"))).isEqualTo(3);
    }

    @Test
    void aSpellingHoldingAShorterOneIsLookedForAsTheShorterWhichFindsAllItFinds() {
        assertThat(RankedQueryBuilder.withoutLongerForms(
                List.of(List.of("sofajraft"), List.of("sofa", "jraft"), List.of("jraft"), List.of("sofa", "boot"))))
                .containsExactly(List.of("sofajraft"), List.of("jraft"), List.of("sofa", "boot"));
        assertThat(index.fields().search("SOFAJRaft").toString()).doesNotContain("\"sofa jraft\"");
        assertThat(index.top(index.fields().search("sofa-jraft"), 3)).extracting(SampleIndex.Hit::id)
                .containsExactlyInAnyOrder("item/3", "item/4", "item/5");
    }

    @Test
    void versionsAreFoundAsWrittenWithOrWithoutV() {
        assertThat(TinyIndex.found(index, "1.3.10")).containsExactly("item/3");
        assertThat(TinyIndex.found(index, "v1.3.10")).containsExactly("item/3");
        assertThat(TinyIndex.found(index, "V1.3.10")).containsExactly("item/3");
        assertThat(TinyIndex.found(index, "1.3.8")).containsExactly("item/4");
        assertThat(TinyIndex.found(index, "v1.3.8")).containsExactly("item/4");
        assertThat(TinyIndex.found(index, "1.3.8v")).containsExactly("item/4");
        assertThat(TinyIndex.found(index, "1.3.1")).containsExactly("item/12");
        assertThat(TinyIndex.found(index, "5.10.0")).containsExactly("item/12");
    }

    @Test
    void aLongHanQuestionFindsItemsHoldingMostOfItsWords() {
        assertThat(TinyIndex.found(index, "本地事务和全局事务能一起开启吗")).contains("item/1");
        assertThat(TinyIndex.found(index, "本地事务和全局事务能一起开启吗")).doesNotContain("item/8", "item/9");
    }
}
