package vn.ansinh.report;

import vn.ansinh.shared.web.Formats;

/**
 * A reminder shown to a ward officer on every page (key {@code notice.*}).
 *
 * @param cycle      the cycle
 * @param report     the ward's report, or null when not started
 * @param timeliness due (with days left) or missing (with days overdue)
 * @param locked     whether the ward can no longer submit (lock date passed and not reopened)
 */
public record ReportNotice(ReportingCycle cycle, WardReport report, Timeliness timeliness, boolean locked) {

    /** @return whether the ward has something to do: returned, or unsubmitted and due within 30 days or overdue */
    boolean needsAction() {
        if (report != null && report.getState() == ReportState.RETURNED) {
            return true;
        }
        boolean unsubmitted = report == null || report.getState() == ReportState.DRAFT;
        return unsubmitted && (timeliness.status() == Timeliness.Status.MISSING
                || (timeliness.status() == Timeliness.Status.DUE && timeliness.daysLeft() <= ReportService.REMINDER_DAYS));
    }

    /** @return the message arguments: year, deadline (dd/MM/yyyy), days left, days overdue */
    public Object[] args() {
        return new Object[]{String.valueOf(cycle.getYear()), Formats.DATE.format(cycle.getDeadline()),
                String.valueOf(timeliness.daysLeft()), String.valueOf(timeliness.daysOverdue())};
    }

    /**
     * @return the message key: {@code notice.locked} when the cycle is locked and the report not reopened,
     * {@code notice.returned}, {@code notice.missing}, {@code notice.dueToday} or {@code notice.due}
     */
    public String messageKey() {
        if (locked) {
            return "notice.locked";
        }
        if (report != null && report.getState() == ReportState.RETURNED) {
            return "notice.returned";
        }
        if (timeliness.status() == Timeliness.Status.MISSING) {
            return "notice.missing";
        }
        return timeliness.daysLeft() == 0 ? "notice.dueToday" : "notice.due";
    }
}
