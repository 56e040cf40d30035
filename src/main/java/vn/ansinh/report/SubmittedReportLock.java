package vn.ansinh.report;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.target.WardValueLock;

/**
 * A ward's values of a year are locked for the ward once its report of that year is submitted or accepted; they open
 * again when the district returns or reopens the report. So the district accepts exactly the figures it reviewed.
 */
@Component
class SubmittedReportLock implements WardValueLock {

    private final WardReportRepository reports;

    SubmittedReportLock(WardReportRepository reports) {
        this.reports = reports;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isLocked(long planId, long wardId, int year) {
        return reports.findByWardAndPlan(wardId, planId).stream()
                .anyMatch(r -> r.getCycle().getYear() == year && !r.getState().editableByWard());
    }
}
