package vn.ansinh.task;

/**
 * Yearly state of a task for one unit (labels under {@code taskState.*}).
 */
public enum TaskState {
    /** Chưa triển khai. */
    NOT_STARTED,
    /** Đang triển khai. */
    IN_PROGRESS,
    /** Hoàn thành. */
    DONE,
    /** Chậm so với kế hoạch. */
    DELAYED;

    /** @return the CSS modifier of the badge */
    public String css() {
        return "task-" + name().toLowerCase().replace('_', '-');
    }
}
