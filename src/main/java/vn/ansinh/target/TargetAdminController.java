package vn.ansinh.target;

import java.util.Arrays;

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

import vn.ansinh.user.CurrentUser;

/**
 * The target edit page ({@code /admin/targets/{id}}) and retiring a target.
 */
@Controller
class TargetAdminController {

    private final TargetService targets;
    private final TargetAdminService admin;

    TargetAdminController(TargetService targets, TargetAdminService admin) {
        this.targets = targets;
        this.admin = admin;
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
        TargetEdit edit = form.parse(t.getPlan(), errors);
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

    @PostMapping("/admin/targets/{id}/retire")
    String retire(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        admin.retire(user, id);
        redirect.addFlashAttribute("message", "targetEdit.retired");
        return "redirect:/admin/targets/" + id;
    }

    private String page(Target t, TargetEditForm form, Model model) {
        model.addAttribute("t", t);
        model.addAttribute("form", form);
        model.addAttribute("areas", Arrays.asList(Area.values()));
        model.addAttribute("kinds", Arrays.asList(TargetKind.values()));
        model.addAttribute("directions", Arrays.asList(Target.Direction.values()));
        model.addAttribute("units", targets.responsibleUnitsChoice(t.getPlan()));
        return "target/admin";
    }
}
