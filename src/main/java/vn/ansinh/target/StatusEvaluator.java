package vn.ansinh.target;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.NavigableMap;

/**
 * Decides a target's status against its 2030 value from the values recorded for one unit.
 * <p>
 * The rule, shown to users on the target page:
 * <ul>
 * <li>No value in any year: <b>Chưa có số liệu</b>.</li>
 * <li>The latest value meets the target as stated ({@link TargetRule#meets}): <b>Đạt</b>. A "maintain" target is
 * met only while every reported year holds; otherwise <b>Chưa đạt</b>. A milestone is met once done.
 * A qualitative target takes the status staff assessed.</li>
 * <li>Otherwise, with a baseline (set on the target, or by default the value of the plan's base year, 2024),
 * the expected value for year y lies on the straight line from the baseline to the target in the target year.
 * Progress made = (value − baseline) / (expected − baseline), measured in the target's direction (for "below"
 * targets, progress is a fall). At least 95%: <b>Đúng tiến độ</b>; at least 60%: <b>Có nguy cơ</b>; less, or
 * moving away from the target: <b>Chậm tiến độ</b>. In the target year itself a target not met is <b>Chưa đạt</b>.</li>
 * <li>Without a baseline, a target not met is <b>Chưa đạt</b>.</li>
 * </ul>
 * Pure and thread-safe.
 */
public final class StatusEvaluator {

    /** Share of expected progress at or above which a target is on track (95%). */
    public static final BigDecimal ON_TRACK_SHARE = new BigDecimal("0.95");
    /** Share of expected progress at or above which a target is at risk rather than off track (60%). */
    public static final BigDecimal AT_RISK_SHARE = new BigDecimal("0.60");

    private static final MathContext MC = MathContext.DECIMAL64;

    private StatusEvaluator() {
    }

    /**
     * @param rule         the target's rule
     * @param observations the unit's values by year (any order of insertion; keys are years)
     * @param planBaseYear the plan's base year, whose value is the default baseline
     * @return the status and the facts that explain it
     */
    public static StatusAssessment evaluate(TargetRule rule, NavigableMap<Integer, Observation> observations,
                                            int planBaseYear) {
        if (observations.isEmpty()) {
            return StatusAssessment.simple(TargetStatus.NO_DATA, StatusAssessment.Reason.NO_DATA, null);
        }
        Observation latest = observations.lastEntry().getValue();
        return switch (rule.kind()) {
            case QUALITATIVE -> latest.assessment() == null
                    ? StatusAssessment.simple(TargetStatus.NO_DATA, StatusAssessment.Reason.NO_ASSESSMENT, latest)
                    : StatusAssessment.simple(latest.assessment().toStatus(), StatusAssessment.Reason.ASSESSED, latest);
            // once done, a milestone stays done: a later "not yet" does not undo it
            case MILESTONE -> observations.values().stream().anyMatch(o -> o.value() != null && rule.meets(o.value()))
                    ? StatusAssessment.simple(TargetStatus.MET, StatusAssessment.Reason.MILESTONE_DONE, latest)
                    : StatusAssessment.simple(TargetStatus.NOT_MET, StatusAssessment.Reason.MILESTONE_NOT_DONE, latest);
            case MAINTAIN -> maintain(rule, observations, latest);
            default -> numeric(rule, observations, latest, planBaseYear);
        };
    }

    private static StatusAssessment maintain(TargetRule rule, NavigableMap<Integer, Observation> observations,
                                             Observation latest) {
        List<Integer> failed = observations.values().stream()
                .filter(o -> !rule.meets(o.value()))
                .map(Observation::year)
                .toList();
        if (failed.isEmpty()) {
            return StatusAssessment.simple(TargetStatus.MET, StatusAssessment.Reason.MAINTAIN_HELD, latest);
        }
        return new StatusAssessment(TargetStatus.NOT_MET, StatusAssessment.Reason.MAINTAIN_BROKEN, latest,
                null, null, rule.value(), null, null, failed);
    }

    private static StatusAssessment numeric(TargetRule rule, NavigableMap<Integer, Observation> observations,
                                            Observation latest, int planBaseYear) {
        BigDecimal v = latest.value();
        Integer baseYear = rule.baselineYear();
        BigDecimal base = rule.baselineValue();
        if (baseYear == null && observations.containsKey(planBaseYear) && observations.get(planBaseYear).value() != null) {
            baseYear = planBaseYear;
            base = observations.get(planBaseYear).value();
        }
        BigDecimal goal = base == null ? rule.value() : goal(rule, base);
        boolean progressMeasurable = baseYear != null && latest.year() > baseYear && latest.year() <= rule.targetYear();
        BigDecimal expected = progressMeasurable ? expected(base, goal, baseYear, latest.year(), rule.targetYear()) : null;
        if (rule.meets(v)) {
            return new StatusAssessment(TargetStatus.MET, StatusAssessment.Reason.MET, latest, baseYear, base, goal,
                    expected, null, List.of());
        }
        if (!progressMeasurable) {
            StatusAssessment.Reason reason = baseYear != null && latest.year() == baseYear
                    ? StatusAssessment.Reason.AT_BASELINE : StatusAssessment.Reason.NO_BASELINE;
            return new StatusAssessment(TargetStatus.NOT_MET, reason, latest, baseYear, base, goal, null, null, List.of());
        }
        if (latest.year() >= rule.targetYear()) {
            return new StatusAssessment(TargetStatus.NOT_MET, StatusAssessment.Reason.TARGET_YEAR_REACHED, latest,
                    baseYear, base, goal, goal, null, List.of());
        }
        int direction = direction(rule, base);
        if (rule.kind() == TargetKind.RANGE && direction != 0 && overshot(rule, v, direction)) {
            return new StatusAssessment(TargetStatus.OFF_TRACK, StatusAssessment.Reason.OVERSHOT, latest,
                    baseYear, base, goal, expected, null, List.of());
        }
        BigDecimal needed = goal.subtract(base).multiply(BigDecimal.valueOf(direction));
        BigDecimal actualProgress = v.subtract(base).multiply(BigDecimal.valueOf(direction));
        if (direction == 0 || needed.signum() <= 0 || actualProgress.signum() < 0) {
            // the baseline already met the target and the value slipped, or the value moves away from the target
            return new StatusAssessment(TargetStatus.OFF_TRACK, StatusAssessment.Reason.REGRESSED, latest,
                    baseYear, base, goal, expected, null, List.of());
        }
        BigDecimal yearsDone = BigDecimal.valueOf(latest.year() - baseYear);
        BigDecimal yearsInAll = BigDecimal.valueOf(rule.targetYear() - baseYear);
        // share = actual / (needed × done / all), computed without rounding the expected progress first,
        // so that a value exactly on a threshold (60%, 95%) is classified as the rule says
        BigDecimal share = actualProgress.multiply(yearsInAll).divide(needed.multiply(yearsDone), MC);
        TargetStatus status = share.compareTo(ON_TRACK_SHARE) >= 0 ? TargetStatus.ON_TRACK
                : share.compareTo(AT_RISK_SHARE) >= 0 ? TargetStatus.AT_RISK : TargetStatus.OFF_TRACK;
        // shown rounded down, so that 59,975% reads 59,9% beside "Chậm tiến độ", never 60,0%
        BigDecimal percent = share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.DOWN);
        return new StatusAssessment(status, StatusAssessment.Reason.PROGRESS, latest, baseYear, base, goal,
                expected, percent, List.of());
    }

    /**
     * The value expected in {@code year} on the straight line from the baseline to the goal in the target year.
     *
     * @param base       baseline value
     * @param goal       the value to reach
     * @param baseYear   baseline year
     * @param year       the year asked for, baseYear ≤ year ≤ targetYear
     * @param targetYear the target year
     * @return base + (goal − base) × (year − baseYear) / (targetYear − baseYear)
     */
    public static BigDecimal expected(BigDecimal base, BigDecimal goal, int baseYear, int year, int targetYear) {
        return base.add(goal.subtract(base).multiply(BigDecimal.valueOf(year - baseYear))
                .divide(BigDecimal.valueOf(targetYear - baseYear), MC), MC);
    }

    /**
     * The value the straight path leads to: the nearest recordable value that meets the target (9,9% for
     * "dưới 10%"), or for a range the bound nearer the baseline.
     */
    private static BigDecimal goal(TargetRule rule, BigDecimal base) {
        if (rule.kind() == TargetKind.RANGE && base.compareTo(rule.valueMax()) > 0) {
            return rule.valueMax();
        }
        return rule.reachableValue();
    }

    /** Whether a range target's value went past the far bound: heading up past the upper, or down past the lower. */
    private static boolean overshot(TargetRule rule, BigDecimal v, int direction) {
        return direction > 0 ? v.compareTo(rule.valueMax()) > 0 : v.compareTo(rule.value()) < 0;
    }

    /** +1 when progress is a rise, −1 when it is a fall, 0 when the baseline already sat inside a range. */
    private static int direction(TargetRule rule, BigDecimal base) {
        return switch (rule.kind()) {
            case BELOW, AT_MOST -> -1;
            case RANGE -> base.compareTo(rule.value()) < 0 ? 1 : base.compareTo(rule.valueMax()) > 0 ? -1 : 0;
            default -> 1;
        };
    }
}
