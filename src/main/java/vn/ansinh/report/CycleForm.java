package vn.ansinh.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.Errors;

import vn.ansinh.shared.web.Formats;

/**
 * The form that changes a cycle's dates, as typed (dd/MM/yyyy), with the version it was opened at and a reason.
 * {@link #parse} checks: every date valid, opening ≤ deadline, lock date (optional) ≥ deadline, period start ≤ end.
 */
public class CycleForm {


    private String opensOn;
    private String deadline;
    private String lockDate;
    private String periodFrom;
    private String periodTo;
    private String reason;
    private long version;

    static CycleForm of(ReportingCycle c) {
        CycleForm f = new CycleForm();
        f.opensOn = Formats.DATE.format(c.getOpensOn());
        f.deadline = Formats.DATE.format(c.getDeadline());
        f.lockDate = c.getLockDate() == null ? null : Formats.DATE.format(c.getLockDate());
        f.periodFrom = Formats.DATE.format(c.getPeriodFrom());
        f.periodTo = Formats.DATE.format(c.getPeriodTo());
        f.version = c.getVersion();
        return f;
    }

    /**
     * @param year   the cycle's year: the deadline must fall in it or in the next year
     * @param errors receives one error per bad field (keys {@code cycle.error.*}); a reason is required
     * @return the new dates, or null when there are errors
     */
    CycleDates parse(int year, Errors errors) {
        LocalDate open = date(opensOn, "opensOn", true, errors);
        LocalDate due = date(deadline, "deadline", true, errors);
        LocalDate lock = date(lockDate, "lockDate", false, errors);
        LocalDate from = date(periodFrom, "periodFrom", true, errors);
        LocalDate to = date(periodTo, "periodTo", true, errors);
        if (open != null && due != null && open.isAfter(due)) {
            errors.rejectValue("opensOn", "cycle.error.opensAfterDeadline");
        }
        if (lock != null && due != null && lock.isBefore(due)) {
            errors.rejectValue("lockDate", "cycle.error.lockBeforeDeadline");
        }
        if (from != null && to != null && from.isAfter(to)) {
            errors.rejectValue("periodTo", "cycle.error.periodReversed");
        }
        if (due != null && (due.getYear() < year || due.getYear() > year + 1)) {
            errors.rejectValue("deadline", "cycle.error.deadlineYear", new Object[]{String.valueOf(year), String.valueOf(year + 1)}, null);
        }
        if (reason == null || reason.isBlank()) {
            errors.rejectValue("reason", "cycle.error.reasonRequired");
        }
        if (reason != null && reason.length() > 2000) {
            errors.rejectValue("reason", "value.tooLong", new Object[]{2000}, null);
        }
        return errors.hasErrors() ? null : new CycleDates(open, due, lock, from, to);
    }

    private static LocalDate date(String text, String field, boolean required, Errors errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.rejectValue(field, "cycle.error.dateRequired");
            }
            return null;
        }
        try {
            return Formats.parseDate(text);
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "value.dateInvalid", new Object[]{text.strip()}, null);
            return null;
        }
    }

    public String getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(String opensOn) {
        this.opensOn = opensOn;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public String getLockDate() {
        return lockDate;
    }

    public void setLockDate(String lockDate) {
        this.lockDate = lockDate;
    }

    public String getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(String periodFrom) {
        this.periodFrom = periodFrom;
    }

    public String getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(String periodTo) {
        this.periodTo = periodTo;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
