package vn.ansinh.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import vn.ansinh.shared.SearchText;

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

    /**
     * The same wards as seen at another moment, e.g. the date of a report written about the cycle: a report first
     * submitted after {@code moment} counts as not submitted, and days overdue are counted up to {@code moment}.
     *
     * @param moment the moment the lines describe
     * @return a completeness with each line's timeliness at that moment
     */
    public Completeness asOf(java.time.Instant moment) {
        return new Completeness(cycle, rows.stream().map(r -> {
            java.time.Instant first = r.report() == null ? null : r.report().getFirstSubmittedAt();
            return new CompletenessRow(r.ward(), r.report(), Timeliness.of(cycle.getDeadline(),
                    first == null || first.isAfter(moment) ? null : first, moment));
        }).toList());
    }

    /** Lines per page of the completeness page: a district has about ten wards, a national plan 3.321 communes. */
    public static final int PAGE_SIZE = 100;

    /**
     * One page of the lines that match a filter, for the completeness page.
     *
     * @param status only wards with this timeliness status; null for all
     * @param query  words of the ward's name, matched without case or diacritics; blank for all
     * @param page   1-based page number; below 1 reads as 1, beyond the last as the last
     * @return the page's lines, in code order, with the page number, the number of pages and how many lines match
     *         ({@link ListPage#total()})
     */
    public ListPage<CompletenessRow> page(Timeliness.Status status, String query, int page) {
        return ListPage.of(rows.stream()
                .filter(r -> status == null || r.timeliness().status() == status)
                .filter(r -> SearchText.matches(r.ward().getName(), query))
                .toList(), page, PAGE_SIZE);
    }
}
