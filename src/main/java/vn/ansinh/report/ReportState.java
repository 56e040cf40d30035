package vn.ansinh.report;

/**
 * States of a ward report (labels under {@code reportState.*}):
 * draft → submitted → (returned → submitted)* → accepted.
 */
public enum ReportState {
    /** Nháp: the ward is writing it; only the ward sees it. */
    DRAFT,
    /** Đã gửi: locked for the ward, waiting for the district. */
    SUBMITTED,
    /** Trả lại: the district sent it back with a reason; the ward can edit and submit again. */
    RETURNED,
    /** Đã tiếp nhận: accepted by the district; its values count in district figures. */
    ACCEPTED;

    /** @return whether the ward may edit and submit the report in this state */
    public boolean editableByWard() {
        return this == DRAFT || this == RETURNED;
    }

    /** @return the CSS modifier of the state badge */
    public String css() {
        return name().toLowerCase();
    }
}
