package com.weeklygraphql.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * When each synthetic issue is dated, and its slug. By default the issues are spread evenly over 2010-01-01 …
 * 2026-12-31 in China time, so a bigger archive is denser (several issues a day at 100,000), as a growing site
 * is, and date filters, `releaseCadence` and the cadence charts keep a realistic span at every size. The old
 * layout, weekly from 2019-07-05 with several issues a week, stays available for comparing with old figures.
 *
 * <p>Slugs are {@code sofa-weekly-YYYYMMDD}, then {@code -2}, {@code -3} … for the later issues of the same day;
 * dates never go backwards, so the suffix only depends on the previous issue.
 */
final class ArchiveCalendar {

    static final LocalDate DEFAULT_FROM = LocalDate.of(2010, 1, 1);
    static final LocalDate DEFAULT_TO = LocalDate.of(2026, 12, 31);
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final OffsetDateTime WEEKLY_FIRST = OffsetDateTime.of(2019, 7, 5, 15, 0, 0, 0, CHINA);
    private static final DateTimeFormatter SLUG_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final int count;
    private final long firstSecond;
    private final long spanSeconds;
    private final int perWeek;
    private LocalDate lastDay;
    private int sameDay;

    private ArchiveCalendar(int count, LocalDate from, LocalDate to, int perWeek) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        this.count = count;
        this.firstSecond = from.atStartOfDay().toEpochSecond(CHINA);
        this.spanSeconds = to.plusDays(1).atStartOfDay().toEpochSecond(CHINA) - firstSecond;
        this.perWeek = perWeek;
    }

    /** {@code count} issues spread evenly over the days {@code from} … {@code to}, both included. */
    static ArchiveCalendar spread(int count, LocalDate from, LocalDate to) {
        return new ArchiveCalendar(count, from, to, 0);
    }

    /** The old layout: {@code perWeek} issues a week, an hour apart, weekly from 2019-07-05 15:00 +08:00. */
    static ArchiveCalendar weekly(int count, int perWeek) {
        if (perWeek < 1) {
            throw new IllegalArgumentException("--per-week must be at least 1, was " + perWeek);
        }
        return new ArchiveCalendar(count, LocalDate.of(2019, 7, 5), LocalDate.of(2019, 7, 5), perWeek);
    }

    /** The date of issue {@code i} (0-based): the middle of its equal share of the span, or its weekly slot. */
    OffsetDateTime date(int i) {
        if (perWeek > 0) {
            return WEEKLY_FIRST.plusWeeks(i / perWeek).plusHours(i % perWeek);
        }
        long second = firstSecond + (long) ((i + 0.5) * ((double) spanSeconds / count));
        return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(second), CHINA);
    }

    /** The slug of the next issue, dated {@code date}; call once per issue, in order. */
    String nextSlug(OffsetDateTime date) {
        LocalDate day = date.toLocalDate();
        sameDay = day.equals(lastDay) ? sameDay + 1 : 1;
        lastDay = day;
        return "sofa-weekly-" + day.format(SLUG_DATE) + (sameDay > 1 ? "-" + sameDay : "");
    }
}
