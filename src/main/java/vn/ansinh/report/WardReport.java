package vn.ansinh.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.ansinh.orgunit.OrgUnit;

/**
 * A ward's annual report on the plan for one cycle, following the usual outline: results per task group of
 * section III, overall assessment (strengths, limitations, causes), difficulties, next year's directions and
 * proposals. One per ward and cycle; {@code version} guards against two officials overwriting each other.
 */
@Entity
@Table(name = "ward_report")
public class WardReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id")
    private ReportingCycle cycle;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ward_id")
    private OrgUnit ward;

    @Enumerated(EnumType.STRING)
    private ReportState state = ReportState.DRAFT;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "ward_report_result", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "section_code")
    @Column(name = "results")
    private Map<String, String> results = new HashMap<>();

    private String strengths;
    private String limitations;
    private String causes;
    private String difficulties;

    @Column(name = "next_year")
    private String nextYear;

    private String proposals;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "reopened_until")
    private LocalDate reopenedUntil;

    @Column(name = "reopen_reason")
    private String reopenReason;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected WardReport() {
    }

    WardReport(ReportingCycle cycle, OrgUnit ward, String user, Instant now) {
        this.cycle = cycle;
        this.ward = ward;
        this.updatedBy = user;
        this.updatedAt = now;
    }

    void write(ReportContent content, String user, Instant now) {
        results.clear();
        content.results().forEach((code, text) -> {
            if (text != null && !text.isBlank()) {
                results.put(code, text.strip());
            }
        });
        strengths = content.strengths();
        limitations = content.limitations();
        causes = content.causes();
        difficulties = content.difficulties();
        nextYear = content.nextYear();
        proposals = content.proposals();
        touch(user, now);
    }

    void submit(String user, Instant now) {
        state = ReportState.SUBMITTED;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
        submittedAt = now;
        touch(user, now);
    }

    void returnToWard(String reason, String user, Instant now) {
        state = ReportState.RETURNED;
        returnReason = reason;
        touch(user, now);
    }

    void accept(String user, Instant now) {
        state = ReportState.ACCEPTED;
        acceptedAt = now;
        touch(user, now);
    }

    void reopen(String reason, LocalDate until, String user, Instant now) {
        if (state == ReportState.SUBMITTED || state == ReportState.ACCEPTED) {
            state = ReportState.RETURNED;
        }
        if (state == ReportState.RETURNED) {
            returnReason = reason;
        }
        reopenedUntil = until;
        reopenReason = reason;
        touch(user, now);
    }

    /**
     * @param today today's date in Vietnam
     * @return whether the ward may submit today: the cycle is not locked, or the district reopened the report
     * until a day not yet past
     */
    boolean submittableOn(LocalDate today) {
        return !cycle.isLockedOn(today) || (reopenedUntil != null && !today.isAfter(reopenedUntil));
    }

    private void touch(String user, Instant now) {
        updatedBy = user;
        updatedAt = now;
    }

    /** @return whether the ward has written at least one task group's results and the strengths */
    boolean isComplete() {
        return !results.isEmpty() && strengths != null && !strengths.isBlank();
    }

    public Long getId() {
        return id;
    }

    public ReportingCycle getCycle() {
        return cycle;
    }

    public OrgUnit getWard() {
        return ward;
    }

    public ReportState getState() {
        return state;
    }

    /** @return results per task group, keyed by section code ({@code III.1} … {@code III.8}) */
    public Map<String, String> getResults() {
        return results;
    }

    public String getStrengths() {
        return strengths;
    }

    public String getLimitations() {
        return limitations;
    }

    public String getCauses() {
        return causes;
    }

    public String getDifficulties() {
        return difficulties;
    }

    public String getNextYear() {
        return nextYear;
    }

    public String getProposals() {
        return proposals;
    }

    /** @return the district's reason for the last return, or null */
    public String getReturnReason() {
        return returnReason;
    }

    /** @return the last day the district reopened the report until, or null */
    public LocalDate getReopenedUntil() {
        return reopenedUntil;
    }

    /** @return why the district reopened it, or null */
    public String getReopenReason() {
        return reopenReason;
    }

    /** @return the first submission, which decides timeliness; null while never submitted */
    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
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
