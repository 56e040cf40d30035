package vn.ansinh.task;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ansinh.orgunit.OrgUnit;
import vn.ansinh.orgunit.OrgUnitService;
import vn.ansinh.plan.Plan;
import vn.ansinh.plan.PlanSection;
import vn.ansinh.plan.PlanService;
import vn.ansinh.shared.SearchText;
import vn.ansinh.user.AccountService;
import vn.ansinh.user.CurrentUser;

/**
 * The tasks of section III: the list by task group (filtered by unit or group), and the page of a task with its
 * units, progress by year and the progress form.
 */
@Controller
class TaskController {

    private final TaskService tasks;
    private final PlanService plans;
    private final AccountService accounts;

    TaskController(TaskService tasks, PlanService plans, AccountService accounts) {
        this.tasks = tasks;
        this.plans = plans;
        this.accounts = accounts;
    }

    @GetMapping("/tasks")
    String list(@RequestParam(required = false, name = "plan") Long planId, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) String group, @RequestParam(required = false) String q, Model model) {
        Plan plan = planId == null ? plans.current() : plans.get(planId);
        model.addAttribute("plans", plans.all());
        int year = plan.yearWithin(tasks.today().getYear());
        List<Task> all = tasks.tasks(plan, null);
        List<Task> shown = all.stream()
                .filter(t -> unit == null || t.isAssignedTo(unit))
                .filter(t -> group == null || group.isBlank() || t.getSectionCode().equals(group) || t.getSectionCode().startsWith(group + "."))
                .filter(t -> SearchText.matches(t.getCode() + " " + t.getText(), q))
                .toList();
        model.addAttribute("q", q);
        Map<String, String> headings = plans.overviewSections(plan.getId()).stream()
                .collect(Collectors.toMap(PlanSection::getCode, PlanSection::getHeading));
        model.addAttribute("plan", plan);
        model.addAttribute("year", year);
        model.addAttribute("tasks", shown);
        model.addAttribute("headings", headings);
        model.addAttribute("groups", plans.taskGroups(plan.getId()));
        model.addAttribute("units", all.stream().flatMap(t -> t.getAssignments().stream()).map(TaskAssignment::getOrgUnit)
                .distinct().sorted(OrgUnitService.BY_NAME).toList());
        model.addAttribute("unit", unit);
        model.addAttribute("group", group);
        model.addAttribute("progress", tasks.progressOf(plan, year));
        return "task/list";
    }

    @GetMapping("/tasks/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) Long unit, @AuthenticationPrincipal CurrentUser user, Model model) {
        Task task = tasks.get(id);
        List<OrgUnit> units = tasks.unitsFor(user, task);
        int y = year != null && task.getPlan().coversYear(year) && year <= tasks.today().getYear() ? year
                : task.getPlan().yearWithin(tasks.today().getYear());
        long u = unit != null && units.stream().anyMatch(x -> x.getId().equals(unit)) ? unit
                : units.isEmpty() ? 0 : units.get(0).getId();
        ProgressForm form = ProgressForm.of(u == 0 ? null : tasks.find(id, u, y).orElse(null), u, y);
        return page(task, form, user, model);
    }

    @PostMapping("/tasks/{id}/progress")
    String save(@PathVariable long id, @ModelAttribute("form") ProgressForm form, BindingResult errors,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Task task = tasks.get(id);
        if (tasks.unitsFor(user, task).isEmpty()) {
            throw new AccessDeniedException("no progress on task " + id);
        }
        ProgressInput input = form.parse(task.getPlan(), tasks.today().getYear(), errors);
        if (input == null) {
            return page(task, form, user, model);
        }
        try {
            tasks.save(user, id, input);
        } catch (ObjectOptimisticLockingFailureException e) {
            TaskProgress current = tasks.find(id, form.getUnitId(), form.getYear()).orElse(null);
            form.setVersion(current == null ? null : current.getVersion());
            model.addAttribute("conflict", current);
            return page(task, form, user, model);
        }
        redirect.addFlashAttribute("message", "progress.saved");
        return "redirect:/tasks/" + id + "?year=" + input.year() + "&unit=" + input.unitId();
    }

    private String page(Task task, ProgressForm form, CurrentUser user, Model model) {
        List<TaskProgress> all = tasks.progress(task.getId());
        List<ProgressChangeRow> history = tasks.history(task.getId());
        Set<String> people = history.stream().map(h -> h.change().getChangedBy()).collect(Collectors.toSet());
        all.forEach(p -> people.add(p.getUpdatedBy()));
        model.addAttribute("task", task);
        model.addAttribute("form", form);
        model.addAttribute("units", tasks.unitsFor(user, task));
        model.addAttribute("states", TaskState.values());
        model.addAttribute("progressList", all);
        model.addAttribute("history", history);
        model.addAttribute("people", accounts.fullNames(people));
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(task.getPlan().getBaseYear(),
                Math.min(task.getPlan().getTargetYear(), tasks.today().getYear())).boxed().toList());
        model.addAttribute("heading", plans.overviewSections(task.getPlan().getId()).stream()
                .filter(s -> s.getCode().equals(task.getSectionCode())).map(s -> s.getNumberLabel() + ". " + s.getHeading())
                .findFirst().orElse(task.getSectionCode()));
        return "task/detail";
    }
}
