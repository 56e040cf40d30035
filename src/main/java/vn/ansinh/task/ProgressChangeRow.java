package vn.ansinh.task;

/**
 * A line of a task's progress history.
 *
 * @param change   the change
 * @param unitName the unit whose progress changed
 * @param year     the year of that progress
 */
public record ProgressChangeRow(TaskProgressChange change, String unitName, int year) {
}
