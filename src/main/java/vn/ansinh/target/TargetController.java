package vn.ansinh.target;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ansinh.plan.Plan;
import vn.ansinh.plan.PlanService;
import vn.ansinh.shared.SearchText;
import vn.ansinh.user.CurrentUser;

/**
 * The targets table (with area and responsible-unit filters) and the page of one target.
 */
@Controller
class TargetController {

    private final PlanService plans;
    private final TargetService targets;
    private final ValueEntryService entry;

    private final TargetChart charts;

    TargetController(PlanService plans, TargetService targets, ValueEntryService entry, TargetChart charts) {
        this.charts = charts;
        this.plans = plans;
        this.targets = targets;
        this.entry = entry;
    }

    @GetMapping("/targets")
    String table(@RequestParam(required = false) Long plan, @RequestParam(required = false) Area area,
                 @RequestParam(required = false) Long unit, @RequestParam(required = false) String q, Model model) {
        Plan p = plan == null ? plans.current() : plans.get(plan);
        model.addAttribute("plans", plans.all());
        model.addAttribute("plan", p);
        List<TargetRow> rows = targets.table(p, area, unit).stream()
                .filter(r -> SearchText.matches(r.target().getCode() + " " + r.target().getStatement() + " "
                        + r.target().getIndicatorName(), q))
                .toList();
        model.addAttribute("q", q);
        Map<TargetStatus, Long> counts = new EnumMap<>(TargetStatus.class);
        rows.forEach(r -> counts.merge(r.assessment().status(), 1L, Long::sum));
        model.addAttribute("rows", rows);
        model.addAttribute("statusCounts", counts);
        model.addAttribute("areas", Arrays.asList(Area.values()));
        model.addAttribute("units", targets.responsibleUnits(p));
        model.addAttribute("area", area);
        model.addAttribute("unit", unit);
        model.addAttribute("hasDemo", targets.hasDemoValues(p.getId()));
        return "target/list";
    }

    @GetMapping("/targets/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) Integer unitYear,
                  @RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
        TargetDetail detail = targets.detail(id);
        model.addAttribute("detail", detail);
        // the district's values, then one year of the other units' values, a page at a time
        List<Integer> years = detail.unitYears();
        Integer year = years.isEmpty() ? null : unitYear != null && years.contains(unitYear) ? unitYear : years.get(0);
        int pages = year == null ? 1 : detail.unitPages(year);
        int p = Math.min(Math.max(page, 1), pages);
        List<IndicatorValue> shown = new java.util.ArrayList<>(detail.districtValues());
        if (year != null) {
            shown.addAll(detail.unitValues(year, p));
        }
        model.addAttribute("shownValues", shown);
        model.addAttribute("unitYears", years);
        model.addAttribute("unitYear", year);
        model.addAttribute("unitPage", p);
        model.addAttribute("unitPages", pages);
        model.addAttribute("t", detail.target());
        model.addAttribute("canEnter", entry.canEnter(user, detail.target()));
        model.addAttribute("wardAggregates", detail.target().isWardLevel() ? entry.wardAggregates(detail.target()) : Map.of());
        model.addAttribute("seriesChart", charts.series(detail));
        model.addAttribute("wardChart", charts.wards(detail));
        model.addAttribute("wardChartYear", charts.wardYear(detail));
        model.addAttribute("currentYear", Math.min(entry.today().getYear(), detail.target().getPlan().getTargetYear()));
        return "target/detail";
    }
}
