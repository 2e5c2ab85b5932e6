package com.weeklygraphql.content.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weeklygraphql.content.model.Project;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceTests {

    private static final Project MOSN = new Project("MOSN", List.of(), null);

    @Test
    void medianGapCountsReleasesAnnouncedTogetherOnce() {
        Cadence cadence = Cadence.of(List.of(release("2020-01-10"), release("2020-01-10"), release("2020-01-20"),
                release("2020-02-19")));

        assertThat(cadence.releases()).isEqualTo(4);
        assertThat(cadence.first()).isEqualTo("2020-01-10");
        assertThat(cadence.last()).isEqualTo("2020-02-19");
        assertThat(cadence.medianDaysBetween()).isEqualTo(20.0);
    }

    @Test
    void noReleasesHaveNoDatesAndNoMedian() {
        assertThat(Cadence.of(List.of())).isEqualTo(new Cadence(0, null, null, null));
    }

    @Test
    void bucketsKeepEmptyIntervalsBetweenFirstAndLast() {
        List<CadenceBucket> buckets = CadenceBucket.of(MOSN, List.of(release("2020-02-10"), release("2020-11-01")),
                CadenceInterval.QUARTER, null, null);

        assertThat(buckets).extracting(CadenceBucket::start).extracting(LocalDate::toString)
                .containsExactly("2020-01-01", "2020-04-01", "2020-07-01", "2020-10-01");
        assertThat(buckets).extracting(CadenceBucket::releases).containsExactly(1, 0, 0, 1);
    }

    @Test
    void boundsWidenOrNarrowTheRange() {
        List<CadenceBucket> buckets = CadenceBucket.of(MOSN, List.of(release("2020-05-10")), CadenceInterval.YEAR,
                LocalDate.parse("2019-03-01"), LocalDate.parse("2021-01-01"));

        assertThat(buckets).extracting(CadenceBucket::releases).containsExactly(0, 1, 0);
    }

    @Test
    void anAbsurdRangeIsRefused() {
        assertThatThrownBy(() -> CadenceBucket.of(MOSN, List.of(), CadenceInterval.MONTH, LocalDate.parse("1000-01-01"),
                LocalDate.parse("9000-01-01"))).hasMessageContaining("narrow");
    }

    private static LocalDate release(String date) {
        return LocalDate.parse(date);
    }
}
