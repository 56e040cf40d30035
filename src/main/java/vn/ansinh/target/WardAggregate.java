package vn.ansinh.target;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * District figure combined from ward values. Counts are summed; rates and percentages are recomputed from the summed
 * numerators and denominators, never by averaging the wards' percentages (ward A 15/100 and ward B 45/50 give
 * 60/150 = 40%, not (15% + 90%) / 2 = 52,5%).
 *
 * @param value       the combined value, or null when it cannot be computed (no ward, or a rate without fraction)
 * @param numerator   summed numerator for rates, else null
 * @param denominator summed denominator for rates, else null
 * @param wards       how many ward values went into it
 * @param incomplete  how many ward rates lacked numerator or denominator (the value is then null)
 */
public record WardAggregate(BigDecimal value, BigDecimal numerator, BigDecimal denominator, int wards, int incomplete) {

    /**
     * @param target the target (value type and rate multiplier)
     * @param values the ward values to combine
     * @return the combined figure
     */
    public static WardAggregate combine(Target target, List<IndicatorValue> values) {
        return combine(target.getValueType(), target.getRateMultiplier(),
                values.stream().map(v -> new BigDecimal[]{v.getValue(), v.getNumerator(), v.getDenominator()}).toList());
    }

    /**
     * @param type       the target's value type
     * @param multiplier for RATE, the "per" number (10.000); PERCENT uses 100
     * @param values     each ward's {value, numerator, denominator}; numerator and denominator may be null
     * @return the combined figure
     */
    public static WardAggregate combine(ValueType type, BigDecimal multiplier, List<BigDecimal[]> values) {
        if (values.isEmpty()) {
            return new WardAggregate(null, null, null, 0, 0);
        }
        if (type == ValueType.COUNT) {
            BigDecimal sum = values.stream().map(v -> v[0]).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new WardAggregate(sum, null, null, values.size(), 0);
        }
        if (type != ValueType.PERCENT && type != ValueType.RATE) {
            return new WardAggregate(null, null, null, values.size(), values.size());
        }
        int incomplete = (int) values.stream().filter(v -> v[1] == null || v[2] == null).count();
        if (incomplete > 0) {
            return new WardAggregate(null, null, null, values.size(), incomplete);
        }
        BigDecimal num = values.stream().map(v -> v[1]).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal den = values.stream().map(v -> v[2]).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal per = type == ValueType.PERCENT ? BigDecimal.valueOf(100) : multiplier;
        return new WardAggregate(num.multiply(per).divide(den, MathContext.DECIMAL64), num, den, values.size(), 0);
    }
}
