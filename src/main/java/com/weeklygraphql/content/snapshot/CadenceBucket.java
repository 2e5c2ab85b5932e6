package com.weeklygraphql.content.snapshot;

import com.weeklygraphql.content.model.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Releases of one project in one interval starting at {@code start}. */
public record CadenceBucket(Project project, LocalDate start, int releases) {

    /** Enough for 100 years by month; a wider range is a mistake, not a chart. */
    public static final int MAX_BUCKETS = 1200;

    /**
     * One bucket per interval from {@code from} (or the first release) to {@code to} (or the last), empty
     * intervals included, so that a chart shows the gaps. No releases and no bounds: no buckets.
     */
    public static List<CadenceBucket> of(Project project, List<LocalDate> releaseDates, CadenceInterval interval,
            LocalDate from, LocalDate to) {
        Map<LocalDate, Integer> counts = new TreeMap<>();
        for (LocalDate date : releaseDates) {
            if ((from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to))) {
                counts.merge(interval.start(date), 1, Integer::sum);
            }
        }
        LocalDate first = from != null ? interval.start(from) : releaseDates.stream().min(LocalDate::compareTo)
                .map(interval::start).orElse(null);
        LocalDate last = to != null ? interval.start(to) : releaseDates.stream().max(LocalDate::compareTo)
                .map(interval::start).orElse(null);
        List<CadenceBucket> buckets = new ArrayList<>();
        if (first == null || last == null) {
            return buckets;
        }
        for (LocalDate start = first; !start.isAfter(last); start = interval.next(start)) {
            if (buckets.size() == MAX_BUCKETS) {
                throw new IllegalArgumentException("releaseCadence spans more than " + MAX_BUCKETS + " "
                        + interval.name().toLowerCase() + "s: narrow 'from' and 'to' or use a wider interval");
            }
            buckets.add(new CadenceBucket(project, start, counts.getOrDefault(start, 0)));
        }
        return buckets;
    }
}
