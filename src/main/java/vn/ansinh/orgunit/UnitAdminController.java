package vn.ansinh.orgunit;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ansinh.shared.SearchText;

/**
 * Units as data ({@code /admin/units}): the list with validity periods and successions, searchable without
 * diacritics, and the form that renames, merges or splits units from a date.
 */
@Controller
class UnitAdminController {

    private final OrgUnitService units;

    UnitAdminController(OrgUnitService units) {
        this.units = units;
    }

    /** Only the form's own fields bind (three new-unit rows), so a crafted index cannot break the request. */
    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("kind", "oldUnitIds", "newCodes[0]", "newCodes[1]", "newCodes[2]", "newNames[0]",
                "newNames[1]", "newNames[2]", "parentId", "from", "note");
    }

    @GetMapping("/admin/units")
    String list(@RequestParam(required = false) String q, Model model) {
        return page(q, new ReorganiseForm(), model);
    }

    @PostMapping("/admin/units/reorganise")
    String reorganise(@ModelAttribute("form") ReorganiseForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request) {
        List<OrgUnitService.NewUnit> changes = form.parse(units, errors);
        if (changes == null) {
            return page(null, form, model);
        }
        if (!request.isUserInRole("ADMIN") && touchesUpperLevel(changes)) {
            errors.reject("unit.error.adminOnly");
            return page(null, form, model);
        }
        try {
            units.reorganise(request.getRemoteUser(), changes, form.day(), form.getKind());
        } catch (IllegalArgumentException | org.springframework.dao.DataIntegrityViolationException e) {
            errors.reject("unit.error.notValidBefore");
            return page(null, form, model);
        }
        redirect.addFlashAttribute("message", "unit.reorganised");
        return "redirect:/admin/units";
    }

    /** District staff reorganise wards and bodies; only an administrator changes a city or district (NĐ 2025 merged those too). */
    private boolean touchesUpperLevel(List<OrgUnitService.NewUnit> changes) {
        return changes.stream().anyMatch(c -> upper(c.kind())
                || c.takesOver().keySet().stream().anyMatch(id -> upper(units.get(id).getKind())));
    }

    private static boolean upper(OrgUnitKind kind) {
        return kind == OrgUnitKind.CITY || kind == OrgUnitKind.DISTRICT;
    }

    private String page(String q, ReorganiseForm form, Model model) {
        List<OrgUnit> all = units.all();
        model.addAttribute("units", all.stream().filter(u -> SearchText.matches(u.getCode() + " " + u.getName(), q)).toList());
        model.addAttribute("current", all.stream().filter(u -> u.getValidTo() == null).toList());
        model.addAttribute("successions", units.successionsOf(all.stream().map(OrgUnit::getId).toList()));
        model.addAttribute("kinds", Succession.Kind.values());
        model.addAttribute("q", q);
        model.addAttribute("form", form);
        return "orgunit/list";
    }
}
