package vn.ansinh.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.plan.Plan;
import vn.ansinh.report.ReportService;
import vn.ansinh.target.Area;
import vn.ansinh.target.TargetSeries;
import vn.ansinh.target.TargetService;
import vn.ansinh.target.TargetStatus;
import vn.ansinh.task.Task;
import vn.ansinh.task.TaskProgress;
import vn.ansinh.task.TaskService;
import vn.ansinh.task.TaskState;

/**
 * Builds the summary pages from a fixed number of queries whatever the size of the plan or the number of wards:
 * two for targets and their district values, one aggregate for task states, and three for the year's ward reports
 * (cycles, reports of the cycle, wards then in office).
 */
@Service
@Transactional(readOnly = true)
public class SummaryService {

    private final TargetService targets;
    private final TaskService tasks;
    private final ReportService reports;
    private final Clock clock;

    SummaryService(TargetService targets, TaskService tasks, ReportService reports, Clock clock) {
        this.targets = targets;
        this.tasks = tasks;
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * @param plan a plan
     * @param year a year of the plan
     * @return the plan's figures up to that year
     */
    public Overview overview(Plan plan, int year) {
        return new Overview(plan, year, targets.seriesAsOf(plan, year), tasks.leadStateCounts(plan, year),
                reports.completeness(plan, year).orElse(null));
    }

    /**
     * The list behind a count of the overview.
     *
     * @param plan   a plan
     * @param year   a year of the plan
     * @param status only targets with this status then, or null
     * @param area   only targets of this area, or null
     * @param unitId only targets this unit is responsible for, or null
     * @return the matching targets in the plan's order (2 queries)
     */
    public List<TargetSeries> targets(Plan plan, int year, TargetStatus status, Area area, Long unitId) {
        return targets.seriesAsOf(plan, year).stream()
                .filter(s -> status == null || s.assessment().status() == status)
                .filter(s -> area == null || s.target().getArea() == area)
                .filter(s -> unitId == null || (s.target().getResponsibleUnit() != null
                        && s.target().getResponsibleUnit().getId().equals(unitId)))
                .toList();
    }

    /**
     * The tasks behind a count of task states.
     *
     * @param plan  a plan
     * @param year  a year
     * @param state the state recorded by the lead unit that year, or null for tasks whose lead recorded nothing
     * @return the tasks with their lead's progress that year (null when none), in section order (2 queries)
     */
    public List<TaskLine> tasks(Plan plan, int year, TaskState state) {
        var progress = tasks.progressOf(plan, year);
        return tasks.tasks(plan, null).stream()
                .map(t -> new TaskLine(t, t.getLead() == null ? null
                        : progress.get(TaskService.key(t.getId(), t.getLead().getOrgUnit().getId()))))
                .filter(l -> l.task().getLead() != null)
                .filter(l -> state == null ? l.progress() == null : l.progress() != null && l.progress().getState() == state)
                .toList();
    }

    /**
     * A task and what its lead unit recorded for a year.
     *
     * @param task     the task
     * @param progress the lead's progress that year, or null
     */
    public record TaskLine(Task task, TaskProgress progress) {
    }

    /**
     * @param plan a plan
     * @return the years a summary can be shown for: from the base year to this year (or the target year), newest first
     */
    public List<Integer> years(Plan plan) {
        return plan.yearsUpTo(LocalDate.now(clock).getYear()).stream().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    /**
     * @param plan a plan
     * @return the year shown by default: this year, held within the plan's period
     */
    public int defaultYear(Plan plan) {
        return plan.yearWithin(LocalDate.now(clock).getYear());
    }
}
