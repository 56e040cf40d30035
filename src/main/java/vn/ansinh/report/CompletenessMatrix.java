package vn.ansinh.report;

import java.util.List;

import vn.ansinh.orgunit.OrgUnit;

/**
 * Wards × years: the timeliness of each ward's report in each cycle.
 *
 * @param cycles the cycles, newest first (the columns)
 * @param wards  the wards (the rows)
 * @param cells  {@code cells.get(row).get(column)}: the timeliness, or null where the ward did not exist that year
 */
public record CompletenessMatrix(List<ReportingCycle> cycles, List<OrgUnit> wards, List<List<Timeliness>> cells) {

    /** Rows per page of the /cycles page, as on the completeness page ({@link Completeness#PAGE_SIZE}). */
    public static final int PAGE_SIZE = Completeness.PAGE_SIZE;

    /**
     * @param page 1-based page; below 1 reads as 1, beyond the last as the last
     * @return the same columns with that page's wards and cells
     */
    public CompletenessMatrix page(int page) {
        int current = Math.min(Math.max(1, page), pages());
        int from = (current - 1) * PAGE_SIZE;
        int to = Math.min(wards.size(), from + PAGE_SIZE);
        return new CompletenessMatrix(cycles, wards.subList(from, to), cells.subList(from, to));
    }

    /** @return number of pages of {@link #PAGE_SIZE} wards, at least 1 */
    public int pages() {
        return Math.max(1, (wards.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }
}
