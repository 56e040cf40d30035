package vn.ansinh.task;

import java.time.Instant;

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
 * A unit's progress on a task in one year: state, a short narrative and optional evidence (a link). One per task,
 * unit and year; {@code version} guards against silent overwrites; changes are kept in {@link TaskProgressChange}.
 */
@Entity
@Table(name = "task_progress")
public class TaskProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    private Task task;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    private int year;

    @Enumerated(EnumType.STRING)
    private TaskState state;

    private String narrative;

    @Column(name = "evidence_url")
    private String evidenceUrl;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected TaskProgress() {
    }

    TaskProgress(Task task, OrgUnit orgUnit, int year) {
        this.task = task;
        this.orgUnit = orgUnit;
        this.year = year;
    }

    void update(TaskState state, String narrative, String evidenceUrl, String user, Instant now) {
        this.state = state;
        this.narrative = narrative;
        this.evidenceUrl = evidenceUrl;
        this.updatedBy = user;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Task getTask() {
        return task;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public int getYear() {
        return year;
    }

    public TaskState getState() {
        return state;
    }

    public String getNarrative() {
        return narrative;
    }

    /** @return a link to the evidence (decision, report, photo album), http or https only; or null */
    public String getEvidenceUrl() {
        return evidenceUrl;
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
