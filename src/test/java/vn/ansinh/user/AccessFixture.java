package vn.ansinh.user;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The records and callers of the access tests: ward A (11422) and ward B (another ward of 2026), each with a
 * submitted report of the 2026 cycle (A's with a scan), department X (306-YT) with its ward-level target CT25 and
 * a task assigned to it, and the target CT02 and a task of other units; an account, a spreadsheet import in preview
 * and an annual report draft. Made with SQL inside the test's transaction.
 */
final class AccessFixture {

    /** The callers, in the column order of {@link AccessMatrixTests#MATRIX}. */
    static final List<String> CALLERS = List.of("anonymous", "ADMIN", "DISTRICT_STAFF", "DEPARTMENT_OFFICER",
            "WARD_OFFICER", "LEADER");

    long plan;
    long district;
    long unitX;
    long wardA;
    long wardB;
    long targetX;
    long targetOther;
    long taskX;
    long taskOther;
    long taskOtherUnit;
    long cycle;
    long reportA;
    long reportB;
    long account;
    long valueImport;

    void create(JdbcTemplate jdbc) {
        for (String table : List.of("indicator_value_change", "indicator_value", "reminder_sent", "ward_report_scan",
                "ward_report_transition", "ward_report_result", "ward_report", "reporting_cycle_change",
                "reporting_cycle", "annual_report_draft", "value_import")) {
            jdbc.update("delete from " + table);
        }
        plan = jdbc.queryForObject("select id from plan where code = 'HAI-AN-2024'", Long.class);
        district = unit(jdbc, "306");
        unitX = unit(jdbc, "306-YT");
        wardA = unit(jdbc, "11422");
        wardB = jdbc.queryForObject("""
                select id from org_unit where kind = 'WARD' and id <> ? and valid_from <= '2026-01-01'
                and (valid_to is null or valid_to >= '2026-12-31') order by code limit 1""", Long.class, wardA);
        targetX = jdbc.queryForObject("select id from target where code = 'CT25' and plan_id = ?", Long.class, plan);
        targetOther = jdbc.queryForObject("select id from target where code = 'CT02' and plan_id = ?", Long.class, plan);
        taskX = jdbc.queryForObject("""
                select min(t.id) from task t join task_assignment a on a.task_id = t.id
                where a.org_unit_id = ? and t.plan_id = ?""", Long.class, unitX, plan);
        taskOther = jdbc.queryForObject("""
                select min(t.id) from task t where t.plan_id = ?
                and not exists (select 1 from task_assignment a where a.task_id = t.id and a.org_unit_id = ?)""",
                Long.class, plan, unitX);
        taskOtherUnit = jdbc.queryForObject("select min(org_unit_id) from task_assignment where task_id = ?", Long.class,
                taskOther);
        cycle = jdbc.queryForObject("""
                insert into reporting_cycle (plan_id, year, opens_on, deadline, period_from, period_to, created_by, created_at)
                values (?, 2026, '2026-09-01', '2026-12-05', '2025-10-01', '2026-09-30', 'canbo', now()) returning id""",
                Long.class, plan);
        reportA = submittedReport(jdbc, wardA);
        reportB = submittedReport(jdbc, wardB);
        for (long report : List.of(reportA, reportB)) {
            jdbc.update("""
                    insert into ward_report_scan (report_id, file_name, size_bytes, content, uploaded_by, uploaded_at)
                    values (?, 'bao-cao.pdf', 8, ?, 'pb', now())""", report, "%PDF-1.4".getBytes());
        }
        account = jdbc.queryForObject("""
                insert into app_user (username, password_hash, full_name, role, org_unit_id)
                values ('pb.matran', '{noop}x', 'Cán bộ phường', 'WARD_OFFICER', ?) returning id""", Long.class, wardA);
        valueImport = jdbc.queryForObject("""
                insert into value_import (plan_id, org_unit_id, year, file_name, state, rows_total, rows_processed,
                created_by, created_at) values (?, ?, 2026, 'so-lieu.xlsx', 'PREVIEW', 0, 0, 'canbo', now()) returning id""",
                Long.class, plan, district);
        jdbc.update("""
                insert into annual_report_draft (plan_id, year, doc_symbol, place, summary, recipients, updated_by, updated_at)
                values (?, 2026, 'BC-UBND', 'Hải An', 'Báo cáo kết quả năm 2026', 'Lưu: VT.', 'canbo', now())""", plan);
    }

    private long submittedReport(JdbcTemplate jdbc, long ward) {
        return jdbc.queryForObject("""
                insert into ward_report (cycle_id, ward_id, state, strengths, first_submitted_at, submitted_at,
                updated_by, updated_at) values (?, ?, 'SUBMITTED', 'Làm tốt.', now(), now(), 'pb', now()) returning id""",
                Long.class, cycle, ward);
    }

    private static long unit(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("select id from org_unit where code = ? order by valid_from desc limit 1", Long.class, code);
    }

    /**
     * @param caller one of {@link #CALLERS}
     * @return the principal, or null for the anonymous caller
     */
    CurrentUser principal(String caller) {
        return switch (caller) {
            case "anonymous" -> null;
            case "ADMIN" -> new CurrentUser("quantri", "x", "Quản trị", Role.ADMIN, null, true);
            case "DISTRICT_STAFF" -> new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
            case "DEPARTMENT_OFFICER" -> new CurrentUser("yte", "x", "Cán bộ Phòng Y tế", Role.DEPARTMENT_OFFICER, unitX, true);
            case "WARD_OFFICER" -> new CurrentUser("pb.a", "x", "Cán bộ phường A", Role.WARD_OFFICER, wardA, true);
            case "LEADER" -> new CurrentUser("ld", "x", "Lãnh đạo", Role.LEADER, null, true);
            default -> throw new IllegalArgumentException(caller);
        };
    }

    /** The ids filling a path pattern: sample A (own records) or B (ward B's report, another unit's target and task). */
    Map<String, Object> pathVariables(String pattern, String sample) {
        boolean b = sample.equals("B");
        Object id;
        if (pattern.matches("(/admin)?/targets/.*")) {
            id = b ? targetOther : targetX;
        } else if (pattern.matches("(/admin)?/tasks/.*")) {
            id = b ? taskOther : taskX;
        } else if (pattern.startsWith("/reports/")) {
            id = b ? reportB : reportA;
        } else if (pattern.startsWith("/units/")) {
            id = unitX;
        } else if (pattern.startsWith("/cycles/")) {
            id = cycle;
        } else if (pattern.startsWith("/admin/users/")) {
            id = account;
        } else if (pattern.startsWith("/admin/workbook/imports/")) {
            id = valueImport;
        } else {
            id = plan;
        }
        return Map.of("id", id, "planId", plan, "year", 2026, "code", "III.1");
    }

    /** @return the value of a required request parameter of a route, or null to leave it out */
    String requestParam(String name, AccessMatrixTests.Row row) {
        return switch (name) {
            case "cycleId" -> String.valueOf(cycle);
            case "plan" -> String.valueOf(plan);
            case "unit" -> String.valueOf(district);
            case "year" -> "2026";
            case "version" -> "0";
            default -> null;
        };
    }

    /** Form fields that make a POST a plausible entry (value and progress forms), so that it reaches the save. */
    Map<String, String> formFields(AccessMatrixTests.Row row) {
        if (row.route().equals("POST /targets/{id}/values")) {
            // 2025: ward A's 2026 values are locked by its submitted report
            return Map.of("year", "2025", "orgUnitId", String.valueOf(row.sample().equals("B") ? district : wardA),
                    "value", "1,5");
        }
        if (row.route().equals("POST /tasks/{id}/progress")) {
            return Map.of("year", "2026", "unitId", String.valueOf(row.sample().equals("B") ? taskOtherUnit : unitX),
                    "state", "IN_PROGRESS", "narrative", "Đang làm.");
        }
        return Map.of();
    }
}
