package vn.ansinh.target;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import org.springframework.dao.DataIntegrityViolationException;
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
import vn.ansinh.user.AccountService;
import vn.ansinh.user.CurrentUser;

/**
 * The value entry form of a target: GET shows it for a year and unit, POST validates and saves, then redirects
 * to the target page with a message saying what was stored. A rejected or conflicting form is shown again with
 * everything typed.
 */
@Controller
class ValueEntryController {

    private final TargetService targets;
    private final ValueEntryService entry;
    private final TargetTexts texts;
    private final AccountService accounts;

    ValueEntryController(TargetService targets, ValueEntryService entry, TargetTexts texts, AccountService accounts) {
        this.targets = targets;
        this.entry = entry;
        this.texts = texts;
        this.accounts = accounts;
    }

    @GetMapping("/targets/{id}/values/edit")
    String form(@PathVariable long id, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Long unit, @AuthenticationPrincipal CurrentUser user, Model model) {
        Target t = allowedTarget(id, user);
        var plan = t.getPlan();
        int y = year != null && plan.coversYear(year) ? year : Math.min(Math.max(entry.today().getYear(), plan.getBaseYear()), plan.getTargetYear());
        List<OrgUnit> units = entry.unitsFor(user, t, y);
        long u = unit != null && units.stream().anyMatch(x -> x.getId().equals(unit)) ? unit
                : units.isEmpty() ? plan.getIssuingUnit().getId() : units.get(0).getId();
        IndicatorValue existing = entry.find(t, u, y).orElse(null);
        return show(user, t, ValueForm.of(existing, t, y, u), existing, units, model);
    }

    /** The address a rejected form was shown at: opening or reloading it shows the entry form again. */
    @GetMapping("/targets/{id}/values")
    String reopen(@PathVariable long id, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) Long unit) {
        return "redirect:/targets/" + id + "/values/edit" + (year == null ? "" : "?year=" + year + (unit == null ? "" : "&unit=" + unit));
    }

    @PostMapping("/targets/{id}/values")
    String save(@PathVariable long id, @ModelAttribute("form") ValueForm form, BindingResult errors,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Target t = allowedTarget(id, user);
        int y = form.getYear() == null ? t.getPlan().getBaseYear() : form.getYear();
        if (entry.lockedForWard(user, t, y)) {
            throw new AccessDeniedException("the ward's report of " + y + " is submitted");
        }
        List<OrgUnit> units = entry.unitsFor(user, t, y);
        ValueInput input = ValueFormParser.parse(form, t, t.getPlan(), units, entry.today(), errors);
        if (input == null) {
            return show(user, t, form, currentValue(t, form), units, model);
        }
        try {
            IndicatorValue saved = entry.save(user, t, input);
            redirect.addFlashAttribute("savedMessage", new Object[]{texts.valueWithFraction(t, saved),
                    saved.getOrgUnit().getName(), String.valueOf(saved.getYear())});
            return "redirect:/targets/" + id;
        } catch (StaleValueException e) {
            return conflict(user, t, form, e.getCurrent(), units, model);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            // a concurrent save of the same value (version check or unique key); anything else is a real error
            IndicatorValue current = entry.find(t, form.getOrgUnitId(), y)
                    .filter(v -> !Objects.equals(v.getVersion(), form.getVersion()))
                    .orElseThrow(() -> e);
            return conflict(user, t, form, current, units, model);
        }
    }

    private String conflict(CurrentUser user, Target t, ValueForm form, IndicatorValue current, List<OrgUnit> units, Model model) {
        form.setVersion(current.getVersion());
        model.addAttribute("conflict", current);
        return show(user, t, form, current, units, model);
    }

    private IndicatorValue currentValue(Target t, ValueForm form) {
        if (form.getOrgUnitId() == null || form.getYear() == null) {
            return null;
        }
        return entry.find(t, form.getOrgUnitId(), form.getYear()).orElse(null);
    }

    private String show(CurrentUser user, Target t, ValueForm form, IndicatorValue existing, List<OrgUnit> units, Model model) {
        if (units.size() == 1 && !units.get(0).getId().equals(form.getOrgUnitId())) {
            // a unit the person may not enter for (an edited form): show the form of the one unit they may
            form.setOrgUnitId(units.get(0).getId());
            existing = currentValue(t, form);
        }
        model.addAttribute("t", t);
        model.addAttribute("form", form);
        model.addAttribute("unitName", units.stream().filter(u -> u.getId().equals(form.getOrgUnitId()))
                .map(OrgUnit::getName).findFirst().orElse(""));
        model.addAttribute("existing", existing);
        model.addAttribute("updatedByName", existing == null ? ""
                : accounts.fullNames(Set.of(existing.getUpdatedBy())).getOrDefault(existing.getUpdatedBy(), existing.getUpdatedBy()));
        model.addAttribute("units", units);
        model.addAttribute("assessments", Assessment.values());
        model.addAttribute("lockedForWard", form.getYear() != null && entry.lockedForWard(user, t, form.getYear()));
        var plan = t.getPlan();
        int lastYear = Math.max(plan.getBaseYear(), Math.min(plan.getTargetYear(), entry.today().getYear()));
        model.addAttribute("years", IntStream.rangeClosed(plan.getBaseYear(), lastYear).boxed().toList());
        return "target/value-form";
    }

    private Target allowedTarget(long id, CurrentUser user) {
        Target t = targets.get(id);
        if (!entry.canEnter(user, t)) {
            throw new AccessDeniedException("no value entry for target " + id);
        }
        return t;
    }
}
