package vn.ansinh.target;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value entry after parsing and validation, ready to store.
 *
 * @param year        calendar year, within the plan's years
 * @param orgUnitId   the territory the value is for (district or ward)
 * @param value       the number; for rates computed from numerator/denominator when those are given;
 *                    milestone 1 (done) or 0; null for qualitative targets
 * @param numerator   optional numerator (e.g. number of doctors)
 * @param denominator optional denominator (e.g. population), &gt; 0
 * @param achievedOn  for milestones, the date it was done
 * @param assessment  for qualitative targets, the assessed status
 * @param narrative   for qualitative targets, what was done
 * @param source      where the figure comes from
 * @param comment     free comment
 * @param version     the version the user started from, or null for a new value
 */
public record ValueInput(int year, long orgUnitId, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                         LocalDate achievedOn, Assessment assessment, String narrative, String source, String comment,
                         Long version) {
}
