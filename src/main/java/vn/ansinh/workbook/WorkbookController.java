package vn.ansinh.workbook;

import java.io.IOException;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ansinh.orgunit.OrgUnit;
import vn.ansinh.orgunit.OrgUnitService;
import vn.ansinh.plan.Plan;
import vn.ansinh.plan.PlanService;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.shared.web.Downloads;
import vn.ansinh.target.ValueEntryService;
import vn.ansinh.user.CurrentUser;

/**
 * Spreadsheet exchange for district staff (under {@code /admin}, so ADMIN and DISTRICT_STAFF only): the page
 * {@code /admin/workbook} with the exports and the import form, the downloads, and the import preview and
 * confirmation.
 */
@Controller
class WorkbookController {

    private final PlanService plans;
    private final OrgUnitService units;
    private final WorkbookExports exports;
    private final ValueImports imports;
    private final ValueEntryService entry;
    private final MessageSource messages;

    WorkbookController(PlanService plans, OrgUnitService units, WorkbookExports exports, ValueImports imports,
                       ValueEntryService entry, MessageSource messages) {
        this.plans = plans;
        this.units = units;
        this.exports = exports;
        this.imports = imports;
        this.entry = entry;
        this.messages = messages;
    }

    @GetMapping("/admin/workbook")
    String page(@RequestParam(required = false) Long plan, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Long unit, Model model) {
        model.addAttribute("unit", unit);
        Plan p = plan == null ? plans.current() : plans.get(plan);
        List<Integer> years = years(p);
        int y = year != null && years.contains(year) ? year : years.get(years.size() - 1);
        List<OrgUnit> territories = units.territoriesIn(p.getIssuingUnit().getId(), y);
        model.addAttribute("plans", plans.all());
        model.addAttribute("plan", p);
        model.addAttribute("years", years);
        model.addAttribute("year", y);
        model.addAttribute("units", territories);
        return "workbook/page";
    }

    @GetMapping("/admin/workbook/targets")
    ResponseEntity<byte[]> targets(@RequestParam long plan, @RequestParam int year) {
        Plan p = plans.get(plan);
        requireYear(p, year);
        return Downloads.file(exports.targets(p, year), Downloads.XLSX, name("workbook.file.targets", year));
    }

    @GetMapping("/admin/workbook/wards")
    ResponseEntity<byte[]> wards(@RequestParam long plan, @RequestParam int year) {
        Plan p = plans.get(plan);
        requireYear(p, year);
        return Downloads.file(exports.wardValues(p, year), Downloads.XLSX, name("workbook.file.wards", year));
    }

    @GetMapping("/admin/workbook/template")
    ResponseEntity<byte[]> template(@RequestParam long plan, @RequestParam long unit, @RequestParam int year) {
        requireYear(plans.get(plan), year);
        byte[] bytes = imports.template(plan, unit, year);
        return Downloads.file(bytes, Downloads.XLSX, name("workbook.file.template", year, units.get(unit).getName()));
    }

    /** A year not offered on the page (outside the plan, or still to come) is a bad request, not an empty file. */
    private void requireYear(Plan p, int year) {
        if (!years(p).contains(year)) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "year " + year);
        }
    }

    @PostMapping("/admin/workbook/imports")
    String upload(@RequestParam long plan, @RequestParam long unit, @RequestParam int year,
                  @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new WorkbookFileException("workbook.error.empty");
            }
            long id = imports.preview(user, plan, unit, year, file.getOriginalFilename(), file.getBytes());
            return "redirect:/admin/workbook/imports/" + id;
        } catch (WorkbookFileException e) {
            redirect.addFlashAttribute("importError", e.getKey());
            redirect.addFlashAttribute("importErrorArgs", e.getArgs());
            return "redirect:/admin/workbook?plan=" + plan + "&year=" + year + "&unit=" + unit;
        }
    }

    @GetMapping("/admin/workbook/imports/{id}")
    String preview(@PathVariable long id, Model model) {
        model.addAttribute("p", imports.get(id));
        return "workbook/preview";
    }

    @PostMapping("/admin/workbook/imports/{id}/confirm")
    String confirm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        ValueImports.ConfirmResult r = imports.confirm(user, id);
        if (r.alreadySaved()) {
            redirect.addFlashAttribute("confirmKey", "workbook.import.alreadySaved");
            redirect.addFlashAttribute("confirmArgs", new String[0]);
        } else {
            redirect.addFlashAttribute("confirmKey", r.saved() == 0 ? "workbook.import.savedNone"
                    : r.skipped() == 0 ? "workbook.import.savedAll" : "workbook.import.saved");
            redirect.addFlashAttribute("confirmArgs", new String[]{String.valueOf(r.saved()), String.valueOf(r.skipped())});
        }
        return "redirect:/admin/workbook/imports/" + id;
    }

    private List<Integer> years(Plan p) {
        return p.yearsUpTo(entry.today().getYear());
    }

    private String name(String key, int year, String... more) {
        Object[] args = more.length == 0 ? new Object[]{String.valueOf(year)} : new Object[]{String.valueOf(year), more[0]};
        return messages.getMessage(key, args, VietnameseNumbers.VI_VN) + ".xlsx";
    }
}
