package com.weeklygraphql.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Snippets: short, matches wrapped in {@code <mark>}, everything else HTML-escaped. */
class HighlightTests {

    private static SampleIndex index;

    @BeforeAll
    static void index() {
        index = TinyIndex.of(
                "<script>alert('x')</script> 分布式事务 & \"Seata\" <b>粗体</b>",                       // item/0
                "开头" + "很长的背景介绍，".repeat(40) + "这里讲到 SOFAJRaft 的选举，" + "后面还有很多内容，".repeat(30), // item/1
                "第一行讲 MOSN\n第二行没有\n第三行又讲 MOSN 和 mosn",                                   // item/2
                "Seata 的 AT 模式",                                                                     // item/3
                "\u00a0\u00a0\u00a0\u00a0// 保存成功都通过 done.run(status) 通知到 jraft",                    // item/4
                "手册中有说明：注册流程");                                                               // item/5
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static List<String> highlights(String query, String id) {
        Query parsed = index.fields().search(query);
        SampleIndex.Hit hit = index.top(parsed, 10).stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
        return index.fields().highlights(index.searcher(), parsed, hit.doc(), 3);
    }

    @Test
    void matchesAreMarkedAndEverythingElseIsEscaped() {
        List<String> snippets = highlights("事务 seata", "item/0");
        assertThat(snippets).hasSize(1);
        String snippet = snippets.get(0);
        assertThat(snippet).contains("<mark>事务</mark>", "&quot;<mark>Seata</mark>&quot;", "&lt;script&gt;",
                "alert(&#39;x&#39;)", "&amp;", "&lt;b&gt;粗体&lt;/b&gt;");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }

    @Test
    void indentationOfNoBreakSpacesIsNotPartOfASnippet() {
        assertThat(highlights("jraft", "item/4")).singleElement().asString()
                .startsWith("// 保存成功").contains("<mark>jraft</mark>");
    }

    @Test
    void onlyWhatMatchesIsMarkedNotThePairWhereTheQuerysWordsMeet() {
        assertThat(highlights("注册中心", "item/5")).singleElement().asString()
                .contains("<mark>注册</mark>").doesNotContain("<mark>册中</mark>", "手<mark>");
    }

    @Test
    void aHanPhraseIsOneMark() {
        assertThat(highlights("分布式事务", "item/0")).singleElement().asString().contains("<mark>分布式事务</mark>");
    }

    @Test
    void aProjectIsMarkedUnderTheNameTheTextUses() {
        assertThat(highlights("jraft", "item/1")).singleElement().asString().contains("<mark>SOFAJRaft</mark>");
    }

    @Test
    void aLongTextIsCutAroundTheMatch() {
        String snippet = highlights("选举", "item/1").get(0);
        assertThat(snippet).contains("<mark>选举</mark>").startsWith("…").endsWith("…");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "").length())
                .isLessThanOrEqualTo(SnippetFormatter.MAX_CHARS + 2);
    }

    @Test
    void eachMatchingLineIsItsOwnSnippetWithTheTextsCase() {
        assertThat(highlights("mosn", "item/2"))
                .containsExactly("第一行讲 <mark>MOSN</mark>", "第三行又讲 <mark>MOSN</mark> 和 <mark>mosn</mark>");
    }

    @Test
    void excludedWordsAreNotMarked() {
        assertThat(highlights("seata -TCC", "item/3")).containsExactly("<mark>Seata</mark> 的 AT 模式");
    }

    @Test
    void noSnippetWhenTheQueryMatchesNothingInTheText() throws Exception {
        SampleIndex.Hit hit = index.top(index.fields().search("seata"), 10).get(0);
        assertThat(index.fields().highlights(index.searcher(), index.fields().search("热升级"), hit.doc(), 3)).isEmpty();
    }
}
