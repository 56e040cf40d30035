package vn.ansinh.target;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ansinh.plan.Plan;
import vn.ansinh.plan.PlanSection;
import vn.ansinh.plan.PlanService;
import vn.ansinh.user.CurrentUser;

/**
 * The target edit page ({@code /admin/targets/{id}}), adding a target to a plan
 * ({@code /admin/plans/{planId}/targets/new}) and retiring a target.
 */
@Controller
class TargetAdminController {

    private final TargetService targets;
    private final TargetAdminService admin;
    private final PlanService plans;

    TargetAdminController(TargetService targets, TargetAdminService admin, PlanService plans) {
        this.targets = targets;
        this.admin = admin;
        this.plans = plans;
    }

    @GetMapping("/admin/targets/{id}")
    String edit(@PathVariable long id, Model model) {
        Target t = targets.get(id);
        return page(t, TargetEditForm.of(t), model);
    }

    @PostMapping("/admin/targets/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") TargetEditForm form, BindingResult errors,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Target t = targets.get(id);
        TargetEdit edit = form.parse(t.getPlan(), t.getValueType(), errors);
        if (edit == null) {
            return page(t, form, model);
        }
        try {
            admin.update(user, id, edit, form.getVersion());
        } catch (ObjectOptimisticLockingFailureException e) {
            model.addAttribute("error", "targetEdit.error.changed");
            form.setVersion(targets.get(id).getVersion());
            return page(t, form, model);
        }
        redirect.addFlashAttribute("message", "targetEdit.saved");
        return "redirect:/admin/targets/" + id;
    }

    @GetMapping("/admin/plans/{planId}/targets/new")
    String create(@PathVariable long planId, Model model) {
        Plan plan = plans.get(planId);
        NewTargetForm form = new NewTargetForm();
        form.setCode(admin.suggestCode(planId));
        form.setDecimals(1);
        return newPage(plan, form, model);
    }

    @PostMapping("/admin/plans/{planId}/targets/new")
    String add(@PathVariable long planId, @ModelAttribute("form") NewTargetForm form, BindingResult errors,
               @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Plan plan = plans.get(planId);
        Set<String> sections = plans.overviewSections(planId).stream().map(PlanSection::getCode).collect(Collectors.toSet());
        NewTargetForm.NewTarget target = form.parse(plan, admin.codes(planId), sections, errors);
        if (target == null) {
            return newPage(plan, form, model);
        }
        Target t;
        try {
            t = admin.create(user, plan, target);
        } catch (DataIntegrityViolationException e) {
            if (!admin.codes(planId).contains(target.code())) {
                throw e;
            }
            errors.rejectValue("code", "targetNew.error.codeUsed");
            return newPage(plan, form, model);
        }
        redirect.addFlashAttribute("message", "targetNew.created");
        return "redirect:/targets/" + t.getId();
    }

    private String newPage(Plan plan, NewTargetForm form, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("sections", plans.sectionsInOrder(plan.getId()));
        model.addAttribute("valueTypes", Arrays.asList(ValueType.values()));
        choices(plan, model);
        return "target/new";
    }

    @PostMapping("/admin/targets/{id}/retire")
    String retire(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        admin.retire(user, id);
        redirect.addFlashAttribute("message", "targetEdit.retired");
        return "redirect:/admin/targets/" + id;
    }

    private String page(Target t, TargetEditForm form, Model model) {
        model.addAttribute("t", t);
        model.addAttribute("form", form);
        choices(t.getPlan(), model);
        return "target/admin";
    }

    private void choices(Plan plan, Model model) {
        model.addAttribute("areas", Arrays.asList(Area.values()));
        model.addAttribute("kinds", Arrays.asList(TargetKind.values()));
        model.addAttribute("directions", Arrays.asList(Target.Direction.values()));
        model.addAttribute("units", targets.responsibleUnitsChoice(plan));
    }
}
