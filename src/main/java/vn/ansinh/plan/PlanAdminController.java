package vn.ansinh.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ansinh.shared.web.Formats;

/**
 * Editing a plan's own fields and its sections ({@code /admin/plans/{id}/edit}), for ADMIN and DISTRICT_STAFF
 * (URL rule in SecurityConfig).
 */
@Controller
class PlanAdminController {

    private final PlanService plans;

    PlanAdminController(PlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/admin/plans/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Plan p = plans.get(id);
        model.addAttribute("p", p);
        model.addAttribute("issueDate", p.getIssueDate() == null ? "" : Formats.DATE.format(p.getIssueDate()));
        model.addAttribute("sections", plans.overviewSections(id));
        return "plan/admin";
    }

    @PostMapping("/admin/plans/{id}/edit")
    String save(@PathVariable long id, @RequestParam(required = false) String number, @RequestParam String title,
                @RequestParam(required = false) String summary, @RequestParam(required = false) String issueDate,
                @RequestParam(required = false) String visionText, @RequestParam(required = false) String signerTitle,
                @RequestParam(required = false) String signerName, @RequestParam long version, Model model,
                RedirectAttributes redirect) {
        String error = title == null || title.isBlank() ? "planEdit.error.title" : null;
        LocalDate date = null;
        if (error == null && issueDate != null && !issueDate.isBlank()) {
            try {
                date = Formats.parseDate(issueDate);
            } catch (DateTimeParseException e) {
                error = "planEdit.error.date";
            }
        }
        if (error == null) {
            try {
                plans.editPlan(id, blank(number), title.strip(), blank(summary), date, blank(visionText), blank(signerTitle),
                        blank(signerName), version);
                redirect.addFlashAttribute("message", "planEdit.saved");
                return "redirect:/admin/plans/" + id + "/edit";
            } catch (ObjectOptimisticLockingFailureException e) {
                error = "planEdit.error.changed";
            }
        }
        redirect.addFlashAttribute("error", error);
        return "redirect:/admin/plans/" + id + "/edit";
    }

    @PostMapping("/admin/plans/{id}/sections/{code}")
    String saveSection(@PathVariable long id, @PathVariable String code, @RequestParam String heading,
                       @RequestParam(required = false) String body, RedirectAttributes redirect) {
        if (heading == null || heading.isBlank()) {
            redirect.addFlashAttribute("error", "planEdit.error.heading");
        } else {
            plans.editSection(id, code, heading.strip(), blank(body));
            redirect.addFlashAttribute("message", "planEdit.sectionSaved");
        }
        return "redirect:/admin/plans/" + id + "/edit#s-" + code;
    }

    @PostMapping("/admin/plans/{id}/sections")
    String addSection(@PathVariable long id, @RequestParam(required = false) String code,
                      @RequestParam(required = false) String parent, @RequestParam(required = false) String heading,
                      @RequestParam(required = false) String body, Model model, RedirectAttributes redirect) {
        try {
            PlanSection s = plans.addSection(id, code, blank(parent), heading, body);
            redirect.addFlashAttribute("message", "planEdit.sectionAdded");
            return "redirect:/admin/plans/" + id + "/edit#s-" + s.getCode();
        } catch (PlanEditException e) {
            model.addAttribute("sectionError", e.getMessageKey());
            model.addAttribute("newSection", new NewSection(code, parent, heading, body));
            edit(id, model);
            return "plan/admin";
        }
    }

    /** What was typed in the "add a section" form, shown again after an error. */
    record NewSection(String code, String parent, String heading, String body) {
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
