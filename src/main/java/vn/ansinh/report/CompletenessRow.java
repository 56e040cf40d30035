package vn.ansinh.report;

import vn.ansinh.orgunit.OrgUnit;

/**
 * A ward's line on the completeness page of a cycle.
 *
 * @param ward       the ward, as it existed in the cycle's year
 * @param report     its report, or null when none was started
 * @param timeliness on time, late, due or missing, with days overdue
 */
public record CompletenessRow(OrgUnit ward, WardReport report, Timeliness timeliness) {
}
