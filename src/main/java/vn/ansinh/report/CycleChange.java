package vn.ansinh.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A change of a cycle's dates: before and after as displayed ("hạn 05/10/2025, khóa sổ —, …"), why, who, when.
 */
@Entity
@Table(name = "reporting_cycle_change")
public class CycleChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id")
    private Long cycleId;

    @Column(name = "old_text")
    private String oldText;

    @Column(name = "new_text")
    private String newText;

    private String reason;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected CycleChange() {
    }

    CycleChange(Long cycleId, String oldText, String newText, String reason, String changedBy, Instant changedAt) {
        this.cycleId = cycleId;
        this.oldText = oldText;
        this.newText = newText;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String getOldText() {
        return oldText;
    }

    public String getNewText() {
        return newText;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
