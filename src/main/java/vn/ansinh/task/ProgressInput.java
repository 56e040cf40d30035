package vn.ansinh.task;

/**
 * A progress entry after validation.
 *
 * @param unitId      the assigned unit the progress is for
 * @param year        the year, within the plan's years and not after the current year
 * @param state       the state
 * @param narrative   what was done (up to 4.000 characters), or null
 * @param evidenceUrl an http(s) link to the evidence, or null
 * @param version     the version the form was opened at, or null when none was recorded yet
 */
public record ProgressInput(long unitId, int year, TaskState state, String narrative, String evidenceUrl, Long version) {
}
