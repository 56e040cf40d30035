package vn.ansinh.task;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

import vn.ansinh.orgunit.OrgUnit;

/**
 * A unit's part in a task: lead (chủ trì) or coordinating (phối hợp).
 */
@Entity
@Table(name = "task_assignment")
public class TaskAssignment {

    /** The unit's part. */
    public enum Role {
        /** Chủ trì. */
        LEAD,
        /** Phối hợp. */
        COORDINATE
    }

    /** Composite key: task and unit. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "task_id")
        private Long taskId;

        @Column(name = "org_unit_id")
        private Long orgUnitId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(taskId, k.taskId)
                    && java.util.Objects.equals(orgUnitId, k.orgUnitId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(taskId, orgUnitId);
        }
    }

    @EmbeddedId
    private Key id;

    @MapsId("taskId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    private Task task;

    @MapsId("orgUnitId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    @Enumerated(EnumType.STRING)
    private Role role;

    protected TaskAssignment() {
    }

    public Task getTask() {
        return task;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public Role getRole() {
        return role;
    }
}
