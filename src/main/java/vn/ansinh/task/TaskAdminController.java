package vn.ansinh.task;

import java.util.List;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ansinh.orgunit.OrgUnit;
import vn.ansinh.orgunit.OrgUnitService;
import vn.ansinh.plan.Plan;
import vn.ansinh.plan.PlanService;
import vn.ansinh.user.CurrentUser;

/**
 * Adding a task to a plan section, editing a task (text, scope, lead and coordinating units) and retiring it, for
 * ADMIN and DISTRICT_STAFF.
 */
@Controller
class TaskAdminController {

    private final TaskService tasks;
    private final OrgUnitService units;
    private final PlanService plans;

    TaskAdminController(TaskService tasks, OrgUnitService units, PlanService plans) {
        this.tasks = tasks;
        this.units = units;
        this.plans = plans;
    }

    @GetMapping("/admin/tasks/{id}")
    String edit(@PathVariable long id, Model model) {
        Task task = tasks.get(id);
        return page(task, task.getText(), task.getScope(), task.getLead() == null ? null : task.getLead().getOrgUnit().getId(),
                task.getCoordinating().stream().map(a -> a.getOrgUnit().getId()).toList(), task.getVersion(), model);
    }

    @PostMapping("/admin/tasks/{id}")
    String save(@PathVariable long id, @RequestParam(required = false) String text,
                @RequestParam(required = false) Task.Scope scope, @RequestParam(required = false) Long lead,
                @RequestParam(required = false) List<Long> coordinating, @RequestParam long version,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Task task = tasks.get(id);
        List<Long> coord = known(coordinating);
        List<String> errors = problems(text, scope, lead);
        if (errors.isEmpty()) {
            try {
                tasks.edit(user, id, text.strip(), scope, lead, coord, version);
                redirect.addFlashAttribute("message", "taskEdit.saved");
                return "redirect:/admin/tasks/" + id;
            } catch (ObjectOptimisticLockingFailureException e) {
                errors = List.of("taskEdit.error.changed");
                version = tasks.get(id).getVersion();
            }
        }
        model.addAttribute("errors", errors);
        return page(task, text, scope, lead, coord, version, model);
    }

    @GetMapping("/admin/plans/{planId}/tasks/new")
    String create(@PathVariable long planId, @RequestParam(required = false) String section, Model model) {
        Plan plan = plans.get(planId);
        model.addAttribute("section", section);
        return newPage(plan, null, Task.Scope.UNITS, null, List.of(), model);
    }

    @PostMapping("/admin/plans/{planId}/tasks/new")
    String add(@PathVariable long planId, @RequestParam(required = false) String section,
               @RequestParam(required = false) String text, @RequestParam(required = false) Task.Scope scope,
               @RequestParam(required = false) Long lead, @RequestParam(required = false) List<Long> coordinating,
               @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Plan plan = plans.get(planId);
        List<Long> coord = known(coordinating);
        boolean sectionOk = section != null && plans.overviewSections(planId).stream().anyMatch(s -> s.getCode().equals(section));
        // every problem of the form at once, not one per submission
        List<String> errors = new java.util.ArrayList<>();
        if (!sectionOk) {
            errors.add("taskNew.error.section");
        }
        errors.addAll(problems(text, scope, lead));
        if (errors.isEmpty()) {
            long id = tasks.create(user, plan, section, text.strip(), scope, lead, coord);
            redirect.addFlashAttribute("message", "taskNew.created");
            return "redirect:/tasks/" + id;
        }
        model.addAttribute("errors", errors);
        model.addAttribute("section", section);
        return newPage(plan, text, scope, lead, coord, model);
    }

    /** @return the message keys of what is wrong with the task's fields, in form order; empty when nothing is */
    private List<String> problems(String text, Task.Scope scope, Long lead) {
        List<String> out = new java.util.ArrayList<>();
        if (text == null || text.isBlank()) {
            out.add("taskEdit.error.text");
        } else if (text.length() > 10_000) {
            out.add("taskEdit.error.tooLong");
        }
        if (scope == null) {
            out.add("taskEdit.error.scope");
        }
        if (lead == null || !choosable().contains(lead)) {
            out.add("taskEdit.error.lead");
        }
        return out;
    }

    /** The units a task can be given to: the current non-territorial units (departments, offices). */
    private List<Long> choosable() {
        return units.allCurrent().stream().filter(u -> !u.getKind().isTerritorial()).map(OrgUnit::getId).toList();
    }

    /** The posted coordinating units that can be chosen; empty boxes and ids of no such unit are dropped. */
    private List<Long> known(List<Long> coordinating) {
        if (coordinating == null) {
            return List.of();
        }
        List<Long> ok = choosable();
        return coordinating.stream().filter(u -> u != null && ok.contains(u)).distinct().toList();
    }

    private String newPage(Plan plan, String text, Task.Scope scope, Long lead, List<Long> coordinating, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("sections", plans.sectionsInOrder(plan.getId()));
        return page(null, text, scope, lead, coordinating, 0, model);
    }

    @PostMapping("/admin/tasks/{id}/retire")
    String retire(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        tasks.retire(user, id);
        redirect.addFlashAttribute("message", "taskEdit.retired");
        return "redirect:/admin/tasks/" + id;
    }

    private String page(Task task, String text, Task.Scope scope, Long lead, List<Long> coordinating, long version, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("text", text);
        model.addAttribute("scope", scope);
        model.addAttribute("lead", lead);
        model.addAttribute("coordinating", coordinating);
        model.addAttribute("version", version);
        model.addAttribute("scopes", Task.Scope.values());
        model.addAttribute("units", units.allCurrent().stream().filter(u -> !u.getKind().isTerritorial()).toList());
        return "task/admin";
    }
}
