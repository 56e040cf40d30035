package vn.ansinh.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.orgunit.OrgUnit;
import vn.ansinh.plan.Plan;
import vn.ansinh.shared.NotFoundException;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * Tasks of section III and their yearly progress per unit. District staff and administrators record progress for
 * any assigned unit; a department officer only for their own unit, and only on tasks their unit leads or
 * coordinates. A progress changed by someone else since the form was opened is never overwritten silently.
 */
@Service
public class TaskService {

    private final TaskRepository tasks;
    private final TaskProgressRepository progress;
    private final TaskProgressChangeRepository changes;
    private final Clock clock;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final AuditLog audit;

    TaskService(TaskRepository tasks, TaskProgressRepository progress, TaskProgressChangeRepository changes, Clock clock,
                org.springframework.jdbc.core.JdbcTemplate jdbc, AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.progress = progress;
        this.changes = changes;
        this.clock = clock;
    }

    /** @return today's date in Vietnam */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * @param plan   a plan
     * @param unitId only tasks this unit leads or coordinates, or null for all
     * @return the plan's active tasks in section order, with their assignments (1 query)
     */
    @Transactional(readOnly = true)
    public List<Task> tasks(Plan plan, Long unitId) {
        return tasks.findByPlan(plan.getId()).stream().filter(t -> unitId == null || t.isAssignedTo(unitId)).toList();
    }

    /**
     * @param plan a plan
     * @param year a year
     * @return progress records of that year, keyed by "taskId:unitId"
     */
    @Transactional(readOnly = true)
    public Map<String, TaskProgress> progressOf(Plan plan, int year) {
        return progress.findByPlanAndYear(plan.getId(), year).stream()
                .collect(Collectors.toMap(p -> key(p.getTask().getId(), p.getOrgUnit().getId()), Function.identity()));
    }

    /**
     * How far the plan's active tasks are in a year, by the state their lead unit recorded (one aggregate query).
     *
     * @param plan a plan
     * @param year a year
     * @return the number of tasks per state; tasks whose lead recorded nothing that year are counted under null
     */
    @Transactional(readOnly = true)
    public Map<TaskState, Long> leadStateCounts(Plan plan, int year) {
        Map<TaskState, Long> counts = new java.util.HashMap<>();
        jdbc.query("""
                select p.state, count(*) as n from task t
                join task_assignment a on a.task_id = t.id and a.role = 'LEAD'
                left join task_progress p on p.task_id = t.id and p.org_unit_id = a.org_unit_id and p.year = ?
                where t.plan_id = ? and t.retired_on is null
                group by p.state
                """, rs -> {
            String state = rs.getString("state");
            counts.put(state == null ? null : TaskState.valueOf(state), rs.getLong("n"));
        }, year, plan.getId());
        return counts;
    }

    /**
     * @param taskId a task
     * @param unitId a unit
     * @return the key of {@link #progressOf}
     */
    public static String key(Long taskId, Long unitId) {
        return taskId + ":" + unitId;
    }

    /**
     * @param id task id
     * @return the task with plan and assignments
     * @throws NotFoundException when there is none
     */
    @Transactional(readOnly = true)
    public Task get(long id) {
        return tasks.findDetailed(id).orElseThrow(() -> new NotFoundException("task " + id));
    }

    /**
     * @param taskId a task
     * @return its progress records, newest year first
     */
    @Transactional(readOnly = true)
    public List<TaskProgress> progress(long taskId) {
        return progress.findByTask(taskId);
    }

    /**
     * @param taskId a task
     * @return its progress changes, newest first, each with the unit and year it concerns
     */
    @Transactional(readOnly = true)
    public List<ProgressChangeRow> history(long taskId) {
        return changes.findByTask(taskId);
    }

    /**
     * @param username a login name
     * @return the 10 progress records the person updated last
     */
    @Transactional(readOnly = true)
    public List<TaskProgress> lastUpdatedBy(String username) {
        return progress.findLatestBy(username, PageRequest.of(0, 10));
    }

    /**
     * @param user a user
     * @param task a task
     * @return the assigned units the user may record progress for
     */
    public List<OrgUnit> unitsFor(CurrentUser user, Task task) {
        if (user.hasAnyRole(Role.ADMIN, Role.DISTRICT_STAFF)) {
            return task.getAssignments().stream().map(TaskAssignment::getOrgUnit).toList();
        }
        if (user.getRole() == Role.DEPARTMENT_OFFICER) {
            return task.getAssignments().stream().map(TaskAssignment::getOrgUnit)
                    .filter(u -> u.getId().equals(user.getOrgUnitId())).toList();
        }
        return List.of();
    }

    /**
     * @param taskId a task
     * @param unitId a unit
     * @param year   a year
     * @return the stored progress, if any
     */
    @Transactional(readOnly = true)
    public Optional<TaskProgress> find(long taskId, long unitId, int year) {
        return progress.findOne(taskId, unitId, year);
    }

    /**
     * Changes a task's text, scope and units (one lead, any coordinating units). ADMIN and DISTRICT_STAFF only.
     *
     * @param user         who edits
     * @param id           the task
     * @param text         the task's words, required
     * @param scope        whom the plan gives it to
     * @param leadId       the lead unit
     * @param coordinating the coordinating units (the lead is left out if repeated)
     * @param version      the version the form was opened at
     * @throws ObjectOptimisticLockingFailureException when someone changed it since
     */
    @Transactional
    public void edit(CurrentUser user, long id, String text, Task.Scope scope, long leadId, List<Long> coordinating, long version) {
        requireAdmin(user);
        Task task = get(id);
        if (task.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Task.class, id);
        }
        Map<String, Object> before = audited(task);
        task.edit(text, scope);
        assign(id, leadId, coordinating);
        tasks.saveAndFlush(task);
        audit.record(user.getUsername(), "task", id, "task.edit", before, audited(task));
    }

    /**
     * Adds a task at the end of a plan section. Its code is the section code, a hyphen and the next number in that
     * section ({@code III.9-1}, then {@code III.9-2}), the way the Hải An tasks are numbered.
     *
     * @param user         an administrator or district staff
     * @param plan         the plan
     * @param sectionCode  a section of the plan (the caller checks it exists)
     * @param text         the task's words, required
     * @param scope        whom the plan gives it to
     * @param leadId       the lead unit
     * @param coordinating the coordinating units (the lead is left out if repeated)
     * @return the new task's id
     * @throws AccessDeniedException for other roles
     */
    @Transactional
    public long create(CurrentUser user, Plan plan, String sectionCode, String text, Task.Scope scope, long leadId,
                      List<Long> coordinating) {
        requireAdmin(user);
        List<String> codes = jdbc.queryForList("select code from task where plan_id = ? and section_code = ?", String.class,
                plan.getId(), sectionCode);
        int next = codes.stream().filter(c -> c.startsWith(sectionCode + "-"))
                .map(c -> c.substring(sectionCode.length() + 1)).filter(n -> n.matches("\\d{1,6}"))
                .mapToInt(Integer::parseInt).max().orElse(0) + 1;
        Integer position = jdbc.queryForObject("select coalesce(max(position), 0) + 1 from task where plan_id = ? and section_code = ?",
                Integer.class, plan.getId(), sectionCode);
        Task task = tasks.saveAndFlush(new Task(plan, sectionCode, position, sectionCode + "-" + next, text, scope));
        assign(task.getId(), leadId, coordinating);
        Map<String, Object> after = AuditLog.fields("plan", plan.getCode(), "code", task.getCode());
        after.putAll(audited(task));
        audit.record(user.getUsername(), "task", task.getId(), "task.create", null, after);
        return task.getId();
    }

    /** A task's words, scope and units (names, from the database as they stand now), for the audit trail. */
    private Map<String, Object> audited(Task task) {
        List<Map<String, Object>> rows = jdbc.queryForList("select a.role, u.name from task_assignment a "
                + "join org_unit u on u.id = a.org_unit_id where a.task_id = ? order by u.name", task.getId());
        return AuditLog.fields("text", task.getText(), "scope", task.getScope(),
                "lead", rows.stream().filter(r -> "LEAD".equals(r.get("role"))).map(r -> r.get("name")).findFirst().orElse(null),
                "coordinating", rows.stream().filter(r -> !"LEAD".equals(r.get("role"))).map(r -> r.get("name")).toList());
    }

    private void assign(long taskId, long leadId, List<Long> coordinating) {
        jdbc.update("delete from task_assignment where task_id = ?", taskId);
        jdbc.update("insert into task_assignment (task_id, org_unit_id, role) values (?, ?, 'LEAD')", taskId, leadId);
        coordinating.stream().filter(u -> u != leadId).distinct().forEach(u ->
                jdbc.update("insert into task_assignment (task_id, org_unit_id, role) values (?, ?, 'COORDINATE')", taskId, u));
    }

    /**
     * Retires a task from today: it leaves the lists; its progress and history are kept.
     *
     * @param user an administrator or district staff
     * @param id   the task
     */
    @Transactional
    public void retire(CurrentUser user, long id) {
        requireAdmin(user);
        Task task = get(id);
        LocalDate before = task.getRetiredOn();
        task.retire(today());
        tasks.saveAndFlush(task);
        audit.record(user.getUsername(), "task", id, "task.retire", AuditLog.fields("retiredOn", before),
                AuditLog.fields("retiredOn", task.getRetiredOn()));
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.hasAnyRole(Role.ADMIN, Role.DISTRICT_STAFF)) {
            throw new AccessDeniedException("task administration");
        }
    }

    /**
     * Records a unit's progress on a task for a year and appends a history line.
     *
     * @param user      who records it
     * @param taskId    the task
     * @param input     the validated input
     * @return the stored progress
     * @throws AccessDeniedException when the user may not record progress for that unit on that task
     * @throws ObjectOptimisticLockingFailureException when it was recorded or changed since the form was opened
     */
    @Transactional
    public TaskProgress save(CurrentUser user, long taskId, ProgressInput input) {
        Task task = get(taskId);
        OrgUnit unit = unitsFor(user, task).stream().filter(u -> u.getId().equals(input.unitId())).findFirst()
                .orElseThrow(() -> new AccessDeniedException("no progress on " + task.getCode() + " for unit " + input.unitId()));
        Optional<TaskProgress> existing = progress.findOne(taskId, unit.getId(), input.year());
        TaskProgress p = existing.orElseGet(() -> new TaskProgress(task, unit, input.year()));
        long stored = existing.map(TaskProgress::getVersion).orElse(-1L);
        if (stored != (input.version() == null ? -1L : input.version())) {
            throw new ObjectOptimisticLockingFailureException(TaskProgress.class, taskId);
        }
        TaskState before = existing.map(TaskProgress::getState).orElse(null);
        Map<String, Object> beforeFields = existing.map(x -> AuditLog.fields("state", x.getState(),
                "narrative", x.getNarrative(), "evidenceUrl", x.getEvidenceUrl())).orElse(null);
        p.update(input.state(), input.narrative(), input.evidenceUrl(), user.getUsername(), clock.instant());
        p = progress.saveAndFlush(p);
        changes.save(new TaskProgressChange(p.getId(), before, input.state(), input.narrative(), user.getUsername(),
                clock.instant()));
        audit.record(user.getUsername(), "task_progress", p.getId(), "progress.save", beforeFields,
                AuditLog.fields("task", task.getCode(), "unit", unit.getName(), "year", input.year(), "state", p.getState(),
                        "narrative", p.getNarrative(), "evidenceUrl", p.getEvidenceUrl()));
        return p;
    }
}
