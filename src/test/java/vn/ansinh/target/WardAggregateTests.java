package vn.ansinh.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class WardAggregateTests {

    private static BigDecimal[] v(String value, String num, String den) {
        return new BigDecimal[]{new BigDecimal(value), num == null ? null : new BigDecimal(num), den == null ? null : new BigDecimal(den)};
    }

    @Test
    void ratesAreRecomputedFromSummedNumeratorsAndDenominatorsNeverAveraged() {
        WardAggregate a = WardAggregate.combine(ValueType.PERCENT, null, List.of(v("15", "15", "100"), v("90", "45", "50")));
        assertThat(a.value()).isEqualByComparingTo("40");
        assertThat(a.numerator()).isEqualByComparingTo("60");
        assertThat(a.denominator()).isEqualByComparingTo("150");
        assertThat(a.wards()).isEqualTo(2);
    }

    @Test
    void ratesPerTenThousandUseTheirMultiplier() {
        WardAggregate a = WardAggregate.combine(ValueType.RATE, new BigDecimal("10000"),
                List.of(v("12", "18", "15000"), v("20", "30", "15000")));
        assertThat(a.value()).isEqualByComparingTo("16");
    }

    @Test
    void countsAreSummed() {
        WardAggregate a = WardAggregate.combine(ValueType.COUNT, null, List.of(v("480", null, null), v("512", null, null)));
        assertThat(a.value()).isEqualByComparingTo("992");
    }

    @Test
    void aRateWithoutItsFractionCannotBeCombined() {
        WardAggregate a = WardAggregate.combine(ValueType.PERCENT, null, List.of(v("15", "15", "100"), v("90", null, null)));
        assertThat(a.value()).isNull();
        assertThat(a.incomplete()).isEqualTo(1);
        assertThat(WardAggregate.combine(ValueType.PERCENT, null, List.of()).wards()).isZero();
    }
}
