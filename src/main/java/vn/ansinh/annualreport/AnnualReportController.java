package vn.ansinh.annualreport;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
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
import vn.ansinh.shared.NotFoundException;
import vn.ansinh.shared.web.Downloads;
import vn.ansinh.user.AccountService;
import vn.ansinh.user.CurrentUser;

/**
 * The district's annual report (issue 5), for ADMIN and DISTRICT_STAFF (the {@code /admin/**} rule in
 * SecurityConfig): the years of a plan ({@code /admin/annual-report}), the text form per plan and year
 * ({@code /admin/annual-report/{plan}/{year}}) and the Word file ({@code …/{year}/docx}). A refused or stale form is
 * shown again with what was typed.
 */
@Controller
class AnnualReportController {

    private final AnnualReportService reports;
    private final PlanService plans;
    private final AccountService accounts;

    AnnualReportController(AnnualReportService reports, PlanService plans, AccountService accounts) {
        this.reports = reports;
        this.plans = plans;
        this.accounts = accounts;
    }

    @GetMapping("/admin/annual-report")
    String index(@RequestParam(required = false, name = "plan") Long planId, Model model) {
        Plan plan = plans.get(planId == null ? plans.current().getId() : planId);
        Map<Integer, AnnualReportService.Draft> byYear = new LinkedHashMap<>();
        java.util.List<Integer> years = new java.util.ArrayList<>(reports.years(plan));
        java.util.Collections.reverse(years);
        years.forEach(y -> byYear.put(y, reports.load(plan, y)));
        model.addAttribute("plans", plans.all());
        model.addAttribute("plan", plan);
        model.addAttribute("drafts", byYear);
        model.addAttribute("people", accounts.fullNames(byYear.values().stream()
                .map(AnnualReportService.Draft::updatedBy).filter(java.util.Objects::nonNull).toList()));
        return "annualreport/index";
    }

    @GetMapping("/admin/annual-report/{planId}/{year}")
    String edit(@PathVariable long planId, @PathVariable int year, Model model) {
        Plan plan = plan(planId, year);
        AnnualReportService.Draft draft = reports.load(plan, year);
        model.addAttribute("form", AnnualReportForm.of(draft.text(), draft.version()));
        return page(plan, year, draft, model);
    }

    @PostMapping("/admin/annual-report/{planId}/{year}")
    String save(@PathVariable long planId, @PathVariable int year, @ModelAttribute("form") AnnualReportForm form,
                BindingResult errors, @RequestParam(defaultValue = "save") String action,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Plan plan = plan(planId, year);
        DraftText text = form.parse(year, errors);
        if (text == null) {
            return page(plan, year, reports.load(plan, year), model);
        }
        try {
            reports.save(user, plan, year, text, form.getVersion());
        } catch (ObjectOptimisticLockingFailureException e) {
            AnnualReportService.Draft current = reports.load(plan, year);
            form.setVersion(current.version());
            model.addAttribute("conflict", current);
            return page(plan, year, current, model);
        }
        redirect.addFlashAttribute("message", "annualReport.saved");
        String back = "/admin/annual-report/" + planId + "/" + year;
        return "redirect:" + ("docx".equals(action) ? back + "/docx" : back);
    }

    @GetMapping("/admin/annual-report/{planId}/{year}/docx")
    ResponseEntity<byte[]> docx(@PathVariable long planId, @PathVariable int year) {
        Plan plan = plan(planId, year);
        return Downloads.file(reports.docx(plan, year), Downloads.DOCX, reports.fileName(year));
    }

    private Plan plan(long planId, int year) {
        Plan plan = plans.get(planId);
        if (!reports.years(plan).contains(year)) {
            throw new NotFoundException("annual report " + planId + "/" + year);
        }
        return plan;
    }

    private String page(Plan plan, int year, AnnualReportService.Draft draft, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("year", year);
        model.addAttribute("draft", draft);
        model.addAttribute("facts", reports.facts(plan, year, draft.text().date()));
        model.addAttribute("updatedBy", draft.updatedBy() == null ? null
                : accounts.fullNames(java.util.List.of(draft.updatedBy())).getOrDefault(draft.updatedBy(), draft.updatedBy()));
        return "annualreport/edit";
    }
}
