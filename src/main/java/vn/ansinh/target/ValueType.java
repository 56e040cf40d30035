package vn.ansinh.target;

/**
 * What a target's values are, which decides how they are validated on entry and displayed.
 */
public enum ValueType {
    /** A percentage, 0–100; numerator ≤ denominator when both are given. */
    PERCENT,
    /** A whole count of people, beds, turns of job placement: ≥ 0, no fraction. */
    COUNT,
    /** A rate per {@code rateMultiplier} people (doctors per 10.000 people): ≥ 0; numerator ≤ denominator. */
    RATE,
    /** A measurement such as life expectancy (tuổi), years of healthy life (năm), fertility (con/phụ nữ): ≥ 0. */
    MEASURE,
    /** An ordinal level (mức độ 1, 2, 3): a whole number from 1 to 3. */
    LEVEL,
    /** Done or not yet, with the date it was done. */
    MILESTONE,
    /** No value; an assessment and a narrative. */
    NONE
}
