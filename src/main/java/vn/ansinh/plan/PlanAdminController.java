package vn.ansinh.plan;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing a plan's own fields and its sections, and adding sections ({@code /admin/plans/{id}/edit}), for ADMIN and
 * DISTRICT_STAFF (URL rule in SecurityConfig). A refused form is shown again with what was typed.
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
        if (!model.containsAttribute("f")) {
            model.addAttribute("f", PlanEditForm.of(p));
        }
        return page(p, model);
    }

    @PostMapping("/admin/plans/{id}/edit")
    String save(@PathVariable long id, @ModelAttribute("f") PlanEditForm form, BindingResult errors, Model model,
                RedirectAttributes redirect, java.security.Principal who) {
        Plan p = plans.get(id);
        PlanEditForm.Fields fields = form.parse(p, errors);
        if (fields == null) {
            return page(p, model);
        }
        try {
            plans.editPlan(who.getName(), id, fields, form.getVersion());
        } catch (ObjectOptimisticLockingFailureException e) {
            model.addAttribute("error", "planEdit.error.changed");
            form.setVersion(plans.get(id).getVersion());
            return page(p, model);
        }
        redirect.addFlashAttribute("message", "planEdit.saved");
        return "redirect:/admin/plans/" + id + "/edit";
    }

    @PostMapping("/admin/plans/{id}/sections/{code}")
    String saveSection(@PathVariable long id, @PathVariable String code, @RequestParam(required = false) String heading,
                       @RequestParam(required = false) String body, RedirectAttributes redirect,
                       java.security.Principal who) {
        try {
            plans.editSection(who.getName(), id, code, heading == null ? null : heading.strip(), blank(body));
            redirect.addFlashAttribute("message", "planEdit.sectionSaved");
        } catch (PlanEditException e) {
            redirect.addFlashAttribute("error", e.getMessageKey());
            redirect.addFlashAttribute("typedSection", new NewSection(code, null, heading, body));
        }
        return "redirect:/admin/plans/" + id + "/edit#s-" + code;
    }

    /** A section that cannot be added goes back to the form (with what was typed) by a redirect, so reloading does not post again. */
    @PostMapping("/admin/plans/{id}/sections")
    String addSection(@PathVariable long id, @RequestParam(required = false) String code,
                      @RequestParam(required = false) String parent, @RequestParam(required = false) String heading,
                      @RequestParam(required = false) String body, RedirectAttributes redirect,
                      java.security.Principal who) {
        try {
            PlanSection s = plans.addSection(who.getName(), id, code, blank(parent), heading, body);
            redirect.addFlashAttribute("message", "planEdit.sectionAdded");
            return "redirect:/admin/plans/" + id + "/edit#s-" + s.getCode();
        } catch (PlanEditException e) {
            redirect.addFlashAttribute("error", e.getMessageKey());
            redirect.addFlashAttribute("sectionError", e.getMessageKey());
            redirect.addFlashAttribute("newSection", new NewSection(code, parent, heading, body));
            return "redirect:/admin/plans/" + id + "/edit#new-section";
        }
    }

    /** What was typed in a section form, shown again after an error. */
    record NewSection(String code, String parent, String heading, String body) implements java.io.Serializable {
    }

    private String page(Plan p, Model model) {
        model.addAttribute("p", p);
        model.addAttribute("sections", plans.sectionsInOrder(p.getId()));
        return "plan/admin";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
