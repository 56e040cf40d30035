package vn.ansinh.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ansinh.orgunit.OrgUnitService;
import vn.ansinh.plan.Plan;
import vn.ansinh.plan.PlanSection;
import vn.ansinh.plan.PlanService;
import vn.ansinh.shared.NotFoundException;
import vn.ansinh.target.TargetService;
import vn.ansinh.target.ValueEntryService;
import vn.ansinh.user.AccountService;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * The ward's side of the annual report: the list of cycles with the ward's report, the report page, and the form
 * that saves the draft or submits it. A rejected or conflicting form is shown again with everything typed.
 */
@Controller
class WardReportController {

    private final ReportService reports;
    private final PlanService plans;
    private final OrgUnitService units;
    private final AccountService accounts;
    private final ValueEntryService values;
    private final TargetService targets;

    WardReportController(ReportService reports, PlanService plans, OrgUnitService units, AccountService accounts,
                         ValueEntryService values, TargetService targets) {
        this.values = values;
        this.targets = targets;
        this.reports = reports;
        this.plans = plans;
        this.units = units;
        this.accounts = accounts;
    }

    /** Only the report's own fields bind: {@code results[0..19]} and the assessment parts (no list blown up by a crafted index). */
    @InitBinder("form")
    void fields(WebDataBinder binder) {
        List<String> allowed = new java.util.ArrayList<>(List.of("strengths", "limitations", "causes", "difficulties",
                "nextYear", "proposals", "version"));
        for (int i = 0; i < 20; i++) {
            allowed.add("results[" + i + "]");
        }
        binder.setAllowedFields(allowed.toArray(String[]::new));
    }

    @GetMapping("/reports")
    String mine(@RequestParam(required = false, name = "plan") Long planId, @AuthenticationPrincipal CurrentUser user,
                Model model) {
        if (user.getRole() != Role.WARD_OFFICER) {
            return "redirect:/cycles";
        }
        Plan plan = planId == null ? plans.current() : plans.get(planId);
        model.addAttribute("plans", plans.all());
        model.addAttribute("cycleLocked", reports.cycles(plan).stream()
                .filter(c -> c.isLockedOn(reports.today())).map(ReportingCycle::getId).collect(Collectors.toSet()));
        model.addAttribute("plan", plan);
        model.addAttribute("cycles", reports.cycles(plan));
        model.addAttribute("mine", reports.reportsOfMyWard(user, plan));
        model.addAttribute("ward", user.getOrgUnitId() == null ? null : units.get(user.getOrgUnitId()));
        model.addAttribute("today", reports.today());
        return "report/mine";
    }

    @PostMapping("/reports")
    String start(@RequestParam long cycleId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            return "redirect:/reports/" + reports.start(user, cycleId).getId() + "/edit";
        } catch (ReportException e) {
            redirect.addFlashAttribute("error", e.getMessageKey());
            return "redirect:/reports";
        }
    }

    @GetMapping("/reports/{id}")
    String view(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        WardReport report = reports.get(user, id);
        model.addAttribute("report", report);
        model.addAttribute("groups", plans.taskGroups(report.getCycle().getPlan().getId()));
        model.addAttribute("timeliness", reports.timeliness(report));
        List<ReportTransition> history = reports.history(id);
        model.addAttribute("history", history);
        model.addAttribute("people", accounts.fullNames(history.stream().map(ReportTransition::getActor).collect(Collectors.toSet())));
        model.addAttribute("canEdit", user.getRole() == Role.WARD_OFFICER && report.getState().editableByWard());
        model.addAttribute("scan", reports.scanInfo(id).orElse(null));
        model.addAttribute("canUploadScan", user.getRole() == Role.WARD_OFFICER && report.getState() == ReportState.SUBMITTED);
        model.addAttribute("wardValues", values.wardValues(report.getCycle().getPlan().getId(), report.getWard().getId(),
                report.getCycle().getYear()));
        model.addAttribute("wardTargets", targets.wardLevel(report.getCycle().getPlan()));
        model.addAttribute("canReview", user.hasAnyRole(Role.DISTRICT_STAFF, Role.ADMIN)
                && report.getState() == ReportState.SUBMITTED);
        model.addAttribute("canReopen", user.hasAnyRole(Role.DISTRICT_STAFF, Role.ADMIN));
        return "report/view";
    }

    @GetMapping("/reports/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        WardReport report = reports.get(user, id);
        if (user.getRole() != Role.WARD_OFFICER || !report.getState().editableByWard()) {
            return "redirect:/reports/" + id;
        }
        List<PlanSection> groups = plans.taskGroups(report.getCycle().getPlan().getId());
        return form(report, ReportForm.of(report, groups), groups, model);
    }

    @PostMapping("/reports/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") ReportForm form,
                @RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal CurrentUser user,
                Model model, RedirectAttributes redirect) {
        WardReport report = reports.get(user, id);
        List<PlanSection> groups = plans.taskGroups(report.getCycle().getPlan().getId());
        try {
            if ("submit".equals(action)) {
                reports.submit(user, id, form.content(groups), form.getVersion());
                redirect.addFlashAttribute("message", "report.submitted");
                return "redirect:/reports/" + id;
            }
            reports.save(user, id, form.content(groups), form.getVersion());
            redirect.addFlashAttribute("message", "report.saved");
            return "redirect:/reports/" + id + "/edit";
        } catch (ReportException e) {
            model.addAttribute("error", e.getMessageKey());
            return form(reports.get(user, id), form, groups, model);
        } catch (ObjectOptimisticLockingFailureException e) {
            WardReport current = reports.get(user, id);
            form.setVersion(current.getVersion());
            model.addAttribute("conflict", current);
            return form(current, form, groups, model);
        }
    }

    @PostMapping("/reports/{id}/scan")
    String attachScan(@PathVariable long id, @RequestParam("file") MultipartFile file,
                      @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) throws IOException {
        try {
            reports.attachScan(user, id, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("message", "report.scanSaved");
        } catch (ReportException e) {
            redirect.addFlashAttribute("error", e.getMessageKey());
        }
        return reports.get(user, id).getState().editableByWard() ? "redirect:/reports/" + id + "/edit"
                : "redirect:/reports/" + id;
    }

    @GetMapping("/reports/{id}/scan")
    ResponseEntity<byte[]> scan(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        ReportScan scan = reports.scan(user, id).orElseThrow(() -> new NotFoundException("scan of report " + id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(scan.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(scan.getContent());
    }

    private String form(WardReport report, ReportForm form, List<PlanSection> groups, Model model) {
        model.addAttribute("scan", reports.scanInfo(report.getId()).orElse(null));
        model.addAttribute("report", report);
        model.addAttribute("form", form);
        model.addAttribute("groups", groups);
        model.addAttribute("timeliness", reports.timeliness(report));
        model.addAttribute("today", reports.today());
        if (model.getAttribute("conflict") instanceof WardReport c) {
            model.addAttribute("conflictBy", accounts.fullNames(java.util.Set.of(c.getUpdatedBy()))
                    .getOrDefault(c.getUpdatedBy(), c.getUpdatedBy()));
        }
        return "report/edit";
    }
}
