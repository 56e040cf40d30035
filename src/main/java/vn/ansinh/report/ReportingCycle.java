package vn.ansinh.report;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.ansinh.plan.Plan;
import vn.ansinh.plan.ReportingRule;

/**
 * A reporting cycle (kỳ báo cáo): one per plan and year, with its deadline (from the plan's reporting rule:
 * 05/10 for Hải An, section V.13), an optional lock date after which reports can no longer be submitted, and the
 * period the data covers.
 */
@Entity
@Table(name = "reporting_cycle")
public class ReportingCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    private int year;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    private LocalDate deadline;

    @Column(name = "lock_date")
    private LocalDate lockDate;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected ReportingCycle() {
    }

    /**
     * Opens the cycle of {@code year} with the defaults of the plan's ward reporting rule: open from 1 January, the
     * rule's deadline, no lock date, data from the day after the previous year's deadline to this year's.
     *
     * @param plan the plan
     * @param rule its ward reporting rule
     * @param year the report year
     * @param user who opens it
     * @param now  when
     */
    ReportingCycle(Plan plan, ReportingRule rule, int year, String user, Instant now) {
        this.plan = plan;
        this.year = year;
        this.opensOn = LocalDate.of(year, 1, 1);
        this.deadline = rule.deadlineIn(year);
        this.periodFrom = rule.deadlineIn(year - 1).plusDays(1);
        this.periodTo = this.deadline;
        this.createdBy = user;
        this.createdAt = now;
    }

    void change(CycleDates dates) {
        opensOn = dates.opensOn();
        deadline = dates.deadline();
        lockDate = dates.lockDate();
        periodFrom = dates.periodFrom();
        periodTo = dates.periodTo();
    }

    /** @return the dates as a value */
    public CycleDates dates() {
        return new CycleDates(opensOn, deadline, lockDate, periodFrom, periodTo);
    }

    /** @return the optimistic-lock version, carried by the settings form */
    public long getVersion() {
        return version;
    }

    /**
     * @param today today's date in Vietnam
     * @return whether reports can no longer be submitted: a lock date is set and has passed
     */
    public boolean isLockedOn(LocalDate today) {
        return lockDate != null && today.isAfter(lockDate);
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    /** @return the last day to submit, on time through its end (Vietnam time) */
    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDate getLockDate() {
        return lockDate;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }
}
