package vn.ansinh.target;

import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.shared.web.Formats;

/**
 * What the value entry form posts: text exactly as typed, so that a rejected form is shown again
 * with everything the user typed. Parsed into a {@link ValueInput} by {@link ValueFormParser}.
 */
public class ValueForm {

    private Integer year;
    private Long orgUnitId;
    private String value;
    private String numerator;
    private String denominator;
    private boolean achieved;
    private String achievedOn;
    private Assessment assessment;
    private String narrative;
    private String source;
    private String comment;
    private Long version;

    /**
     * @param v     the stored value to edit, or null for a new one
     * @param t     its target (for decimals)
     * @param year  the year
     * @param unit  the unit id
     * @return a form showing the stored value in vi-VN notation
     */
    static ValueForm of(IndicatorValue v, Target t, int year, long unit) {
        ValueForm f = new ValueForm();
        f.year = year;
        f.orgUnitId = unit;
        if (v != null) {
            // the stored number exactly, with at least the target's decimals: 93,35 stays 93,35 (never rounded to 93,4)
            f.value = t.getValueType() == ValueType.MILESTONE || v.getValue() == null ? null
                    : VietnameseNumbers.format(v.getValue(), Math.min(4, Math.max(
                    t.getValueType() == ValueType.LEVEL || t.getValueType() == ValueType.COUNT ? 0 : t.getDecimals(),
                    v.getValue().stripTrailingZeros().scale())));
            f.numerator = VietnameseNumbers.formatCompact(v.getNumerator());
            f.denominator = VietnameseNumbers.formatCompact(v.getDenominator());
            f.achieved = v.getValue() != null && v.getValue().signum() > 0 && t.getValueType() == ValueType.MILESTONE;
            f.achievedOn = v.getAchievedOn() == null ? null : Formats.DATE.format(v.getAchievedOn());
            f.assessment = v.getAssessment();
            f.narrative = v.getNarrative();
            // a demo value's source describes the demo data, not what the user will type over it
            f.source = v.isDemo() ? null : v.getSource();
            f.comment = v.getComment();
            f.version = v.getVersion();
        }
        return f;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public void setOrgUnitId(Long orgUnitId) {
        this.orgUnitId = orgUnitId;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getNumerator() {
        return numerator;
    }

    public void setNumerator(String numerator) {
        this.numerator = numerator;
    }

    public String getDenominator() {
        return denominator;
    }

    public void setDenominator(String denominator) {
        this.denominator = denominator;
    }

    public boolean isAchieved() {
        return achieved;
    }

    public void setAchieved(boolean achieved) {
        this.achieved = achieved;
    }

    public String getAchievedOn() {
        return achievedOn;
    }

    public void setAchievedOn(String achievedOn) {
        this.achievedOn = achievedOn;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public void setAssessment(Assessment assessment) {
        this.assessment = assessment;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
