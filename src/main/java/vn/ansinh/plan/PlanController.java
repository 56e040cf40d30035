package vn.ansinh.plan;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The plan overview page: title, legal chain, sections and the units that carry the plan out.
 */
@Controller
class PlanController {

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    /** The home page is the followed plan's page; a confirmation sent to "/" (flash attributes) goes along. */
    @GetMapping("/")
    String home(jakarta.servlet.http.HttpServletRequest request,
                org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        var flash = org.springframework.web.servlet.support.RequestContextUtils.getInputFlashMap(request);
        if (flash != null) {
            flash.forEach(redirect::addFlashAttribute);
        }
        return "redirect:/plans/" + plans.current().getId();
    }

    @GetMapping("/plans")
    String list(Model model) {
        model.addAttribute("plans", plans.all());
        return "plan/list";
    }

    @GetMapping("/plans/{id}")
    String overview(@PathVariable long id, Model model) {
        model.addAttribute("overview", plans.overview(id));
        return "plan/overview";
    }
}
