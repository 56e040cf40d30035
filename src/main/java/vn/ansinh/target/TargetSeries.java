package vn.ansinh.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.NavigableMap;

/**
 * A target with the district's values up to a year and its status as of that year.
 *
 * @param target     the target
 * @param values     the district's values by year, up to the chosen year
 * @param assessment the status evaluated from those values
 */
public record TargetSeries(Target target, NavigableMap<Integer, IndicatorValue> values, StatusAssessment assessment) {

    /** @return the latest value up to the chosen year, or null */
    public IndicatorValue latest() {
        return values.isEmpty() ? null : values.lastEntry().getValue();
    }

    /**
     * @return the change of the latest value on the year before it ("so với cùng kỳ"), in the target's unit
     * (percentage points for percentages); null unless both years have a number
     */
    public BigDecimal changeOnPreviousYear() {
        IndicatorValue latest = latest();
        if (latest == null || latest.getValue() == null) {
            return null;
        }
        IndicatorValue previous = values.get(latest.getYear() - 1);
        return previous == null || previous.getValue() == null ? null : latest.getValue().subtract(previous.getValue());
    }

    /**
     * @return for count and level targets stated as "at least" a value (or a level), the latest value as a share of
     * that value ("đạt …% chỉ tiêu"), in % with one decimal; otherwise null ("above 250" is not met at 100%, so a share
     * would mislead there)
     */
    public BigDecimal shareOfTarget() {
        IndicatorValue latest = latest();
        Target t = target;
        boolean applies = (t.getValueType() == ValueType.COUNT || t.getValueType() == ValueType.LEVEL)
                && (t.getKind() == TargetKind.AT_LEAST || t.getKind() == TargetKind.LEVEL);
        if (!applies || latest == null || latest.getValue() == null || t.getTargetValue() == null || t.getTargetValue().signum() <= 0) {
            return null;
        }
        return latest.getValue().multiply(BigDecimal.valueOf(100)).divide(t.getTargetValue(), 1, RoundingMode.HALF_UP);
    }
}
