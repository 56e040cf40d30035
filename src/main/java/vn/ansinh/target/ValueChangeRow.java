package vn.ansinh.target;

/**
 * A line of a target's change history.
 *
 * @param change   the change
 * @param unitName the name of the unit whose value changed
 * @param year     the year of the value
 */
public record ValueChangeRow(IndicatorValueChange change, String unitName, int year) {
}
