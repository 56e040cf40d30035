package vn.ansinh.task;

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
 * One change of a task's progress: the state before and after, the narrative saved, who and when. Only inserted.
 */
@Entity
@Table(name = "task_progress_change")
public class TaskProgressChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "progress_id")
    private Long progressId;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_state")
    private TaskState oldState;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_state")
    private TaskState newState;

    private String narrative;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected TaskProgressChange() {
    }

    TaskProgressChange(Long progressId, TaskState oldState, TaskState newState, String narrative, String changedBy,
                       Instant changedAt) {
        this.progressId = progressId;
        this.oldState = oldState;
        this.newState = newState;
        this.narrative = narrative;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getProgressId() {
        return progressId;
    }

    /** @return the state before, or null when the progress was first recorded */
    public TaskState getOldState() {
        return oldState;
    }

    public TaskState getNewState() {
        return newState;
    }

    public String getNarrative() {
        return narrative;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
