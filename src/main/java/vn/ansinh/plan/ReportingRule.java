package vn.ansinh.plan;

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

import vn.ansinh.orgunit.OrgUnit;

/**
 * A reporting duty stated by the plan, stored as data because each plan has its own
 * (Hải An, section V.13: every ward reports to the district before 05/10 each year, through Phòng LĐTBXH).
 */
@Entity
@Table(name = "reporting_rule")
public class ReportingRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "reporter_kind")
    private String reporterKind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_unit_id")
    private OrgUnit recipient;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "via_unit_id")
    private OrgUnit via;

    private String frequency;

    @Column(name = "deadline_month")
    private short deadlineMonth;

    @Column(name = "deadline_day")
    private short deadlineDay;

    @Column(name = "deadline_exclusive")
    private boolean deadlineExclusive;

    @Column(name = "source_section_code")
    private String sourceSectionCode;

    private String description;

    protected ReportingRule() {
    }

    /**
     * @param year the report year
     * @return the deadline date of that year, e.g. 05/10/2025 for Hải An
     */
    public LocalDate deadlineIn(int year) {
        return LocalDate.of(year, deadlineMonth, deadlineDay);
    }

    public int getDeadlineMonth() {
        return deadlineMonth;
    }

    public int getDeadlineDay() {
        return deadlineDay;
    }

    public Long getId() {
        return id;
    }

    /** @return who reports: {@code WARD} or {@code DEPARTMENT} */
    public String getReporterKind() {
        return reporterKind;
    }

    public OrgUnit getRecipient() {
        return recipient;
    }

    public OrgUnit getVia() {
        return via;
    }

    public String getFrequency() {
        return frequency;
    }

    /** @return whether the stated day itself is already late; false for "trước ngày 05/10" read as through 05/10 */
    public boolean isDeadlineExclusive() {
        return deadlineExclusive;
    }

    public String getSourceSectionCode() {
        return sourceSectionCode;
    }

    public String getDescription() {
        return description;
    }
}
