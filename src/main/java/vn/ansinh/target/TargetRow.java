package vn.ansinh.target;

/**
 * A line of the targets table.
 *
 * @param target     the target
 * @param latest     the latest value recorded for the plan's district, or null
 * @param assessment the status against the 2030 target
 */
public record TargetRow(Target target, IndicatorValue latest, StatusAssessment assessment) {
}
