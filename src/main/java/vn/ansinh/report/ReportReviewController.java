package vn.ansinh.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

import vn.ansinh.plan.Plan;
import vn.ansinh.plan.PlanService;
import vn.ansinh.shared.web.Formats;
import vn.ansinh.user.CurrentUser;

/**
 * The district's side: reporting cycles, the completeness of a cycle, and returning or accepting a report.
 */
@Controller
class ReportReviewController {

    private final ReportService reports;
    private final PlanService plans;
    private final ReminderService reminders;

    ReportReviewController(ReportService reports, PlanService plans, ReminderService reminders) {
        this.reports = reports;
        this.plans = plans;
        this.reminders = reminders;
    }

    @GetMapping("/cycles")
    String cycles(@RequestParam(required = false, name = "plan") Long planId,
                  @RequestParam(defaultValue = "1") int page, Model model) {
        Plan plan = planId == null ? plans.current() : plans.get(planId);
        model.addAttribute("plans", plans.all());
        List<ReportingCycle> cycles = reports.cycles(plan);
        Set<Integer> opened = cycles.stream().map(ReportingCycle::getYear).collect(Collectors.toSet());
        int last = Math.min(plan.getTargetYear(), reports.today().getYear());
        model.addAttribute("plan", plan);
        model.addAttribute("cycles", cycles);
        model.addAttribute("openableYears", IntStream.rangeClosed(plan.getBaseYear(), last).boxed()
                .filter(y -> !opened.contains(y)).sorted((a, b) -> b - a).toList());
        model.addAttribute("rule", plans.wardReportingRule(plan.getId()));
        CompletenessMatrix matrix = reports.matrix(plan);
        model.addAttribute("matrix", matrix);
        model.addAttribute("matrixRows", matrix.page(page));
        model.addAttribute("remindersEnabled", reminders.enabled());
        model.addAttribute("reminderDays", reminders.daysBefore());
        return "report/cycles";
    }

    @PostMapping("/cycles")
    String open(@RequestParam int year, @RequestParam(required = false, name = "plan") Long planId,
                @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Plan plan = planId == null ? plans.current() : plans.get(planId);
        try {
            ReportingCycle cycle = reports.openCycle(user, plan, year);
            redirect.addFlashAttribute("message", "cycle.opened");
            return "redirect:/cycles/" + cycle.getId();
        } catch (ReportException e) {
            redirect.addFlashAttribute("error", e.getMessageKey());
            return "redirect:/cycles?plan=" + plan.getId();
        }
    }

    @GetMapping("/cycles/{id}")
    String completeness(@PathVariable long id, @RequestParam(required = false) Timeliness.Status status,
                        @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        ReportingCycle cycle = reports.cycle(id);
        return completenessPage(cycle, CycleForm.of(cycle), status, q, page, model);
    }

    /** Saves new dates of the cycle; the list's filter (status, q) is kept, as hidden fields of the form. */
    @PostMapping("/cycles/{id}")
    String change(@PathVariable long id, @ModelAttribute("cycleForm") CycleForm form, BindingResult errors,
                  @RequestParam(required = false) Timeliness.Status status, @RequestParam(required = false) String q,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        ReportingCycle cycle = reports.cycle(id);
        CycleDates dates = form.parse(cycle.getYear(), errors);
        if (dates == null) {
            model.addAttribute("openSettings", true);
            return completenessPage(cycle, form, status, q, 1, model);
        }
        try {
            reports.changeCycle(user, id, dates, form.getReason(), form.getVersion());
        } catch (ObjectOptimisticLockingFailureException e) {
            model.addAttribute("cycleConflict", true);
            model.addAttribute("openSettings", true);
            form.setVersion(reports.cycle(id).getVersion());
            return completenessPage(reports.cycle(id), form, status, q, 1, model);
        }
        redirect.addFlashAttribute("message", "cycle.changed");
        if (status != null) {
            redirect.addAttribute("status", status);
        }
        if (q != null && !q.isBlank()) {
            redirect.addAttribute("q", q);
        }
        return "redirect:/cycles/" + id;
    }

    /** The completeness page listing one page of the wards with the given timeliness status and name words. */
    private String completenessPage(ReportingCycle cycle, CycleForm form, Timeliness.Status status, String q, int page,
                                    Model model) {
        Completeness completeness = reports.completeness(cycle);
        model.addAttribute("cycle", cycle);
        model.addAttribute("completeness", completeness);
        model.addAttribute("rowsPage", completeness.page(status, q, page));
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        // in the order of the counts above the list
        model.addAttribute("statuses", List.of(Timeliness.Status.ON_TIME, Timeliness.Status.LATE,
                Timeliness.Status.MISSING, Timeliness.Status.DUE));
        model.addAttribute("cycleForm", form);
        model.addAttribute("changes", reports.cycleChanges(cycle.getId()));
        model.addAttribute("today", reports.today());
        return "report/completeness";
    }

    @PostMapping("/reports/{id}/return")
    String returnToWard(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam long version,
                        @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return decide(id, redirect, "report.returned", () -> reports.returnToWard(user, id, reason, version), reason);
    }

    @PostMapping("/reports/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String until, @RequestParam long version,
                  @RequestParam(required = false) Long cycleId,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        LocalDate day;
        try {
            day = until == null || until.isBlank() ? null
                    : Formats.parseDate(until);
        } catch (DateTimeParseException e) {
            day = null;
        }
        LocalDate end = day;
        String back = cycleId == null ? "/reports/" + id : "/cycles/" + cycleId;
        redirect.addFlashAttribute("reopenUntil", until);
        return decide(id, redirect, "report.reopened", () -> reports.reopen(user, id, reason, end, version), reason, back,
                "reopenReason");
    }

    @PostMapping("/reports/{id}/accept")
    String accept(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        return decide(id, redirect, "report.accepted", () -> reports.accept(user, id, version), null);
    }

    private String decide(long id, RedirectAttributes redirect, String done, Runnable action, String reason) {
        return decide(id, redirect, done, action, reason, "/reports/" + id, "reason");
    }

    private String decide(long id, RedirectAttributes redirect, String done, Runnable action, String reason, String back,
                          String reasonField) {
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
        } catch (ReportException e) {
            redirect.addFlashAttribute("error", e.getMessageKey());
            redirect.addFlashAttribute(reasonField, reason);
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", "report.error.changed");
            redirect.addFlashAttribute(reasonField, reason);
        }
        return "redirect:" + back;
    }
}
