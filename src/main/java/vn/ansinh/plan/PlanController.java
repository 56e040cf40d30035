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

    @GetMapping("/")
    String home() {
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
