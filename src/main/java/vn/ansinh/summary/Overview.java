package vn.ansinh.summary;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.ansinh.orgunit.OrgUnit;
import vn.ansinh.orgunit.OrgUnitService;
import vn.ansinh.plan.Plan;
import vn.ansinh.report.Completeness;
import vn.ansinh.target.Area;
import vn.ansinh.target.TargetSeries;
import vn.ansinh.target.TargetStatus;
import vn.ansinh.task.TaskState;

/**
 * The summary of a plan for a year.
 *
 * @param plan         the plan
 * @param year         the year the figures are taken up to
 * @param targets      every active target with its values up to the year and its status then
 * @param taskStates   number of tasks per state recorded by their lead unit that year (key null: nothing recorded)
 * @param completeness the ward reports of that year's cycle, or null when no cycle was opened for the year
 */
public record Overview(Plan plan, int year, List<TargetSeries> targets, Map<TaskState, Long> taskStates,
                       Completeness completeness) {

    /** @return the number of targets per status, every status present (0 when none) */
    public Map<TargetStatus, Long> statusCounts() {
        return counts(targets);
    }

    /** @return per area (in the order of {@link Area}), the number of targets per status; areas without targets left out */
    public Map<Area, Map<TargetStatus, Long>> byArea() {
        return group(s -> s.target().getArea());
    }

    /** @return per responsible unit (Vietnamese name order), the number of targets per status; targets without a unit left out */
    public Map<OrgUnit, Map<TargetStatus, Long>> byUnit() {
        Map<OrgUnit, Map<TargetStatus, Long>> grouped = group(s -> s.target().getResponsibleUnit());
        Map<OrgUnit, Map<TargetStatus, Long>> sorted = new LinkedHashMap<>();
        grouped.keySet().stream().filter(java.util.Objects::nonNull).sorted(OrgUnitService.BY_NAME)
                .forEach(u -> sorted.put(u, grouped.get(u)));
        return sorted;
    }

    /** @return the number of active tasks */
    public long taskCount() {
        return taskStates.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * @param state a state, or null for "nothing recorded"
     * @return the number of tasks in it
     */
    public long tasksIn(TaskState state) {
        return taskStates.getOrDefault(state, 0L);
    }

    private <K> Map<K, Map<TargetStatus, Long>> group(Function<TargetSeries, K> key) {
        Map<K, List<TargetSeries>> lists = new LinkedHashMap<>();
        targets.stream().sorted(java.util.Comparator.comparing(s -> s.target().getArea()))
                .forEach(s -> lists.computeIfAbsent(key.apply(s), k -> new java.util.ArrayList<>()).add(s));
        Map<K, Map<TargetStatus, Long>> result = new LinkedHashMap<>();
        lists.forEach((k, v) -> result.put(k, counts(v)));
        return result;
    }

    private static Map<TargetStatus, Long> counts(List<TargetSeries> list) {
        Map<TargetStatus, Long> counts = new EnumMap<>(TargetStatus.class);
        for (TargetStatus s : TargetStatus.values()) {
            counts.put(s, 0L);
        }
        list.forEach(s -> counts.merge(s.assessment().status(), 1L, Long::sum));
        return counts;
    }
}
