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

    /** Rows of other units' values shown per page of the target page (a national plan has thousands of communes). */
    public static final int UNIT_PAGE_SIZE = 50;

    /** @return the values of the plan's issuing unit (the district), newest year first */
    public List<IndicatorValue> districtValues() {
        long district = target.getPlan().getIssuingUnit().getId();
        return values.stream().filter(v -> v.getOrgUnit().getId() == district).toList();
    }

    /** @return the years in which other units (wards) have values, newest first */
    public List<Integer> unitYears() {
        long district = target.getPlan().getIssuingUnit().getId();
        return values.stream().filter(v -> v.getOrgUnit().getId() != district).map(IndicatorValue::getYear)
                .distinct().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    /**
     * @param year a year
     * @param page 1-based page
     * @return that page of the other units' values of the year, by unit code ({@value #UNIT_PAGE_SIZE} a page)
     */
    public List<IndicatorValue> unitValues(int year, int page) {
        return unitValuesOf(year).stream().skip((long) (Math.max(page, 1) - 1) * UNIT_PAGE_SIZE).limit(UNIT_PAGE_SIZE).toList();
    }

    /**
     * @param year a year
     * @return how many pages the other units' values of the year fill (at least 1)
     */
    public int unitPages(int year) {
        return Math.max(1, (unitValuesOf(year).size() + UNIT_PAGE_SIZE - 1) / UNIT_PAGE_SIZE);
    }

    private List<IndicatorValue> unitValuesOf(int year) {
        long district = target.getPlan().getIssuingUnit().getId();
        return values.stream().filter(v -> v.getOrgUnit().getId() != district && v.getYear() == year).toList();
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
