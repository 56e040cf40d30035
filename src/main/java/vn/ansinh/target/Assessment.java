package vn.ansinh.target;

/**
 * A staff member's assessment of a qualitative target for a year (labels under {@code assessment.*}).
 */
public enum Assessment {
    MET, ON_TRACK, AT_RISK, OFF_TRACK, NOT_MET;

    /** @return the status this assessment gives the target */
    public TargetStatus toStatus() {
        return TargetStatus.valueOf(name());
    }
}
