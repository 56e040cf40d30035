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
}
