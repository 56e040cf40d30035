package vn.ansinh.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.ansinh.plan.Plan;

/**
 * A task of section III (nhiệm vụ, giải pháp): one paragraph or bullet of a task group or subsection, with the units
 * that carry it out (one lead, chủ trì; coordinating units, phối hợp), taken from section V.
 */
@Entity
@Table(name = "task")
public class Task {

    /** Whom the plan gives the task to. */
    public enum Scope {
        /** The assigned units. */
        UNITS,
        /** "Các phòng, ban, ngành liên quan". */
        OTHER_DEPARTMENTS,
        /** Every ward. */
        ALL_WARDS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "section_code")
    private String sectionCode;

    private int position;

    private String code;

    private String text;

    @Enumerated(EnumType.STRING)
    private Scope scope;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    @Version
    private long version;

    @OneToMany(mappedBy = "task", fetch = FetchType.LAZY)
    @OrderBy("role desc")
    private List<TaskAssignment> assignments = new ArrayList<>();

    protected Task() {
    }

    Task(Plan plan, String sectionCode, int position, String code, String text, Scope scope) {
        this.plan = plan;
        this.sectionCode = sectionCode;
        this.position = position;
        this.code = code;
        this.text = text;
        this.scope = scope;
    }

    void edit(String text, Scope scope) {
        this.text = text;
        this.scope = scope;
    }

    void retire(LocalDate day) {
        this.retiredOn = day;
    }

    public long getVersion() {
        return version;
    }

    /** @return the lead unit's assignment, or null when the task has none */
    public TaskAssignment getLead() {
        return assignments.stream().filter(a -> a.getRole() == TaskAssignment.Role.LEAD).findFirst().orElse(null);
    }

    /** @return the coordinating units' assignments */
    public List<TaskAssignment> getCoordinating() {
        return assignments.stream().filter(a -> a.getRole() == TaskAssignment.Role.COORDINATE).toList();
    }

    /**
     * @param unitId a unit
     * @return whether the unit leads or coordinates the task
     */
    public boolean isAssignedTo(Long unitId) {
        return assignments.stream().anyMatch(a -> a.getOrgUnit().getId().equals(unitId));
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    /** @return the plan section, e.g. {@code III.4.1} */
    public String getSectionCode() {
        return sectionCode;
    }

    public int getPosition() {
        return position;
    }

    /** @return the task code, e.g. {@code III.4.1-3} */
    public String getCode() {
        return code;
    }

    /** @return the plan's own words */
    public String getText() {
        return text;
    }

    public Scope getScope() {
        return scope;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    public List<TaskAssignment> getAssignments() {
        return assignments;
    }
}
