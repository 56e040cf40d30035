package vn.ansinh.summary;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.plan.Plan;
import vn.ansinh.plan.PlanService;
import vn.ansinh.target.Area;
import vn.ansinh.target.TargetStatus;
import vn.ansinh.task.TaskState;

/**
 * The summary pages ({@code /summary}, {@code /summary/targets}, {@code /summary/tasks}) for leaders, district staff
 * and administrators (URL rule in SecurityConfig). Every page takes {@code plan} and {@code year}; a year outside the
 * plan's period is brought within it.
 */
@Controller
class SummaryController {

    private final SummaryService summary;
    private final PlanService plans;
    private final org.springframework.context.MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    SummaryController(SummaryService summary, PlanService plans, org.springframework.context.MessageSource messages) {
        this.summary = summary;
        this.plans = plans;
        this.messages = messages;
    }

    @GetMapping("/summary")
    String overview(@RequestParam(required = false, name = "plan") Long planId, @RequestParam(required = false) Integer year,
                    Model model) {
        Chosen c = choose(planId, year, model);
        Overview o = summary.overview(c.plan(), c.year());
        model.addAttribute("o", o);
        model.addAttribute("statusChart", chart(o.statusCounts()));
        return "summary/overview";
    }

    @GetMapping("/summary/targets")
    String targets(@RequestParam(required = false, name = "plan") Long planId, @RequestParam(required = false) Integer year,
                   @RequestParam(required = false) TargetStatus status, @RequestParam(required = false) Area area,
                   @RequestParam(required = false) Long unit, Model model) {
        Chosen c = choose(planId, year, model);
        model.addAttribute("rows", summary.targets(c.plan(), c.year(), status, area, unit));
        model.addAttribute("status", status);
        model.addAttribute("area", area);
        model.addAttribute("unit", unit);
        return "summary/targets";
    }

    @GetMapping("/summary/tasks")
    String tasks(@RequestParam(required = false, name = "plan") Long planId, @RequestParam(required = false) Integer year,
                 @RequestParam(required = false) String state, Model model) {
        Chosen c = choose(planId, year, model);
        TaskState s = state == null || state.isBlank() || "NONE".equals(state) ? null
                : Arrays.stream(TaskState.values()).filter(x -> x.name().equals(state)).findFirst()
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.BAD_REQUEST, "task state " + state));
        model.addAttribute("lines", summary.tasks(c.plan(), c.year(), s));
        model.addAttribute("state", s);
        return "summary/tasks";
    }

    /** The plan and year a summary page shows. */
    private record Chosen(Plan plan, int year) {
    }

    private Chosen choose(Long planId, Integer year, Model model) {
        Plan plan = planId == null ? plans.current() : plans.get(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("plans", plans.all());
        model.addAttribute("years", summary.years(plan));
        // a year from the selector: within the plan's period and not after this year
        int last = summary.defaultYear(plan);
        int chosen = year == null ? last : Math.min(plan.yearWithin(year), last);
        model.addAttribute("year", chosen);
        return new Chosen(plan, chosen);
    }

    /** The status counts as chart data: labels in Vietnamese, counts, and each status's CSS name for its colour. */
    private String chart(Map<TargetStatus, Long> counts) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "bars");
        data.put("labels", counts.keySet().stream().map(s -> messages.getMessage("status." + s, null,
                vn.ansinh.shared.VietnameseNumbers.VI_VN)).toList());
        data.put("values", List.copyOf(counts.values()));
        data.put("keys", counts.keySet().stream().map(TargetStatus::css).toList());
        return json.writeValueAsString(data);
    }
}
