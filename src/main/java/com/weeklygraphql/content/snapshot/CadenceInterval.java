package com.weeklygraphql.content.snapshot;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The width of a release-cadence bucket; each knows where its intervals start and how to step. */
public enum CadenceInterval {
    MONTH {
        @Override
        LocalDate start(LocalDate date) {
            return date.withDayOfMonth(1);
        }

        @Override
        LocalDate next(LocalDate start) {
            return start.plusMonths(1);
        }
    },
    QUARTER {
        @Override
        LocalDate start(LocalDate date) {
            int firstMonth = (date.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1;
            return LocalDate.of(date.getYear(), firstMonth, 1);
        }

        @Override
        LocalDate next(LocalDate start) {
            return start.plusMonths(3);
        }
    },
    YEAR {
        @Override
        LocalDate start(LocalDate date) {
            return date.withDayOfYear(1);
        }

        @Override
        LocalDate next(LocalDate start) {
            return start.plusYears(1);
        }
    };

    abstract LocalDate start(LocalDate date);

    abstract LocalDate next(LocalDate start);
}
