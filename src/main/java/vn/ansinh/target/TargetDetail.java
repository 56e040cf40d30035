package vn.ansinh.target;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything the target page shows.
 *
 * @param target       the target with its plan and responsible unit
 * @param assessment   the status for the plan's district
 * @param values       all recorded values, newest year first, then by unit code
 * @param expectedPath the straight path from baseline to the target year (empty without a baseline)
 * @param history      changes of every value of the target, newest first
 * @param people       full names of the people who entered the values, by login name
 */
public record TargetDetail(Target target, StatusAssessment assessment, List<IndicatorValue> values,
                           List<PathPoint> expectedPath, List<ValueChangeRow> history, Map<String, String> people) {

    /**
     * @param username a login name
     * @return the person's full name, or the login name when the account is unknown
     */
    public String person(String username) {
        return people.getOrDefault(username, username);
    }

    /** @return whether the baseline already meets the target (the path is then to hold it, not to progress) */
    public boolean baselineMeetsTarget() {
        return assessment.baselineValue() != null && target.getKind().isNumeric()
                && target.rule().meets(assessment.baselineValue());
    }

    /**
     * A year on the expected path.
     *
     * @param year     the year
     * @param expected the value expected that year
     * @param actual   the district's value that year, or null
     */
    public record PathPoint(int year, BigDecimal expected, BigDecimal actual) {
    }
}
