package vn.ansinh.target;

import java.math.BigDecimal;

/**
 * One year's recorded value of a target for one unit, as the status rules see it.
 *
 * @param year       the calendar year
 * @param value      the number (milestone: 1 done, 0 not yet); null for qualitative targets
 * @param assessment for qualitative targets, the staff's assessment; otherwise null
 */
public record Observation(int year, BigDecimal value, Assessment assessment) {
}
