package vn.ansinh.user;

import java.util.Arrays;
import java.util.List;

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

import vn.ansinh.orgunit.OrgUnit;
import vn.ansinh.orgunit.OrgUnitKind;
import vn.ansinh.orgunit.OrgUnitService;
import vn.ansinh.shared.SearchText;

/**
 * Account administration for ADMIN and DISTRICT_STAFF: list and search, create (with a temporary password),
 * change role, unit or access, and reset a password (the person sets a new one at next login).
 */
@Controller
class AdminUserController {

    private final AccountService accounts;
    private final OrgUnitService units;

    AdminUserController(AccountService accounts, OrgUnitService units) {
        this.accounts = accounts;
        this.units = units;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("users", accounts.all().stream()
                .filter(u -> SearchText.matches(u.getUsername() + " " + u.getFullName(), q)).toList());
        model.addAttribute("q", q);
        model.addAttribute("unitNames", units.allById());
        return "user/list";
    }

    @GetMapping("/admin/users/new")
    String createForm(@AuthenticationPrincipal CurrentUser admin, Model model) {
        return form(admin, new UserForm(), null, model);
    }

    @PostMapping("/admin/users")
    String create(@ModelAttribute("form") UserForm form, BindingResult errors, @AuthenticationPrincipal CurrentUser admin,
                  Model model, RedirectAttributes redirect) {
        if (!form.check(true, errors) || !unitFits(form, errors)) {
            return form(admin, form, null, model);
        }
        try {
            AppUser u = accounts.createTemporary(admin, form.getUsername(), form.getPassword(), form.getFullName(),
                    form.getRole(), form.getOrgUnitId());
            redirect.addFlashAttribute("message", "account.created");
            return "redirect:/admin/users/" + u.getId();
        } catch (AccountException e) {
            errors.rejectValue("username", e.getMessageKey());
            return form(admin, form, null, model);
        }
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, Model model) {
        AppUser u = accounts.get(id);
        return form(admin, UserForm.of(u), u, model);
    }

    @PostMapping("/admin/users/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") UserForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
        AppUser u = accounts.get(id);
        if (!form.check(false, errors) || !unitFits(form, errors)) {
            return form(admin, form, u, model);
        }
        try {
            accounts.update(admin, id, form.getFullName(), form.getRole(), form.getOrgUnitId(), form.isEnabled(), form.getVersion());
        } catch (AccountException e) {
            model.addAttribute("error", e.getMessageKey());
            return form(admin, form, u, model);
        } catch (ObjectOptimisticLockingFailureException e) {
            model.addAttribute("error", "account.error.changed");
            form.setVersion(accounts.get(id).getVersion());
            return form(admin, form, u, model);
        }
        redirect.addFlashAttribute("message", "account.saved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/password")
    String reset(@PathVariable long id, @RequestParam(required = false) String password,
                 @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
        String problem = PasswordPolicy.problem(accounts.get(id).getUsername(), password);
        if (problem != null) {
            redirect.addFlashAttribute("error", problem);
        } else {
            accounts.resetPassword(admin, id, password);
            redirect.addFlashAttribute("message", "account.passwordReset");
        }
        return "redirect:/admin/users/" + id;
    }

    /** A ward officer belongs to a ward; a department officer to a department, agency or mass organisation. */
    private boolean unitFits(UserForm form, BindingResult errors) {
        if (form.getOrgUnitId() == null || form.getRole() == null) {
            return true;
        }
        OrgUnit unit;
        try {
            unit = units.get(form.getOrgUnitId());
        } catch (vn.ansinh.shared.NotFoundException e) {
            errors.rejectValue("orgUnitId", "account.error.unitRequired");
            return false;
        }
        boolean fits = switch (form.getRole()) {
            case WARD_OFFICER -> unit.getKind() == OrgUnitKind.WARD;
            case DEPARTMENT_OFFICER -> !unit.getKind().isTerritorial();
            default -> true;
        };
        if (!fits) {
            errors.rejectValue("orgUnitId", "account.error.unitKind");
        }
        return fits;
    }

    private String form(CurrentUser admin, UserForm form, AppUser user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("account", user);
        model.addAttribute("roles", Arrays.stream(Role.values())
                .filter(r -> r != Role.ADMIN || admin.getRole() == Role.ADMIN).toList());
        List<OrgUnit> all = units.allCurrent();
        model.addAttribute("units", all);
        return "user/form";
    }
}
