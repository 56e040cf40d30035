package vn.ansinh.annualreport;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Figures for the 2026 report of plan HAI-AN-2024, inserted inside a rolled-back test: three district values
 * (CT06 4.000, CT07 2,5%, CT08 75,5%), the 2026 ward reporting cycle (deadline 05/10/2026) with Phường Cát Bi on time
 * (03/10/2026), Phường Nam Hải three days late (08/10/2026) and the six other wards missing, and task III.1-1 reported
 * late by its lead unit (Phòng Văn hóa và Thông tin).
 */
final class AnnualReportTestData {

    private AnnualReportTestData() {
    }

    static long plan(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select id from plan where code = 'HAI-AN-2024'", Long.class);
    }

    /** Removes every value, cycle, ward report and task progress (other test classes may have committed some). */
    static void clear(JdbcTemplate jdbc) {
        for (String table : List.of("reminder_sent", "ward_report_scan", "ward_report_transition", "ward_report_result",
                "ward_report", "reporting_cycle_change", "reporting_cycle", "indicator_value_change", "indicator_value",
                "task_progress_change", "task_progress")) {
            jdbc.update("delete from " + table);
        }
    }

    static void insert(JdbcTemplate jdbc) {
        long plan = plan(jdbc);
        clear(jdbc);
        value(jdbc, "CT06", 2026, "4000");
        value(jdbc, "CT07", 2025, "2.5");
        value(jdbc, "CT08", 2026, "75.5");
        jdbc.update("""
                insert into reporting_cycle (plan_id, year, opens_on, deadline, period_from, period_to, created_by, created_at)
                values (?, 2026, date '2026-01-01', date '2026-10-05', date '2025-10-06', date '2026-10-05', 'test', now())""", plan);
        report(jdbc, "11422", "2026-10-03T09:00:00+07:00");
        report(jdbc, "11419", "2026-10-08T15:00:00+07:00");
        jdbc.update("""
                insert into task_progress (task_id, org_unit_id, year, state, narrative, updated_by, updated_at)
                values ((select id from task where code = 'III.1-1' and plan_id = ?), (select id from org_unit where code = '306-VHTT'),
                        2026, 'DELAYED', 'Chưa bố trí được kinh phí tuyên truyền', 'test', timestamptz '2026-09-12T10:00:00+07:00')""", plan);
    }

    private static void value(JdbcTemplate jdbc, String target, int year, String value) {
        jdbc.update("""
                insert into indicator_value (target_id, org_unit_id, year, value, updated_by, updated_at)
                values ((select id from target where code = ?), (select id from org_unit where code = '306'), ?, ?::numeric, 'test', now())""",
                target, year, value);
    }

    private static void report(JdbcTemplate jdbc, String ward, String submittedAt) {
        jdbc.update("""
                insert into ward_report (cycle_id, ward_id, state, first_submitted_at, submitted_at, updated_by, updated_at)
                values ((select id from reporting_cycle where year = 2026), (select id from org_unit where code = ? and valid_to is null),
                        'SUBMITTED', ?::timestamptz, ?::timestamptz, 'test', now())""", ward, submittedAt, submittedAt);
    }
}
