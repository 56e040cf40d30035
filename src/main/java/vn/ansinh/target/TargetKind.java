package vn.ansinh.target;

/**
 * How a 2030 target is stated in the plan, which decides when a value meets it.
 * Examples are from the Hải An plan, section II.1 and III.
 */
public enum TargetKind {
    /** "đạt 90%": met when value ≥ target. */
    AT_LEAST,
    /** "trên 250 học viên": met when value &gt; target (strictly). */
    ABOVE,
    /** "dưới 2%", "dưới 10%": met when value &lt; target (strictly: 10,0 against "&lt; 10%" is not met). */
    BELOW,
    /** "không quá": met when value ≤ target. */
    AT_MOST,
    /** "từ 2,0 đến 2,1 con/phụ nữ": met when lower ≤ value ≤ upper. */
    RANGE,
    /** "duy trì 100%", "duy trì tỷ lệ hộ nghèo bằng 0%": met only while every reported year holds, in the stated direction. */
    MAINTAIN,
    /** "hoàn thành phổ cập giáo dục mầm non": done or not yet, with the date it was done. */
    MILESTONE,
    /** "đạt mức độ 3": an ordinal level, met when value ≥ level. */
    LEVEL,
    /** No number ("chỉ số phát triển con người bằng mặt bằng chung"): status and narrative entered by staff. */
    QUALITATIVE;

    /**
     * @param type what a target's values are
     * @return whether a target of this kind can have such values: a milestone's are milestones, a qualitative target
     * has none, a level target has levels, the other kinds have numbers (percent, count, rate or measure)
     */
    public boolean allows(ValueType type) {
        return switch (this) {
            case MILESTONE -> type == ValueType.MILESTONE;
            case QUALITATIVE -> type == ValueType.NONE;
            case LEVEL -> type == ValueType.LEVEL;
            default -> type == ValueType.PERCENT || type == ValueType.COUNT || type == ValueType.RATE || type == ValueType.MEASURE;
        };
    }

    /** @return whether values of this kind are numbers compared against the target */
    public boolean isNumeric() {
        return this != MILESTONE && this != QUALITATIVE;
    }
}
