package com.weeklygraphql.content.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventDateParserTests {

    private static final java.time.ZoneOffset CHINA = java.time.ZoneOffset.ofHours(8);

    /** A Friday, like most issues. */
    private static final LocalDate ISSUE = LocalDate.of(2019, 8, 23);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2020年3月12日（周四）19:00-20:00     | 2020-03-12 | 2020-03-12T19:00+08:00
            8 月 29 日周四晚 7 点                 | 2019-08-29 | 2019-08-29T19:00+08:00
            8 月 29 日下周四晚 7点                | 2019-08-29 | 2019-08-29T19:00+08:00
            3 月 22 号（下周三）下午 14 点        | 2020-03-22 | 2020-03-22T14:00+08:00
            9 月 1 日下午 2 点半                  | 2019-09-01 | 2019-09-01T14:30+08:00
            09 月 04 日 19:30 - 20:30             | 2019-09-04 | 2019-09-04T19:30+08:00
            2020/7/2（周四）19:00-20:00           | 2020-07-02 | 2020-07-02T19:00+08:00
            2019-11-02 09:00 ~ 11-03 17:00       | 2019-11-02 | 2019-11-02T09:00+08:00
            2020-09-20 本周日 13:00-17:30         | 2020-09-20 | 2020-09-20T13:00+08:00
            3/12                                 | 2020-03-12 | -
            本周日我们在广州等你~                   | 2019-08-25 | -
            下周四晚上 8 点                       | 2019-08-29 | 2019-08-29T20:00+08:00
            8 月 29 日 19:00（UTC+2）             | 2019-08-29 | 2019-08-29T19:00+02:00
            """)
    void readsChineseDatesAndTimes(String text, String date, String startsAt) {
        LocalDate issue = text.equals("3/12") || text.startsWith("3 月 22") ? LocalDate.of(2020, 3, 6) : ISSUE;
        EventDateParser.EventTime time = EventDateParser.parse(text, issue, true, CHINA).orElseThrow();
        assertThat(time.date()).isEqualTo(LocalDate.parse(date));
        assertThat(time.startsAt()).isEqualTo(startsAt == null ? null : OffsetDateTime.parse(startsAt));
    }

    @ParameterizedTest(name = "{0} in an issue of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 月 9 日    | 2019-12-27 | 2020-01-09
            12 月 28 日  | 2020-01-03 | 2019-12-28
            6 月 1 日    | 2020-05-29 | 2020-06-01
            """)
    void aDateWithoutYearTakesTheNearestYear(String text, String issue, String expected) {
        assertThat(EventDateParser.parse(text, LocalDate.parse(issue), false, CHINA).orElseThrow().date())
                .isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            升级 jraft 到 1.2.5
            第 8 期
            共计 3 条
            """)
    void textWithoutADateHasNone(String text) {
        assertThat(EventDateParser.parse(text, ISSUE, false, CHINA)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            版本 1/2 兼容
            """)
    void aSlashDateIsOnlyReadInATimeField(String text) {
        assertThat(EventDateParser.parse(text, ISSUE, false, CHINA)).isEmpty();
    }
}
