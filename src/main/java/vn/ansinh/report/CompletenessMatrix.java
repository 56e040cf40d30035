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
     * @param ward  a ward
     * @param cells its timeliness in each cycle, in the order of {@link #cycles()} (null where it did not exist)
     */
    public record Row(OrgUnit ward, List<Timeliness> cells) {
    }

    /**
     * @param page 1-based page; below 1 reads as 1, beyond the last as the last
     * @return that page's wards with their cells
     */
    public ListPage<Row> page(int page) {
        return ListPage.of(java.util.stream.IntStream.range(0, wards.size())
                .mapToObj(i -> new Row(wards.get(i), cells.get(i))).toList(), page, PAGE_SIZE);
    }
}
