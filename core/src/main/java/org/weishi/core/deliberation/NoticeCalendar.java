package org.weishi.core.deliberation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Working days for notice periods: Monday to Friday, minus the district's holidays, plus its
 * make-up working days (调休). A notice of N working days published on day D runs through the Nth
 * working day after D; objections are accepted through that day and the decision takes effect on
 * the following day at the earliest.
 *
 * @param workingDays N, the notice period's length (commonly 5)
 * @param zone the district's time zone (Asia/Shanghai)
 * @param holidays days off that would otherwise be working days
 * @param makeUpWorkingDays weekend days that are working days
 */
public record NoticeCalendar(int workingDays, ZoneId zone, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {
    /** Validates and copies. */
    public NoticeCalendar {
        if (workingDays < 1 || workingDays > 60) throw new IllegalArgumentException("notice period must be 1-60 working days");
        Objects.requireNonNull(zone, "zone");
        holidays = Set.copyOf(holidays);
        makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
    }

    /** @return 5 working days in Asia/Shanghai without holidays */
    public static NoticeCalendar standard() {
        return new NoticeCalendar(5, ZoneId.of("Asia/Shanghai"), Set.of(), Set.of());
    }

    /**
     * @param day a date
     * @return whether it is a working day
     */
    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkingDays.contains(day)) return true;
        if (holidays.contains(day)) return false;
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * @param published the day the notice is published
     * @return the last day of the notice period
     */
    public LocalDate endOfNotice(LocalDate published) {
        LocalDate d = published;
        int counted = 0;
        while (counted < workingDays) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) counted++;
        }
        return d;
    }
}
