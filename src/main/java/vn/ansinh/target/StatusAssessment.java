package vn.ansinh.target;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of evaluating a target against its values: the status and the facts that explain it.
 *
 * @param status        the status for the latest year with data
 * @param reason        why: which branch of the rule decided
 * @param latest        the latest observation, or null when there is none
 * @param baselineYear  the baseline year (set on the target, or the plan's base year when it has a value), or null
 * @param baselineValue the baseline value, or null
 * @param goal          the value the straight path leads to (range: the nearer bound), or null
 * @param expected      the value expected in the latest year on the straight path from baseline to goal, or null
 * @param progressPercent share of the expected progress made, in % (e.g. 83,3), or null
 * @param failedYears   for MAINTAIN targets, the years that did not hold
 */
public record StatusAssessment(TargetStatus status, Reason reason, Observation latest, Integer baselineYear,
                               BigDecimal baselineValue, BigDecimal goal, BigDecimal expected,
                               BigDecimal progressPercent, List<Integer> failedYears) {

    /** Which branch of the status rule decided (message keys {@code reason.*}). */
    public enum Reason {
        NO_DATA, NO_ASSESSMENT, ASSESSED, MET, MAINTAIN_HELD, MAINTAIN_BROKEN, MILESTONE_DONE, MILESTONE_NOT_DONE,
        NO_BASELINE, AT_BASELINE, TARGET_YEAR_REACHED, REGRESSED, OVERSHOT, PROGRESS
    }

    static StatusAssessment simple(TargetStatus status, Reason reason, Observation latest) {
        return new StatusAssessment(status, reason, latest, null, null, null, null, null, List.of());
    }
}
