package vn.ansinh.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Completeness of a cycle: each ward's line and the counts and shares of on-time, late and missing reports.
 *
 * @param cycle the cycle
 * @param rows  one line per ward valid in the cycle's year, in code order
 */
public record Completeness(ReportingCycle cycle, List<CompletenessRow> rows) {

    /**
     * @param status a timeliness status
     * @return how many wards have it
     */
    public long count(Timeliness.Status status) {
        return rows.stream().filter(r -> r.timeliness().status() == status).count();
    }

    /**
     * @param status a timeliness status
     * @return the share of wards with it, in % with one decimal (0 when there are no wards)
     */
    public BigDecimal percent(Timeliness.Status status) {
        if (rows.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(count(status) * 100).divide(BigDecimal.valueOf(rows.size()), 1, RoundingMode.HALF_UP);
    }
}
