package vn.ansinh.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step of a report's workflow: who moved it from which state to which, when, and why. Only ever inserted.
 */
@Entity
@Table(name = "ward_report_transition")
public class ReportTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id")
    private Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private ReportState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private ReportState toState;

    private String reason;

    private String actor;

    private Instant at;

    protected ReportTransition() {
    }

    ReportTransition(Long reportId, ReportState fromState, ReportState toState, String reason, String actor, Instant at) {
        this.reportId = reportId;
        this.fromState = fromState;
        this.toState = toState;
        this.reason = reason;
        this.actor = actor;
        this.at = at;
    }

    /** @return the state before, or null when the report was created */
    public ReportState getFromState() {
        return fromState;
    }

    public ReportState getToState() {
        return toState;
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }
}
