package vn.ansinh.target;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

import vn.ansinh.plan.Plan;

/**
 * The "new target" form: the fields of {@link TargetEditForm} plus those fixed when a target is created. {@link #parse}
 * adds these checks: a code of 1–20 letters, digits, dots or hyphens not yet used in the plan; a section of the plan; a
 * value type that suits the kind; for a rate, the number of people it is per (10.000 for "per 1 vạn dân"), above 0;
 * a plausible range in order.
 */
public class NewTargetForm extends TargetEditForm {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9.-]{1,20}");

    private String code;
    private String sectionCode;
    private ValueType valueType;
    private String rateMultiplier;
    private String plausibleMin;
    private String plausibleMax;
    private boolean wardLevel;

    /**
     * @param code           the new code, unique in the plan
     * @param sectionCode    the plan section it comes from
     * @param valueType      what its values are
     * @param rateMultiplier for a rate, people per value (10.000), else null
     * @param plausibleMin   lowest plausible value, or null
     * @param plausibleMax   highest plausible value, or null
     * @param wardLevel      whether wards report it
     * @param edit           the other fields
     */
    public record NewTarget(String code, String sectionCode, ValueType valueType, BigDecimal rateMultiplier,
                            BigDecimal plausibleMin, BigDecimal plausibleMax, boolean wardLevel, TargetEdit edit) {
    }

    NewTarget parse(Plan plan, Set<String> usedCodes, Set<String> sections, Errors errors) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            errors.rejectValue("code", "targetNew.error.code");
        } else if (usedCodes.stream().anyMatch(c -> c.equalsIgnoreCase(code.strip()))) {
            errors.rejectValue("code", "targetNew.error.codeUsed");
        }
        if (sectionCode == null || !sections.contains(sectionCode)) {
            errors.rejectValue("sectionCode", "targetNew.error.section");
        }
        if (valueType == null) {
            errors.rejectValue("valueType", "targetNew.error.valueType");
        }
        BigDecimal multiplier = number(rateMultiplier, "rateMultiplier", errors);
        if (valueType == ValueType.RATE && (multiplier == null || multiplier.signum() <= 0) && !errors.hasFieldErrors("rateMultiplier")) {
            errors.rejectValue("rateMultiplier", "targetNew.error.rateMultiplier");
        }
        BigDecimal min = number(plausibleMin, "plausibleMin", errors);
        BigDecimal max = number(plausibleMax, "plausibleMax", errors);
        if (min != null && max != null && min.compareTo(max) >= 0) {
            errors.rejectValue("plausibleMax", "targetNew.error.plausible");
        }
        TargetEdit edit = parse(plan, valueType, errors);
        if (edit == null) {
            return null;
        }
        for (BigDecimal v : new BigDecimal[]{edit.targetValue(), edit.targetValueMax(), edit.baselineValue()}) {
            if (v != null && ((min != null && v.compareTo(min) < 0) || (max != null && v.compareTo(max) > 0))) {
                errors.rejectValue("plausibleMin", "targetNew.error.outsidePlausible");
                return null;
            }
        }
        return new NewTarget(code.strip(), sectionCode, valueType, valueType == ValueType.RATE ? multiplier : null, min, max,
                wardLevel, edit);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getSectionCode() { return sectionCode; }
    public void setSectionCode(String sectionCode) { this.sectionCode = sectionCode; }
    public ValueType getValueType() { return valueType; }
    public void setValueType(ValueType valueType) { this.valueType = valueType; }
    public String getRateMultiplier() { return rateMultiplier; }
    public void setRateMultiplier(String rateMultiplier) { this.rateMultiplier = rateMultiplier; }
    public String getPlausibleMin() { return plausibleMin; }
    public void setPlausibleMin(String plausibleMin) { this.plausibleMin = plausibleMin; }
    public String getPlausibleMax() { return plausibleMax; }
    public void setPlausibleMax(String plausibleMax) { this.plausibleMax = plausibleMax; }
    public boolean isWardLevel() { return wardLevel; }
    public void setWardLevel(boolean wardLevel) { this.wardLevel = wardLevel; }
}
