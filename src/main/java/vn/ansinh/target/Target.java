package vn.ansinh.target;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.ansinh.orgunit.OrgUnit;
import vn.ansinh.plan.Plan;

/**
 * A target (chỉ tiêu) of a plan: what is measured, in which unit, and the value to reach by the target year.
 * Most come from section II.1 of the Hải An plan; a few numbers come from section III (250 students a year,
 * 0% poor households, 100% industrial-zone wastewater treatment).
 */
@Entity
@Table(name = "target")
public class Target {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    private String code;

    private int position;

    @Column(name = "section_code")
    private String sectionCode;

    @Enumerated(EnumType.STRING)
    private Area area;

    private String statement;

    @Column(name = "indicator_name")
    private String indicatorName;

    @Column(name = "measure_unit")
    private String measureUnit;

    @Enumerated(EnumType.STRING)
    private TargetKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type")
    private ValueType valueType;

    @Enumerated(EnumType.STRING)
    @Column(name = "maintain_direction")
    private Direction maintainDirection;

    @Column(name = "target_value")
    private BigDecimal targetValue;

    @Column(name = "target_value_max")
    private BigDecimal targetValueMax;

    @Column(name = "rate_multiplier")
    private BigDecimal rateMultiplier;

    @Column(name = "target_year")
    private int targetYear;

    @Column(name = "baseline_year")
    private Integer baselineYear;

    @Column(name = "baseline_value")
    private BigDecimal baselineValue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_unit_id")
    private OrgUnit responsibleUnit;

    @Column(name = "plausible_min")
    private BigDecimal plausibleMin;

    @Column(name = "plausible_max")
    private BigDecimal plausibleMax;

    @Column(name = "data_source")
    private String dataSource;

    private short decimals;

    @Column(name = "ward_level")
    private boolean wardLevel;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    @Version
    private long version;

    protected Target() {
    }

    Target(Plan plan, NewTargetForm.NewTarget n, int position, OrgUnit responsible) {
        this.plan = plan;
        this.code = n.code();
        this.position = position;
        this.sectionCode = n.sectionCode();
        this.valueType = n.valueType();
        this.rateMultiplier = n.rateMultiplier();
        this.plausibleMin = n.plausibleMin();
        this.plausibleMax = n.plausibleMax();
        this.wardLevel = n.wardLevel();
        this.targetYear = plan.getTargetYear();
        edit(n.edit(), responsible);
    }

    /** Direction in which a "maintain" target must hold each year. */
    public enum Direction {
        /** "duy trì 100%": each year ≥ the value. */
        AT_LEAST,
        /** "duy trì tỷ lệ hộ nghèo bằng 0%": each year ≤ the value. */
        AT_MOST
    }

    void edit(TargetEdit e, vn.ansinh.orgunit.OrgUnit responsible) {
        this.statement = e.statement();
        this.indicatorName = e.indicatorName();
        this.measureUnit = e.measureUnit();
        this.area = e.area();
        this.kind = e.kind();
        this.targetValue = e.targetValue();
        this.targetValueMax = e.targetValueMax();
        this.maintainDirection = e.maintainDirection();
        this.baselineYear = e.baselineYear();
        this.baselineValue = e.baselineValue();
        this.responsibleUnit = responsible;
        this.dataSource = e.dataSource();
        this.decimals = (short) e.decimals();
    }

    void retire(LocalDate day) {
        this.retiredOn = day;
    }

    /**
     * @return the rule used to evaluate status, a plain value object detached from JPA
     */
    public TargetRule rule() {
        return new TargetRule(kind, targetValue, targetValueMax, maintainDirection, targetYear, baselineYear, baselineValue,
                decimals);
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    /** @return the target code within its plan, e.g. {@code CT07} */
    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    /** @return the plan section the target comes from, e.g. {@code II.1} */
    public String getSectionCode() {
        return sectionCode;
    }

    public Area getArea() {
        return area;
    }

    /** @return the plan's own words, e.g. "Tỷ lệ thất nghiệp chung dưới 2%" */
    public String getStatement() {
        return statement;
    }

    public String getIndicatorName() {
        return indicatorName;
    }

    /** @return the unit of measurement as written: {@code %}, {@code lượt lao động/năm}, {@code bác sĩ/1 vạn dân}; may be null */
    public String getMeasureUnit() {
        return measureUnit;
    }

    public TargetKind getKind() {
        return kind;
    }

    public ValueType getValueType() {
        return valueType;
    }

    public Direction getMaintainDirection() {
        return maintainDirection;
    }

    /** @return the target value (the lower bound for a range); null for milestones and qualitative targets */
    public BigDecimal getTargetValue() {
        return targetValue;
    }

    /** @return the upper bound of a range target, otherwise null */
    public BigDecimal getTargetValueMax() {
        return targetValueMax;
    }

    /** @return for rates, the number of people the rate is per (10.000 for "per 1 vạn dân"); otherwise null */
    public BigDecimal getRateMultiplier() {
        return rateMultiplier;
    }

    public int getTargetYear() {
        return targetYear;
    }

    public Integer getBaselineYear() {
        return baselineYear;
    }

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public OrgUnit getResponsibleUnit() {
        return responsibleUnit;
    }

    /** @return the lowest plausible value (entry check), or null when the value type's own bounds suffice */
    public BigDecimal getPlausibleMin() {
        return plausibleMin;
    }

    /** @return the highest plausible value (entry check), or null when the value type's own bounds suffice */
    public BigDecimal getPlausibleMax() {
        return plausibleMax;
    }

    public String getDataSource() {
        return dataSource;
    }

    /** @return how many fraction digits values are shown and stored with */
    public int getDecimals() {
        return decimals;
    }

    /** @return whether wards measure this target and report it (their values are combined into district figures) */
    public boolean isWardLevel() {
        return wardLevel;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    public long getVersion() {
        return version;
    }
}
