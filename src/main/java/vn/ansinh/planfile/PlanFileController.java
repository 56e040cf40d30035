package vn.ansinh.planfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ansinh.orgunit.OrgUnitService;
import vn.ansinh.plan.Plan;
import vn.ansinh.plan.PlanService;

/**
 * Plan files ({@code /admin/plans}): export a plan as JSON, and load a file as a new plan after a dry run that lists
 * every problem by line.
 */
@Controller
class PlanFileController {

    private final PlanFileService files;
    private final PlanService plans;
    private final OrgUnitService units;

    PlanFileController(PlanFileService files, PlanService plans, OrgUnitService units) {
        this.files = files;
        this.plans = plans;
        this.units = units;
    }

    @GetMapping("/admin/plans")
    String page(Model model) {
        model.addAttribute("plans", plans.all());
        model.addAttribute("currentId", plans.all().isEmpty() ? null : plans.current().getId());
        return "planfile/page";
    }

    @GetMapping("/admin/plans/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        PlanFile file = files.export(id);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ke-hoach-" + file.plan().code() + ".json").build().toString())
                .body(files.toJson(file).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/admin/plans/new")
    String newPlan(Model model) {
        NewPlanForm form = new NewPlanForm();
        Plan current = plans.all().isEmpty() ? null : plans.current();
        if (current != null) {
            form.setIssuingUnit(current.getIssuingUnit().getCode());
            form.setCopyFrom(current.getId());
        }
        return newPage(form, model);
    }

    @PostMapping("/admin/plans/new")
    String create(@ModelAttribute("form") NewPlanForm form, BindingResult errors, Model model, RedirectAttributes redirect,
                  java.security.Principal who) {
        NewPlanForm.NewPlan request = form.parse(errors);
        if (request != null && files.exists(request.plan().code())) {
            errors.rejectValue("code", "planNew.error.exists", new Object[]{request.plan().code()}, null);
            request = null;
        }
        if (request == null) {
            return newPage(form, model);
        }
        PlanFileService.Created created = files.create(who.getName(), request);
        if (created.planId() == null) {
            model.addAttribute("problems", created.problems());
            return newPage(form, model);
        }
        redirect.addFlashAttribute("message", "planNew.created");
        return "redirect:/admin/plans/" + created.planId() + "/edit";
    }

    private String newPage(NewPlanForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("plans", plans.all());
        model.addAttribute("issuers", units.allCurrent().stream().filter(u -> u.getKind().isTerritorial()).toList());
        return "planfile/new";
    }

    @PostMapping("/admin/plans/import")
    String load(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "true") boolean dryRun, Model model,
                java.security.Principal who) throws IOException {
        byte[] content = file.getBytes();
        List<PlanFile.Problem> problems = dryRun ? files.check(content) : files.load(who.getName(), content);
        model.addAttribute("problems", problems);
        model.addAttribute("dryRun", dryRun);
        String name = file.getOriginalFilename();
        // a file sent without a name (a script, an old browser) is named by planfile.noName in the page
        model.addAttribute("fileName", name == null || name.isBlank() ? null : name.strip());
        model.addAttribute("plans", plans.all());
        return "planfile/page";
    }
}
