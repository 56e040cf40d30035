package vn.ansinh.task;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.ansinh.orgunit.OrgUnit;
import vn.ansinh.orgunit.OrgUnitService;
import vn.ansinh.plan.Plan;
import vn.ansinh.plan.PlanService;
import vn.ansinh.target.TargetRow;
import vn.ansinh.target.TargetService;
import vn.ansinh.target.TargetStatus;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * A department officer's workspace ({@code /me}: my tasks, my targets, what is due this year, what I updated last)
 * and the district's view of one unit ({@code /units/{id}}: tasks by state, targets by status, last update).
 */
@Controller
class WorkspaceController {

    private final TaskService tasks;
    private final TargetService targets;
    private final PlanService plans;
    private final OrgUnitService units;

    WorkspaceController(TaskService tasks, TargetService targets, PlanService plans, OrgUnitService units) {
        this.tasks = tasks;
        this.targets = targets;
        this.plans = plans;
        this.units = units;
    }

    @GetMapping("/me")
    String me(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.getRole() != Role.DEPARTMENT_OFFICER || user.getOrgUnitId() == null) {
            return "redirect:/tasks";
        }
        fill(units.get(user.getOrgUnitId()), model);
        model.addAttribute("lastUpdated", tasks.lastUpdatedBy(user.getUsername()));
        return "task/workspace";
    }

    @GetMapping("/units/{id}")
    String unit(@PathVariable long id, Model model) {
        fill(units.get(id), model);
        return "task/unit";
    }

    private void fill(OrgUnit unit, Model model) {
        Plan plan = plans.current();
        int year = plan.yearWithin(tasks.today().getYear());
        List<Task> mine = tasks.tasks(plan, unit.getId());
        Map<String, TaskProgress> progress = tasks.progressOf(plan, year);
        Map<TaskState, Long> byState = new EnumMap<>(TaskState.class);
        long notRecorded = 0;
        java.time.Instant last = null;
        for (Task t : mine) {
            TaskProgress p = progress.get(TaskService.key(t.getId(), unit.getId()));
            if (p == null) {
                notRecorded++;
            } else {
                byState.merge(p.getState(), 1L, Long::sum);
                last = last == null || p.getUpdatedAt().isAfter(last) ? p.getUpdatedAt() : last;
            }
        }
        List<TargetRow> myTargets = targets.table(plan, null, unit.getId());
        Map<TargetStatus, Long> byStatus = new EnumMap<>(TargetStatus.class);
        myTargets.forEach(r -> byStatus.merge(r.assessment().status(), 1L, Long::sum));
        model.addAttribute("unit", unit);
        model.addAttribute("plan", plan);
        model.addAttribute("year", year);
        model.addAttribute("tasks", mine);
        model.addAttribute("progress", progress);
        model.addAttribute("byState", byState);
        model.addAttribute("notRecorded", notRecorded);
        model.addAttribute("lastUpdate", last);
        model.addAttribute("targets", myTargets);
        model.addAttribute("byStatus", byStatus);
    }
}
