package vn.ansinh.report;

import vn.ansinh.shared.web.Formats;

/**
 * A reminder shown to a ward officer on every page (key {@code notice.*}).
 *
 * @param cycle      the cycle
 * @param report     the ward's report, or null when not started
 * @param timeliness due (with days left) or missing (with days overdue)
 */
public record ReportNotice(ReportingCycle cycle, WardReport report, Timeliness timeliness) {

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

    /** @return the message key: {@code notice.returned}, {@code notice.missing} or {@code notice.due} */
    public String messageKey() {
        if (report != null && report.getState() == ReportState.RETURNED) {
            return "notice.returned";
        }
        return timeliness.status() == Timeliness.Status.MISSING ? "notice.missing" : "notice.due";
    }
}
