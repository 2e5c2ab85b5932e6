package com.weeklygraphql.content.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weeklygraphql.content.project.ProjectCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The search box syntax: words, "phrases", -word, OR; and what happens to a query that cannot be read. */
class QuerySyntaxTests {

    private static SampleIndex index;
    private final SearchFields fields = new SearchFields(ProjectCatalogue.defaults());

    @BeforeAll
    static void index() {
        index = TinyIndex.of(
                "MOSN 发布 1.0 版本",               // item/0
                "MOSN 的热升级方案",               // item/1
                "Seata 发布 1.4.0",                // item/2
                "Seata 的 AT 模式与 TCC 模式",     // item/3
                "Layotto 社区会议",                // item/4
                "社区会议上 Layotto 发言");        // item/5
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void everyWordMustMatch() {
        assertThat(TinyIndex.found(index, "MOSN 发布")).containsExactly("item/0");
        assertThat(TinyIndex.found(index, "seata 模式")).containsExactly("item/3");
    }

    @Test
    void aQuotedPhraseMatchesOnlyInThatOrder() {
        assertThat(TinyIndex.found(index, "Layotto 社区会议")).containsExactlyInAnyOrder("item/4", "item/5");
        assertThat(TinyIndex.found(index, "\"Layotto 社区会议\"")).containsExactly("item/4");
        assertThat(TinyIndex.found(index, "“Layotto 社区会议”")).containsExactly("item/4");
    }

    @Test
    void aMinusExcludes() {
        assertThat(TinyIndex.found(index, "MOSN -发布")).containsExactly("item/1");
        assertThat(TinyIndex.found(index, "发布 -\"MOSN 发布\"")).containsExactly("item/2");
    }

    @Test
    void orJoinsTheWordsBesideIt() {
        assertThat(TinyIndex.found(index, "热升级 OR TCC")).containsExactlyInAnyOrder("item/1", "item/3");
        assertThat(TinyIndex.found(index, "发布 MOSN OR Seata")).containsExactlyInAnyOrder("item/0", "item/2");
        assertThat(TinyIndex.found(index, "发布 MOSN OR Seata OR Layotto -1.0")).containsExactly("item/2");
    }

    @Test
    void aLowerCaseOrIsAWord() {
        assertThat(TinyIndex.found(index, "MOSN or")).isEmpty();
    }

    @Test
    void punctuationAndStarsInsideAQueryAreIgnored() {
        assertThat(TinyIndex.found(index, "MOSN* 发布!")).containsExactly("item/0");
        assertThat(TinyIndex.found(index, "MOSN - 发布")).containsExactly("item/0");
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ''                       | Type at least one word
            '   '                    | Type at least one word
            '*'                      | wildcards such as * and ? are not supported
            '* ? **'                 | wildcards such as * and ? are not supported
            '!!! ，。'                | no letters, digits or Chinese characters
            '"MOSN 发布'              | Close the quotation mark at character 1
            'Seata "'                | Close the quotation mark at character 7
            '""'                     | Put words between the quotation marks
            'OR MOSN'                | Put a word or phrase on both sides of OR (character 1)
            'MOSN OR'                | Put a word or phrase on both sides of OR (character 6)
            'MOSN OR OR Seata'       | Put a word or phrase on both sides of OR
            'MOSN OR -Seata'         | An excluded word cannot be a side of OR: move -Seata out of the OR
            '-MOSN'                  | Add a word to look for
            '-MOSN -"Seata"'         | Add a word to look for
            """)
    void aQueryThatCannotBeReadSaysWhatToChange(String query, String message) {
        assertThatThrownBy(() -> fields.search(query))
                .isInstanceOf(InvalidSearchQueryException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aNullQueryIsRefused() {
        assertThatThrownBy(() -> fields.search(null)).isInstanceOf(InvalidSearchQueryException.class)
                .hasMessageContaining("Type at least one word");
    }

    @Test
    void aQueryOverTheLengthLimitIsRefusedBeforeItIsRead() {
        String huge = "事务 ".repeat(400_000);
        assertThatThrownBy(() -> fields.search(huge))
                .isInstanceOf(InvalidSearchQueryException.class)
                .hasMessage("Shorten the query to at most 256 characters (it has 1200000).");
    }

    @Test
    void thousandsOfTermsAreRefused() {
        assertThatThrownBy(() -> fields.search("a ".repeat(2000)))
                .isInstanceOf(InvalidSearchQueryException.class)
                .hasMessageContaining("at most 256 characters");
        String words = "a b c d e f g h i j k l m n o p q r s t u v w x y z 1 2 3 4 5 6 7 8 9";
        assertThatThrownBy(() -> fields.search(words))
                .isInstanceOf(InvalidSearchQueryException.class)
                .hasMessage("Use at most 32 words and phrases (the query has 35).");
    }

    @Test
    void theLongestQueryAllowedRunsWithinLucenesClauseLimits() {
        String longest = "分布式事务的全局锁与本地锁有什么区别".repeat(20).substring(0, UserQuery.MAX_LENGTH);
        assertThat(TinyIndex.found(index, longest)).isEmpty();
        String manyProjects = "jraft mosn seata sofa-boot sofarpc bolt tongsuo layotto ".repeat(4).strip();
        assertThat(TinyIndex.found(index, manyProjects)).isEmpty();
    }
}
