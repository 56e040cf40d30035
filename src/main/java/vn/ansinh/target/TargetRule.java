package vn.ansinh.target;

import java.math.BigDecimal;

/**
 * The part of a target that decides its status, detached from persistence so it can be unit-tested.
 *
 * @param kind               how the target is stated
 * @param value              target value (range: lower bound); null for milestone and qualitative
 * @param valueMax           range upper bound, else null
 * @param maintainDirection  for MAINTAIN, whether each year must be ≥ or ≤ {@code value}
 * @param targetYear         the year the target is to be reached (2030)
 * @param baselineYear       year of the baseline set on the target, or null
 * @param baselineValue      baseline value set on the target, or null
 * @param decimals           fraction digits values are recorded with; a strict target ("dưới 10%") is reached at the
 *                           nearest recordable value past the bound (9,9% with one decimal)
 */
public record TargetRule(TargetKind kind, BigDecimal value, BigDecimal valueMax, Target.Direction maintainDirection,
                         int targetYear, Integer baselineYear, BigDecimal baselineValue, int decimals) {

    /**
     * A rule whose values are recorded with one decimal.
     *
     * @see #TargetRule(TargetKind, BigDecimal, BigDecimal, Target.Direction, int, Integer, BigDecimal, int)
     */
    public TargetRule(TargetKind kind, BigDecimal value, BigDecimal valueMax, Target.Direction maintainDirection,
                      int targetYear, Integer baselineYear, BigDecimal baselineValue) {
        this(kind, value, valueMax, maintainDirection, targetYear, baselineYear, baselineValue, 1);
    }

    /**
     * @return the smallest recordable value that meets a strict target: bound − 10^−decimals for BELOW,
     * bound + 10^−decimals for ABOVE; the bound itself for every other kind
     */
    public BigDecimal reachableValue() {
        BigDecimal step = BigDecimal.ONE.movePointLeft(decimals);
        return switch (kind) {
            case BELOW -> value.subtract(step);
            case ABOVE -> value.add(step);
            default -> value;
        };
    }

    /**
     * Whether one value meets the target as stated, ignoring history (for MAINTAIN, whether that year holds).
     *
     * @param v the value; must not be null
     * @return true when met: ≥ for AT_LEAST and LEVEL, &gt; for ABOVE, &lt; for BELOW, ≤ for AT_MOST, inside the
     * closed interval for RANGE, the stated direction for MAINTAIN, and "done" (≥ 1) for MILESTONE
     * @throws IllegalStateException for QUALITATIVE targets, which have no numeric rule
     */
    public boolean meets(BigDecimal v) {
        return switch (kind) {
            case AT_LEAST, LEVEL -> v.compareTo(value) >= 0;
            case ABOVE -> v.compareTo(value) > 0;
            case BELOW -> v.compareTo(value) < 0;
            case AT_MOST -> v.compareTo(value) <= 0;
            case RANGE -> v.compareTo(value) >= 0 && v.compareTo(valueMax) <= 0;
            case MAINTAIN -> maintainDirection == Target.Direction.AT_MOST ? v.compareTo(value) <= 0 : v.compareTo(value) >= 0;
            case MILESTONE -> v.signum() > 0;
            case QUALITATIVE -> throw new IllegalStateException("qualitative targets have no numeric rule");
        };
    }
}
