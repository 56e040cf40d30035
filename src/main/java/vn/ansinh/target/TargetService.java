package vn.ansinh.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.orgunit.OrgUnit;
import vn.ansinh.orgunit.OrgUnitService;
import vn.ansinh.plan.Plan;
import vn.ansinh.shared.NotFoundException;
import vn.ansinh.user.AccountService;

/**
 * Reads targets with their values and status. Status is evaluated for the plan's issuing unit (the district),
 * from the values recorded for it, by {@link StatusEvaluator}.
 */
@Service
@Transactional(readOnly = true)
public class TargetService {

    private final TargetRepository targets;
    private final IndicatorValueRepository values;
    private final IndicatorValueChangeRepository changes;
    private final AccountService accounts;
    private final vn.ansinh.orgunit.OrgUnitService orgUnits;

    TargetService(TargetRepository targets, IndicatorValueRepository values, IndicatorValueChangeRepository changes,
                  AccountService accounts, vn.ansinh.orgunit.OrgUnitService orgUnits) {
        this.orgUnits = orgUnits;
        this.targets = targets;
        this.values = values;
        this.changes = changes;
        this.accounts = accounts;
    }

    /**
     * The targets table of a plan, in the plan's order, optionally filtered. Two queries whatever the size.
     *
     * @param plan   the plan
     * @param area   only targets of this area, or null for all
     * @param unitId only targets this unit is responsible for, or null for all
     * @return one row per active target with the district's latest value and status
     */
    public List<TargetRow> table(Plan plan, Area area, Long unitId) {
        return table(plan, area, unitId, null);
    }

    /**
     * The targets table as it stood in a year: only the district values of that year and earlier count, so the
     * latest value, status and gap are those known at the end of {@code upToYear} (used by the yearly exports).
     *
     * @param plan     the plan
     * @param area     only targets of this area, or null for all
     * @param unitId   only targets this unit is responsible for, or null for all
     * @param upToYear the last year whose values count, or null for all years
     * @return one row per active target with the district's latest value up to that year and its status
     */
    public List<TargetRow> table(Plan plan, Area area, Long unitId, Integer upToYear) {
        Map<Long, NavigableMap<Integer, IndicatorValue>> byTarget = new HashMap<>();
        for (IndicatorValue v : values.findByPlanAndUnit(plan.getId(), plan.getIssuingUnit().getId())) {
            if (upToYear != null && v.getYear() > upToYear) {
                continue;
            }
            byTarget.computeIfAbsent(v.getTarget().getId(), k -> new TreeMap<>()).put(v.getYear(), v);
        }
        List<TargetRow> rows = new ArrayList<>();
        for (Target t : targets.findActiveByPlan(plan.getId())) {
            if ((area != null && t.getArea() != area)
                    || (unitId != null && (t.getResponsibleUnit() == null || !t.getResponsibleUnit().getId().equals(unitId)))) {
                continue;
            }
            NavigableMap<Integer, IndicatorValue> series = byTarget.getOrDefault(t.getId(), new TreeMap<>());
            StatusAssessment assessment = StatusEvaluator.evaluate(t.rule(), observations(series), plan.getBaseYear());
            rows.add(new TargetRow(t, series.isEmpty() ? null : series.lastEntry().getValue(), assessment));
        }
        return rows;
    }

    /**
     * The plan's active targets with the district's values up to a year and their status as of that year (what a
     * report for that year says). Two queries whatever the number of targets.
     *
     * @param plan the plan
     * @param year the last year taken into account
     * @return one series per active target, in the plan's order
     */
    public List<TargetSeries> seriesAsOf(Plan plan, int year) {
        Map<Long, NavigableMap<Integer, IndicatorValue>> byTarget = new HashMap<>();
        for (IndicatorValue v : values.findByPlanAndUnit(plan.getId(), plan.getIssuingUnit().getId())) {
            if (v.getYear() <= year) {
                byTarget.computeIfAbsent(v.getTarget().getId(), k -> new TreeMap<>()).put(v.getYear(), v);
            }
        }
        List<TargetSeries> result = new ArrayList<>();
        for (Target t : targets.findActiveByPlan(plan.getId())) {
            NavigableMap<Integer, IndicatorValue> series = byTarget.getOrDefault(t.getId(), new TreeMap<>());
            result.add(new TargetSeries(t, series, StatusEvaluator.evaluate(t.rule(), observations(series), plan.getBaseYear())));
        }
        return result;
    }

    /**
     * @param plan a plan
     * @return the units responsible for at least one of its active targets, in Vietnamese alphabetical order
     */
    public List<OrgUnit> responsibleUnits(Plan plan) {
        return targets.findResponsibleUnits(plan.getId()).stream().sorted(OrgUnitService.BY_NAME).toList();
    }

    /**
     * @param plan a plan
     * @return the bodies (departments, agencies, mass organisations) of the plan's district valid today, to choose
     * a target's responsible unit
     */
    public List<OrgUnit> responsibleUnitsChoice(Plan plan) {
        return orgUnits.allCurrent().stream().filter(u -> !u.getKind().isTerritorial()).toList();
    }

    /**
     * @param plan a plan
     * @return its active (not retired) targets, in the plan's order
     */
    public List<Target> active(Plan plan) {
        return targets.findActiveByPlan(plan.getId());
    }

    /**
     * @param plan a plan
     * @return its active ward-level targets, in the plan's order
     */
    public List<Target> wardLevel(Plan plan) {
        return targets.findActiveByPlan(plan.getId()).stream().filter(Target::isWardLevel).toList();
    }

    /**
     * @param planId a plan
     * @return whether any value of the plan is demo data (the page then shows a banner)
     */
    public boolean hasDemoValues(long planId) {
        return values.existsDemoInPlan(planId);
    }

    /**
     * @param id target id
     * @return the target with plan, issuing unit and responsible unit loaded
     * @throws NotFoundException when there is no such target
     */
    public Target get(long id) {
        return targets.findDetailed(id).orElseThrow(() -> new NotFoundException("target " + id));
    }

    /**
     * @param id target id
     * @return the target page: values by year and unit, status, expected path, change history
     * @throws NotFoundException when there is no such target
     */
    public TargetDetail detail(long id) {
        Target t = get(id);
        Plan plan = t.getPlan();
        List<IndicatorValue> all = values.findByTarget(id);
        NavigableMap<Integer, IndicatorValue> district = new TreeMap<>();
        for (IndicatorValue v : all) {
            if (v.getOrgUnit().getId().equals(plan.getIssuingUnit().getId())) {
                district.put(v.getYear(), v);
            }
        }
        StatusAssessment assessment = StatusEvaluator.evaluate(t.rule(), observations(district), plan.getBaseYear());
        List<ValueChangeRow> history = changes.findByTarget(id);
        Set<String> usernames = new HashSet<>();
        all.forEach(v -> usernames.add(v.getUpdatedBy()));
        history.forEach(h -> usernames.add(h.change().getChangedBy()));
        return new TargetDetail(t, assessment, all, path(t, assessment, district), history,
                accounts.fullNames(usernames));
    }

    private static List<TargetDetail.PathPoint> path(Target t, StatusAssessment a,
                                                     NavigableMap<Integer, IndicatorValue> district) {
        List<TargetDetail.PathPoint> points = new ArrayList<>();
        boolean hasPath = t.getKind().isNumeric() && t.getKind() != TargetKind.MAINTAIN;
        if (!hasPath || a.baselineYear() == null || a.goal() == null || a.baselineYear() >= t.getTargetYear()
                || t.rule().meets(a.baselineValue())) {
            return points;
        }
        for (int y = a.baselineYear(); y <= t.getTargetYear(); y++) {
            BigDecimal expected = StatusEvaluator.expected(a.baselineValue(), a.goal(), a.baselineYear(), y, t.getTargetYear());
            IndicatorValue actual = district.get(y);
            points.add(new TargetDetail.PathPoint(y, expected, actual == null ? null : actual.getValue()));
        }
        return points;
    }

    private static NavigableMap<Integer, Observation> observations(NavigableMap<Integer, IndicatorValue> series) {
        NavigableMap<Integer, Observation> result = new TreeMap<>();
        series.forEach((year, v) -> result.put(year, v.observation()));
        return result;
    }
}
