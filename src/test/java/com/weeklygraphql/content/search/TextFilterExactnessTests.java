package com.weeklygraphql.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklygraphql.content.project.ProjectCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The {@code text} filter answered from the index gives exactly the items a scan gives: every item of the
 * sample one of whose strings contains the needle by {@link String#regionMatches} ignoring case, the
 * contract's own definition. Checked for needles of every kind and for substrings drawn at random from the
 * sample itself.
 */
class TextFilterExactnessTests {

    private static SearchFields fields;
    private static SampleIndex index;

    @BeforeAll
    static void index() {
        fields = new SearchFields(ProjectCatalogue.defaults());
        index = SampleIndex.of(fields, SampleItems.all());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    static Stream<String> needles() {
        return Stream.of(
                // Han, one to four characters, and longer
                "事", "锁", "务", "事务", "铜锁", "分布式", "注册中心", "分布式事务", "服务注册中心如何实现",
                // Latin fragments inside words, any case
                "raft", "RAFT", "ofaj", "ft", "a", "x", "mosn", "MoSn", "eat", "ub.c", "hub.com/sofastack",
                "sofa-j", "-jraft", "jraft-", "rheakv", "Istio", "istio 1", "http://", "https://github.com/mosn/mosn",
                // mixed scripts, with and without spaces
                "MOSN 发布", "MOSN发布", "jraft 的", "Seata 的 AT", "AT 模式", "的 Saga", "Saga 模式", "v1.0 版本",
                // punctuation alone and around words
                "：", "，", "。", "->", "#", "@", "?", "？", "（", "A：", "**", "\"", "'", "|", "...", "/", "_",
                "e.g", "i.e.", "Q:", "a:", "rpc.", ".rpc", "(", ")",
                // versions
                "1.3.10", "v1.3", "0.9.0", "5.4.", ".0", "1.2.7", "v5.4.0", "3.16.3", "1.0",
                // white space inside the needle
                "Service Mesh", "service  mesh", "SOFA Weekly", "SOFA\nWeekly");
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("needles")
    void findsExactlyWhatAScanFinds(String needle) {
        assertThat(index.ids(fields.textFilter(needle))).as(needle).isEqualTo(scan(SampleItems.all(), needle));
    }

    @Test
    void findsExactlyWhatAScanFindsForRandomSubstringsOfTheSample() {
        List<SampleItems.Item> items = SampleItems.all();
        Random random = new Random(20261127L);
        int checked = 0;
        for (int i = 0; i < 250; i++) {
            SampleItems.Item item = items.get(random.nextInt(items.size()));
            List<String> texts = strings(item);
            String text = texts.get(random.nextInt(texts.size()));
            int length = 1 + random.nextInt(Math.min(12, text.length()));
            int start = random.nextInt(text.length() - length + 1);
            String needle = text.substring(start, start + length);
            if (random.nextBoolean()) {
                needle = flipCase(needle);
            }
            if (needle.isBlank()) {
                continue;
            }
            Set<String> expected = scan(items, needle);
            assertThat(expected).as(needle).contains(item.id());
            assertThat(index.ids(fields.textFilter(needle))).as(needle).isEqualTo(expected);
            checked++;
        }
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void aNeedleAsLongAsAWholeIssueIsAnsweredExactly() {
        SampleItems.Item issue = SampleItems.all().stream().filter(item -> item.kind().equals("ISSUE"))
                .filter(item -> item.text().body().stream().anyMatch(body -> body.length() > 5000))
                .findFirst().orElseThrow();
        String body = issue.text().body().stream().filter(text -> text.length() > 5000).findFirst().orElseThrow();
        String hanOnly = body.codePoints().filter(c -> c >= 0x4E00 && c <= 0x9FFF).limit(3000)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        for (String needle : List.of(body.substring(100, 4100), body.substring(100, 4100).toUpperCase(),
                hanOnly.substring(0, 40), hanOnly, "z".repeat(3000))) {
            assertThat(index.ids(fields.textFilter(needle))).as(needle.substring(0, 20))
                    .isEqualTo(scan(SampleItems.all(), needle));
        }
    }

    @Test
    void countsStayExactNextToOtherFilters() {
        for (String needle : List.of("事务", "jraft", "：", "a")) {
            BooleanQuery questions = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("kind", "QUESTION")), Occur.FILTER)
                    .add(fields.textFilter(needle), Occur.FILTER)
                    .build();
            long expected = SampleItems.all().stream()
                    .filter(item -> item.kind().equals("QUESTION") && matches(item, needle)).count();
            assertThat(index.count(questions)).as(needle).isEqualTo(expected);
        }
    }

    @Test
    void findsLettersThatFoldToAsciiWordsLongerThanATokenAndTextBeyondTheBasicPlane() throws Exception {
        List<String> bodies = List.of(
                "the ſtate machine",                          // long s: regionMatches equates it with s
                "İstanbul and ıstanbul",                      // dotted capital I, dotless i
                "a 5 \u212Aelvin wide gap",                   // the Kelvin sign
                "x".repeat(300) + "needle" + "y".repeat(300), // one word longer than the tokenizer keeps whole
                "𐐀𐐨 Deseret and 😀 emoji",                    // surrogate pairs
                "plain text 事务");
        List<SampleItems.Item> items = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            items.add(new SampleItems.Item("QUESTION", "odd/" + i, "odd", LocalDate.of(2021, 1, 1),
                    new ItemText("", List.of(bodies.get(i))), null));
        }
        try (SampleIndex odd = SampleIndex.of(fields, items)) {
            for (String needle : List.of("state", "STATE", "istanbul", "ISTANBUL", "kelvin", "5 kelvin", "xneedley",
                    "needle", "x".repeat(280), "𐐨", "𐐀", "😀 emoji", "事务")) {
                assertThat(odd.ids(fields.textFilter(needle))).as(needle).isEqualTo(scan(items, needle));
            }
        }
    }

    @Test
    void everyCharacterThatMatchesAnAsciiLetterIgnoringCaseIsIndexedAsThatLetter() {
        Analyzer analyzer = fields.analyzer();
        for (char c = 128; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            for (char ascii = 'a'; ascii <= 'z'; ascii++) {
                if (String.valueOf(c).regionMatches(true, 0, String.valueOf(ascii), 0, 1)) {
                    String text = "x" + c + "x";
                    List<String> terms = AnalyzedToken.analyse(analyzer, TextAnalysis.TEXT, text).stream()
                            .map(AnalyzedToken::term).toList();
                    assertThat(terms).as("U+%04X", (int) c).contains("x" + ascii + "x");
                }
            }
        }
    }

    private static Set<String> scan(List<SampleItems.Item> items, String needle) {
        Set<String> ids = new LinkedHashSet<>();
        for (SampleItems.Item item : items) {
            if (matches(item, needle)) {
                ids.add(item.id());
            }
        }
        return ids;
    }

    private static boolean matches(SampleItems.Item item, String needle) {
        return strings(item).stream().anyMatch(text -> containsIgnoreCase(text, needle));
    }

    private static List<String> strings(SampleItems.Item item) {
        List<String> texts = new ArrayList<>();
        if (!item.text().title().isEmpty()) {
            texts.add(item.text().title());
        }
        texts.addAll(item.text().body());
        return texts;
    }

    /** The contract, as the scan has always answered it. */
    private static boolean containsIgnoreCase(String haystack, String needle) {
        for (int i = 0; i <= haystack.length() - needle.length(); i++) {
            if (haystack.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }

    private static String flipCase(String text) {
        StringBuilder flipped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            flipped.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return flipped.toString();
    }
}
