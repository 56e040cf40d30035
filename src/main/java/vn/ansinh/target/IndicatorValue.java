package vn.ansinh.target;

import java.math.BigDecimal;
import java.time.Instant;
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

/**
 * The value of a target for one org unit and one year (target × unit × year is unique).
 * Rates keep numerator and denominator (e.g. doctors and population for "bác sĩ/1 vạn dân") so that
 * district figures are recomputed from sums, never averaged. {@code version} is the optimistic lock that
 * travels in the entry form; every change is kept in {@link IndicatorValueChange}.
 */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id")
    private Target target;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    private int year;

    private BigDecimal value;

    private BigDecimal numerator;

    private BigDecimal denominator;

    @Column(name = "achieved_on")
    private LocalDate achievedOn;

    @Enumerated(EnumType.STRING)
    private Assessment assessment;

    private String narrative;

    private String source;

    private String comment;

    @Column(name = "is_demo")
    private boolean demo;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected IndicatorValue() {
    }

    IndicatorValue(Target target, OrgUnit orgUnit, int year) {
        this.target = target;
        this.orgUnit = orgUnit;
        this.year = year;
    }

    void apply(ValueInput input, String user, Instant now) {
        this.value = input.value();
        this.numerator = input.numerator();
        this.denominator = input.denominator();
        this.achievedOn = input.achievedOn();
        this.assessment = input.assessment();
        this.narrative = input.narrative();
        this.source = input.source();
        this.comment = input.comment();
        this.demo = false;
        this.updatedBy = user;
        this.updatedAt = now;
    }

    void confirm(Instant now) {
        this.confirmedAt = now;
    }

    /** @return when the district accepted the ward report this ward value belongs to; null until then */
    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    /** @return the observation the status rules read */
    public Observation observation() {
        return new Observation(year, value, assessment);
    }

    public Long getId() {
        return id;
    }

    public Target getTarget() {
        return target;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getValue() {
        return value;
    }

    public BigDecimal getNumerator() {
        return numerator;
    }

    public BigDecimal getDenominator() {
        return denominator;
    }

    public LocalDate getAchievedOn() {
        return achievedOn;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public String getNarrative() {
        return narrative;
    }

    public String getSource() {
        return source;
    }

    public String getComment() {
        return comment;
    }

    /** @return whether the value is demo data loaded by the demo profile (shown with a label) */
    public boolean isDemo() {
        return demo;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
