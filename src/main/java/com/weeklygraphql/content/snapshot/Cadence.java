package com.weeklygraphql.content.snapshot;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A project's release rhythm.
 *
 * @param medianDaysBetween the median gap between consecutive distinct release dates (releases announced
 *     together count once), or null with fewer than two dates
 */
public record Cadence(int releases, LocalDate first, LocalDate last, Double medianDaysBetween) {

    /** @param releaseDates the date of every release, one per release */
    public static Cadence of(List<LocalDate> releaseDates) {
        List<LocalDate> dates = releaseDates.stream().distinct().sorted().toList();
        if (dates.isEmpty()) {
            return new Cadence(0, null, null, null);
        }
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < dates.size(); i++) {
            gaps.add(ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i)));
        }
        gaps.sort(null);
        Double median = gaps.isEmpty() ? null : gaps.size() % 2 == 1
                ? (double) gaps.get(gaps.size() / 2)
                : (gaps.get(gaps.size() / 2 - 1) + gaps.get(gaps.size() / 2)) / 2.0;
        return new Cadence(releaseDates.size(), dates.get(0), dates.get(dates.size() - 1), median);
    }
}
