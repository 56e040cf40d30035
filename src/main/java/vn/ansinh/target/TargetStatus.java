package vn.ansinh.target;

/**
 * Status of a target against its 2030 value for the latest year with data. Labels under
 * {@code status.*}: Đạt, Đúng tiến độ, Có nguy cơ, Chậm tiến độ, Chưa đạt, Chưa có số liệu.
 */
public enum TargetStatus {
    /** The latest value meets the target. */
    MET,
    /** Not met yet, but at least 95% of the progress expected by now on the straight path from the baseline. */
    ON_TRACK,
    /** Not met, at least 60% and under 95% of the expected progress. */
    AT_RISK,
    /** Not met, under 60% of the expected progress, or going the wrong way. */
    OFF_TRACK,
    /** Not met, and there is no baseline to measure progress (or the target year has come, or a maintain target slipped). */
    NOT_MET,
    /** No value for any year. */
    NO_DATA;

    /** @return the CSS modifier of the status badge */
    public String css() {
        return name().toLowerCase().replace('_', '-');
    }
}
