package com.weeklygraphql.content.parse;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date and start time of an event from one line of Chinese text, relative to the issue that
 * announces it: "2020年3月12日（周四）19:00-20:00", "8 月 29 日周四晚 7 点", "3 月 22 号（下周三）下午 14 点",
 * "2019-11-02 09:00 ~ 11-03 17:00", "2020/7/2", "3/12" (only where the text is known to be a time field),
 * "本周日" and "下周四" (from the issue's week, Monday to Sunday).
 *
 * <p>A date without a year takes the issue's year, moved by a year when that puts it more than half a
 * year from the issue (a December issue announcing a January event). Times are in the newsletter's time zone unless the
 * text names another offset ("UTC+2"). "晚 7 点" is 19:00; "下午 14 点" is already 14:00.
 */
final class EventDateParser {

    /** "March 12, 2024", "Mar 12", "12 March 2024": English month names, the year optional. */
    private static final String MONTHS = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_NAME_DAY = Pattern.compile("(?i)(?<![a-z])" + MONTHS
            + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(?<y>(?:19|20)\\d{2}))?");
    private static final Pattern DAY_MONTH_NAME = Pattern.compile("(?i)(?<!\\d)(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS
            + "(?![a-z])(?:,?\\s+(?<y>(?:19|20)\\d{2}))?");
    private static final Pattern AM_PM = Pattern.compile("(?i)(?<!\\d)(?<h>\\d{1,2})(?::(?<min>\\d{2}))?\\s*(?<half>[ap])\\.?m\\.?(?![a-z])");
    private static final Pattern FULL_DATE = Pattern.compile(
            "(?<!\\d)(?<y>(?:19|20)\\d{2})\\s*[-/.年]\\s*(?<m>\\d{1,2})\\s*[-/.月]\\s*(?<d>\\d{1,2})(?!\\d)\\s*[日号]?");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<!\\d)(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*[日号]");
    private static final Pattern SHORT_DATE = Pattern.compile("(?<![\\d/.])(?<m>\\d{1,2})\\s*/\\s*(?<d>\\d{1,2})(?![\\d/])");
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?<week>本|下|这|下个)\\s*(?:周|星期|礼拜)\\s*(?<day>[一二三四五六日天])");
    private static final Pattern CLOCK = Pattern.compile(
            "(?<period>上午|中午|下午|傍晚|晚上|晚|早上|凌晨)?\\s*(?<h>\\d{1,2})\\s*[:：]\\s*(?<min>\\d{2})(?!\\d)");
    private static final Pattern HOUR = Pattern.compile(
            "(?<period>上午|中午|下午|傍晚|晚上|晚|早上|凌晨)?\\s*(?<h>\\d{1,2})\\s*点\\s*(?:(?<half>半)|(?<min>\\d{1,2})\\s*分)?");
    private static final Pattern OFFSET = Pattern.compile("(?i)(?:UTC|GMT)\\s*(?<sign>[+-])\\s*(?<h>\\d{1,2})(?::?(?<m>\\d{2}))?");
    private static final String DAYS = "一二三四五六日";

    private EventDateParser() {
    }

    /** A date and, when the text gives a time, the start. */
    record EventTime(LocalDate date, OffsetDateTime startsAt) {
    }

    /**
     * @param allowShortDate whether "3/12" may be read as a date: only in a field known to hold a time,
     *        since elsewhere it may be a fraction or part of a path
     */
    static Optional<EventTime> parse(String text, LocalDate issueDate, boolean allowShortDate, ZoneOffset zone) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        DateMatch date = explicitDate(text, issueDate, allowShortDate);
        if (date == null) {
            date = relativeDate(text, issueDate);
        }
        if (date == null) {
            return Optional.empty();
        }
        LocalTime time = time(text.substring(date.end()));
        if (time == null) {
            time = time(text.substring(0, date.start()));
        }
        OffsetDateTime startsAt = time == null ? null : date.date().atTime(time).atOffset(offset(text, zone));
        return Optional.of(new EventTime(date.date(), startsAt));
    }

    private record DateMatch(LocalDate date, int start, int end) {
    }

    private static DateMatch explicitDate(String text, LocalDate issueDate, boolean allowShortDate) {
        Matcher full = FULL_DATE.matcher(text);
        if (full.find()) {
            LocalDate date = date(Integer.parseInt(full.group("y")), full.group("m"), full.group("d"));
            if (date != null) {
                return new DateMatch(date, full.start(), full.end());
            }
        }
        Matcher monthDay = MONTH_DAY.matcher(text);
        if (monthDay.find()) {
            LocalDate date = withoutYear(monthDay.group("m"), monthDay.group("d"), issueDate);
            if (date != null) {
                return new DateMatch(date, monthDay.start(), monthDay.end());
            }
        }
        DateMatch named = monthName(text, issueDate);
        if (named != null) {
            return named;
        }
        if (allowShortDate) {
            Matcher shortDate = SHORT_DATE.matcher(text);
            if (shortDate.find()) {
                LocalDate date = withoutYear(shortDate.group("m"), shortDate.group("d"), issueDate);
                if (date != null) {
                    return new DateMatch(date, shortDate.start(), shortDate.end());
                }
            }
        }
        return null;
    }

    /** Whether the text opens with a written date ("12月5日 ...", "2020-07-30 ...", "March 12 ..."). */
    static boolean startsWithDate(String text) {
        for (Pattern pattern : new Pattern[] {FULL_DATE, MONTH_DAY, MONTH_NAME_DAY, DAY_MONTH_NAME}) {
            if (pattern.matcher(text).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static DateMatch monthName(String text, LocalDate issueDate) {
        for (Pattern pattern : new Pattern[] {MONTH_NAME_DAY, DAY_MONTH_NAME}) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                String month = String.valueOf(monthOf(m.group("month")));
                LocalDate date = m.group("y") != null ? date(Integer.parseInt(m.group("y")), month, m.group("d"))
                        : withoutYear(month, m.group("d"), issueDate);
                if (date != null) {
                    return new DateMatch(date, m.start(), m.end());
                }
            }
        }
        return null;
    }

    private static int monthOf(String name) {
        String prefix = name.toLowerCase(java.util.Locale.ROOT).substring(0, 3);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1;
    }

    private static DateMatch relativeDate(String text, LocalDate issueDate) {
        Matcher relative = RELATIVE_DAY.matcher(text);
        if (relative.find()) {
            DayOfWeek day = DayOfWeek.of(dayIndex(relative.group("day")));
            LocalDate monday = issueDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (relative.group("week").startsWith("下")) {
                monday = monday.plusWeeks(1);
            }
            return new DateMatch(monday.with(TemporalAdjusters.nextOrSame(day)), relative.start(), relative.end());
        }
        int today = indexOfAny(text, "今天", "今晚", "今日");
        if (today >= 0) {
            return new DateMatch(issueDate, today, today + 2);
        }
        int tomorrow = indexOfAny(text, "明天", "明晚", "明日");
        if (tomorrow >= 0) {
            return new DateMatch(issueDate.plusDays(1), tomorrow, tomorrow + 2);
        }
        return null;
    }

    private static int dayIndex(String day) {
        int index = DAYS.indexOf(day);
        return index < 0 ? 7 : index + 1; // 天 as in 周天 is Sunday
    }

    private static int indexOfAny(String text, String... words) {
        for (String word : words) {
            int at = text.indexOf(word);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    private static LocalDate withoutYear(String month, String day, LocalDate issueDate) {
        LocalDate date = date(issueDate.getYear(), month, day);
        if (date == null) {
            return null;
        }
        if (date.isBefore(issueDate.minusDays(183))) {
            date = date.plusYears(1);
        } else if (date.isAfter(issueDate.plusDays(183))) {
            date = date.minusYears(1);
        }
        return date;
    }

    private static LocalDate date(int year, String month, String day) {
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The first clock time ("19:00", "晚 7 点", "下午 2 点半") in the text. */
    static LocalTime time(String text) {
        Matcher amPm = AM_PM.matcher(text);
        if (amPm.find()) {
            int h = Integer.parseInt(amPm.group("h")) % 12 + (amPm.group("half").equalsIgnoreCase("p") ? 12 : 0);
            int min = amPm.group("min") == null ? 0 : Integer.parseInt(amPm.group("min"));
            if (h < 24 && min < 60) {
                return LocalTime.of(h, min);
            }
        }
        Matcher clock = CLOCK.matcher(text);
        Matcher hour = HOUR.matcher(text);
        boolean hasClock = clock.find();
        boolean hasHour = hour.find();
        if (hasClock && (!hasHour || clock.start() <= hour.start())) {
            return time(clock.group("period"), clock.group("h"), clock.group("min"));
        }
        if (hasHour) {
            String minutes = hour.group("half") != null ? "30" : hour.group("min");
            return time(hour.group("period"), hour.group("h"), minutes);
        }
        return null;
    }

    private static LocalTime time(String period, String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = minutes == null ? 0 : Integer.parseInt(minutes);
        if (period != null && (period.startsWith("下") || period.startsWith("晚") || period.startsWith("傍"))
                && h < 12) {
            h += 12;
        }
        if (h > 23 || m > 59) {
            return null;
        }
        return LocalTime.of(h, m);
    }

    private static ZoneOffset offset(String text, ZoneOffset zone) {
        Matcher m = OFFSET.matcher(text);
        if (m.find()) {
            try {
                int hours = Integer.parseInt(m.group("h"));
                int minutes = m.group("m") == null ? 0 : Integer.parseInt(m.group("m"));
                int sign = m.group("sign").equals("-") ? -1 : 1;
                return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            } catch (DateTimeException e) {
                return zone;
            }
        }
        return zone;
    }
}
