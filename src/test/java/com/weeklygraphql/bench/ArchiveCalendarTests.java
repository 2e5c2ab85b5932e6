package com.weeklygraphql.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ArchiveCalendarTests {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    @Test
    void hundredThousandIssuesSpanTheDefaultYearsEvenlyWithUniqueSlugs() {
        int count = 100_000;
        ArchiveCalendar calendar = ArchiveCalendar.spread(count, ArchiveCalendar.DEFAULT_FROM, ArchiveCalendar.DEFAULT_TO);
        Set<String> slugs = new HashSet<>();
        Map<Integer, Integer> perYear = new TreeMap<>();
        OffsetDateTime previous = null;
        for (int i = 0; i < count; i++) {
            OffsetDateTime date = calendar.date(i);
            if (previous != null) {
                assertThat(date).isAfterOrEqualTo(previous);
            }
            previous = date;
            assertThat(slugs.add(calendar.nextSlug(date))).as("slug of issue %d is new", i).isTrue();
            perYear.merge(date.getYear(), 1, Integer::sum);
        }
        assertThat(calendar.date(0).toLocalDate()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(calendar.date(count - 1).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(perYear.keySet()).containsExactly(2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020,
                2021, 2022, 2023, 2024, 2025, 2026);
        // 6,209 days: a year holds 365 or 366 of them, so its share is 5,878 or 5,895 issues, give or take one.
        assertThat(perYear.values()).allSatisfy(n -> assertThat(n).isBetween(5_877, 5_896));
        assertThat(calendar.date(0).getOffset()).isEqualTo(CHINA);
    }

    @Test
    void severalIssuesOfOneDayGetNumberedSlugs() {
        ArchiveCalendar calendar = ArchiveCalendar.spread(3, LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 1));
        assertThat(calendar.nextSlug(calendar.date(0))).isEqualTo("sofa-weekly-20200501");
        assertThat(calendar.nextSlug(calendar.date(1))).isEqualTo("sofa-weekly-20200501-2");
        assertThat(calendar.nextSlug(calendar.date(2))).isEqualTo("sofa-weekly-20200501-3");
    }

    @Test
    void aSmallArchiveIsSparseOverTheSameYears() {
        ArchiveCalendar calendar = ArchiveCalendar.spread(114, ArchiveCalendar.DEFAULT_FROM, ArchiveCalendar.DEFAULT_TO);
        assertThat(calendar.date(1).toLocalDate().toEpochDay() - calendar.date(0).toLocalDate().toEpochDay())
                .isBetween(54L, 55L);
    }

    @Test
    void theWeeklyLayoutKeepsTheOldDatesAndSlugs() {
        ArchiveCalendar calendar = ArchiveCalendar.weekly(10, 2);
        assertThat(calendar.date(0)).isEqualTo(OffsetDateTime.of(2019, 7, 5, 15, 0, 0, 0, CHINA));
        assertThat(calendar.date(1)).isEqualTo(OffsetDateTime.of(2019, 7, 5, 16, 0, 0, 0, CHINA));
        assertThat(calendar.date(2)).isEqualTo(OffsetDateTime.of(2019, 7, 12, 15, 0, 0, 0, CHINA));
        assertThat(calendar.nextSlug(calendar.date(0))).isEqualTo("sofa-weekly-20190705");
        assertThat(calendar.nextSlug(calendar.date(1))).isEqualTo("sofa-weekly-20190705-2");
    }

    @Test
    void refusesAnEmptyOrBackwardSpan() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ArchiveCalendar.spread(10, LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
                .withMessageContaining("before");
        assertThatIllegalArgumentException().isThrownBy(() -> ArchiveCalendar.spread(0, ArchiveCalendar.DEFAULT_FROM,
                ArchiveCalendar.DEFAULT_TO));
        assertThatIllegalArgumentException().isThrownBy(() -> ArchiveCalendar.weekly(10, 0));
    }
}
