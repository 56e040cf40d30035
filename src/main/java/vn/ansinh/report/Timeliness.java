package vn.ansinh.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import vn.ansinh.shared.TimeConfig;

/**
 * Whether a ward's report came in by the deadline (labels under {@code timeliness.*}).
 * <p>
 * The deadline is a day in Vietnam time (Asia/Ho_Chi_Minh, UTC+7): a report first submitted at any moment of that
 * day is on time, from 00:00 of the next day it is late. Only the <b>first</b> submission counts, so a report
 * returned and resubmitted after the deadline stays on time. Examples for a 05/10/2025 deadline: 05/10/2025
 * 23:59:59 (+07) and 2025-10-05T16:59:59Z are on time; 06/10/2025 00:00:00 (+07) and 2025-10-05T17:30:00Z are late.
 *
 * @param status      on time, late, still due, or missing
 * @param daysOverdue whole days past the deadline (of the first submission, or of today while missing); 0 otherwise
 * @param daysLeft    while due, whole days until the deadline (0 on the deadline day); 0 otherwise
 */
public record Timeliness(Status status, long daysOverdue, long daysLeft) {

    /** Timeliness of one report. */
    public enum Status {
        /** First submitted by the end of the deadline day. */
        ON_TIME,
        /** First submitted after the deadline day. */
        LATE,
        /** Not submitted yet, and the deadline day has not ended. */
        DUE,
        /** Not submitted, and the deadline day has ended. */
        MISSING
    }

    /**
     * @param deadline         the last day to submit (Vietnam calendar)
     * @param firstSubmittedAt the moment of the first submission, or null when never submitted
     * @param now              the current moment
     * @return the report's timeliness
     */
    public static Timeliness of(LocalDate deadline, Instant firstSubmittedAt, Instant now) {
        Instant cutoff = deadline.plusDays(1).atStartOfDay(TimeConfig.VIETNAM).toInstant();
        if (firstSubmittedAt != null) {
            if (firstSubmittedAt.isBefore(cutoff)) {
                return new Timeliness(Status.ON_TIME, 0, 0);
            }
            return new Timeliness(Status.LATE, ChronoUnit.DAYS.between(deadline, day(firstSubmittedAt)), 0);
        }
        if (now.isBefore(cutoff)) {
            return new Timeliness(Status.DUE, 0, ChronoUnit.DAYS.between(day(now), deadline));
        }
        return new Timeliness(Status.MISSING, ChronoUnit.DAYS.between(deadline, day(now)), 0);
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(TimeConfig.VIETNAM).toLocalDate();
    }
}
