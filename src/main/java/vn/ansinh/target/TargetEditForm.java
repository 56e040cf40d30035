package vn.ansinh.target;

import java.math.BigDecimal;

import org.springframework.validation.Errors;

import vn.ansinh.shared.NumberTextException;
import vn.ansinh.shared.VietnameseNumbers;

/**
 * The target edit form as typed (numbers in vi-VN notation). {@link #parse} checks: statement and indicator name
 * present; the target value fits the kind (none for milestone and qualitative, both bounds in order for a range, a
 * direction for maintain, a value otherwise); baseline year and value together, the year within the plan; decimals 0–4.
 */
public class TargetEditForm {

    private String statement;
    private String indicatorName;
    private String measureUnit;
    private Area area;
    private TargetKind kind;
    private String targetValue;
    private String targetValueMax;
    private Target.Direction maintainDirection;
    private Integer baselineYear;
    private String baselineValue;
    private Long responsibleUnitId;
    private String dataSource;
    private Integer decimals;
    private long version;

    static TargetEditForm of(Target t) {
        TargetEditForm f = new TargetEditForm();
        f.statement = t.getStatement();
        f.indicatorName = t.getIndicatorName();
        f.measureUnit = t.getMeasureUnit();
        f.area = t.getArea();
        f.kind = t.getKind();
        f.targetValue = VietnameseNumbers.formatCompact(t.getTargetValue());
        f.targetValueMax = VietnameseNumbers.formatCompact(t.getTargetValueMax());
        f.maintainDirection = t.getMaintainDirection();
        f.baselineYear = t.getBaselineYear();
        f.baselineValue = VietnameseNumbers.formatCompact(t.getBaselineValue());
        f.responsibleUnitId = t.getResponsibleUnit() == null ? null : t.getResponsibleUnit().getId();
        f.dataSource = t.getDataSource();
        f.decimals = t.getDecimals();
        f.version = t.getVersion();
        return f;
    }

    /**
     * @param plan      the target's plan (baseline year bounds)
     * @param valueType what the target's values are: the kind must suit it (a milestone's values are milestones, a
     *                  qualitative target has none, a level target has levels, other kinds have numbers), and
     *                  percentages stay within 0–100
     * @param errors    where field errors go
     * @return the validated fields, or null when {@code errors} has any
     */
    TargetEdit parse(vn.ansinh.plan.Plan plan, ValueType valueType, Errors errors) {
        if (statement == null || statement.isBlank()) {
            errors.rejectValue("statement", "targetEdit.error.statement");
        }
        if (indicatorName == null || indicatorName.isBlank()) {
            errors.rejectValue("indicatorName", "targetEdit.error.indicator");
        }
        length(indicatorName, 300, "indicatorName", errors);
        length(measureUnit, 60, "measureUnit", errors);
        length(dataSource, 300, "dataSource", errors);
        length(statement, 4000, "statement", errors);
        if (area == null) {
            errors.rejectValue("area", "targetEdit.error.area");
        }
        BigDecimal value = number(targetValue, "targetValue", errors);
        BigDecimal max = number(targetValueMax, "targetValueMax", errors);
        BigDecimal base = number(baselineValue, "baselineValue", errors);
        if (kind == null) {
            errors.rejectValue("kind", "targetEdit.error.kind");
        } else if (!errors.hasFieldErrors("targetValue") && !errors.hasFieldErrors("targetValueMax")) {
            boolean ok = switch (kind) {
                case MILESTONE, QUALITATIVE -> value == null && max == null;
                case RANGE -> value != null && max != null && value.compareTo(max) <= 0;
                case MAINTAIN -> value != null && maintainDirection != null;
                default -> value != null;
            };
            if (!ok) {
                errors.rejectValue("targetValue", "targetEdit.error.value." + kind);
            } else if (valueType != null && !kind.allows(valueType)) {
                errors.rejectValue("kind", "targetEdit.error.kindType");
            }
        }
        if (valueType == ValueType.PERCENT) {
            percent("targetValue", value, errors);
            percent("targetValueMax", max, errors);
            percent("baselineValue", base, errors);
        } else if (valueType == ValueType.COUNT || valueType == ValueType.LEVEL) {
            String key = valueType == ValueType.COUNT ? "targetEdit.error.count" : "targetEdit.error.level";
            whole("targetValue", value, valueType, key, errors);
            whole("targetValueMax", max, valueType, key, errors);
            whole("baselineValue", base, valueType, key, errors);
        }
        if ((baselineYear == null) != (base == null) && !errors.hasFieldErrors("baselineValue")) {
            errors.rejectValue("baselineValue", "targetEdit.error.baseline");
        } else if (baselineYear != null && (baselineYear < plan.getBaseYear() - 10 || baselineYear >= plan.getTargetYear())) {
            errors.rejectValue("baselineYear", "targetEdit.error.baselineYear",
                    new Object[]{String.valueOf(plan.getBaseYear() - 10), String.valueOf(plan.getTargetYear() - 1)}, null);
        }
        if (decimals == null || decimals < 0 || decimals > 4) {
            errors.rejectValue("decimals", "targetEdit.error.decimals");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new TargetEdit(statement.strip(), indicatorName.strip(), blank(measureUnit) ? null : measureUnit.strip(), area,
                kind, value, kind == TargetKind.RANGE ? max : null, kind == TargetKind.MAINTAIN ? maintainDirection : null,
                baselineYear, base, responsibleUnitId, blank(dataSource) ? null : dataSource.strip(), decimals);
    }

    private static void whole(String field, BigDecimal v, ValueType type, String key, Errors errors) {
        boolean ok = v == null || (v.signum() >= 0 && v.stripTrailingZeros().scale() <= 0
                && (type != ValueType.LEVEL || (v.compareTo(BigDecimal.ONE) >= 0 && v.compareTo(BigDecimal.valueOf(3)) <= 0)));
        if (!ok && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, key);
        }
    }

    private static void percent(String field, BigDecimal v, Errors errors) {
        if (v != null && (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "targetEdit.error.percent");
        }
    }

    /**
     * @return the number typed in a field, or null when blank or refused (the reason then in {@code errors}): vi-VN
     * notation, at most 14 digits before the decimal mark and 4 after (the columns are numeric(18, 4))
     */
    static BigDecimal number(String text, String field, Errors errors) {
        if (blank(text)) {
            return null;
        }
        try {
            BigDecimal n = VietnameseNumbers.parse(text);
            if (n.abs().compareTo(LIMIT) >= 0) {
                errors.rejectValue(field, "number.tooLarge");
                return null;
            }
            if (n.stripTrailingZeros().scale() > 4) {
                errors.rejectValue(field, "number.tooManyDecimals", new Object[]{4}, null);
                return null;
            }
            return n;
        } catch (NumberTextException e) {
            errors.rejectValue(field, e.getMessageKey(), e.getArguments(), null);
            return null;
        }
    }

    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(14);

    /** Refuses text longer than its column. */
    static void length(String text, int max, String field, Errors errors) {
        if (text != null && text.strip().length() > max) {
            errors.rejectValue(field, "common.tooLong", new Object[]{VietnameseNumbers.format(BigDecimal.valueOf(max), 0)}, null);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public String getIndicatorName() { return indicatorName; }
    public void setIndicatorName(String indicatorName) { this.indicatorName = indicatorName; }
    public String getMeasureUnit() { return measureUnit; }
    public void setMeasureUnit(String measureUnit) { this.measureUnit = measureUnit; }
    public Area getArea() { return area; }
    public void setArea(Area area) { this.area = area; }
    public TargetKind getKind() { return kind; }
    public void setKind(TargetKind kind) { this.kind = kind; }
    public String getTargetValue() { return targetValue; }
    public void setTargetValue(String targetValue) { this.targetValue = targetValue; }
    public String getTargetValueMax() { return targetValueMax; }
    public void setTargetValueMax(String targetValueMax) { this.targetValueMax = targetValueMax; }
    public Target.Direction getMaintainDirection() { return maintainDirection; }
    public void setMaintainDirection(Target.Direction maintainDirection) { this.maintainDirection = maintainDirection; }
    public Integer getBaselineYear() { return baselineYear; }
    public void setBaselineYear(Integer baselineYear) { this.baselineYear = baselineYear; }
    public String getBaselineValue() { return baselineValue; }
    public void setBaselineValue(String baselineValue) { this.baselineValue = baselineValue; }
    public Long getResponsibleUnitId() { return responsibleUnitId; }
    public void setResponsibleUnitId(Long responsibleUnitId) { this.responsibleUnitId = responsibleUnitId; }
    public String getDataSource() { return dataSource; }
    public void setDataSource(String dataSource) { this.dataSource = dataSource; }
    public Integer getDecimals() { return decimals; }
    public void setDecimals(Integer decimals) { this.decimals = decimals; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
