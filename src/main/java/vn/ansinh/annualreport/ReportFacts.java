package vn.ansinh.annualreport;

import java.util.List;

/**
 * The figures of the annual report, already written the vi-VN way (75,5 · 4.000 · 05/10/2026) and in Vietnamese
 * words, read from the plan's targets, the year's ward reports and the tasks' progress when the document is made.
 *
 * @param targetsSummary one sentence: how many targets and how many have each status
 * @param targets        one line per active target, in the plan's order
 * @param wardsSummary   one sentence on the year's ward reports (deadline, on time, late, missing), or the reason
 *                       there are none (no cycle opened for the year)
 * @param wards          one line per ward expected to report; empty without a cycle
 * @param tasksSummary   one sentence: how many tasks and how many in each state (the lead unit's progress)
 * @param lateTasks      the tasks whose lead unit reported them late ("Chậm so với kế hoạch")
 */
public record ReportFacts(String targetsSummary, List<TargetLine> targets, String wardsSummary, List<WardLine> wards,
                   String tasksSummary, List<TaskLine> lateTasks) {

    /**
     * @param code      {@code CT01}
     * @param statement the target as the plan writes it
     * @param goal      the goal, {@code ≥ 90%}
     * @param latest    the district's latest value with its year, {@code 75,5% (năm 2025)}, or {@code —}
     * @param status    the status in Vietnamese, {@code Đúng tiến độ}
     */
    public record TargetLine(String code, String statement, String goal, String latest, String status) {
    }

    /**
     * @param ward       {@code Phường Cát Bi}
     * @param submitted  the day of the first submission, {@code 03/10/2026}, or empty
     * @param timeliness {@code Đúng hạn}, {@code Trễ 3 ngày}, {@code Chưa nộp}
     */
    public record WardLine(String ward, String submitted, String timeliness) {
    }

    /**
     * @param code      {@code III.4-2}
     * @param text      the task's words
     * @param lead      the lead unit's short name
     * @param updatedOn the day the state was recorded, {@code 12/09/2026}
     * @param narrative what the lead unit wrote, or empty
     */
    public record TaskLine(String code, String text, String lead, String updatedOn, String narrative) {
    }
}
