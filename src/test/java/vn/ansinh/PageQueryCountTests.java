package vn.ansinh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * The completeness page of a cycle and the targets table take the same number of SQL statements whatever the number
 * of wards, reports and values (issue 6: at national scale, 3.321 communes, a per-row query would be thousands).
 * The data grows from the seed (8 wards, no values, no report) to 48 wards with a report each and 3 years of values
 * for every unit. Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({FixedClock.class, SqlCounter.Config.class})
@Transactional
class PageQueryCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private static final CurrentUser STAFF = new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);

    private int statements(String url) throws Exception {
        mvc.perform(get(url).with(user(STAFF))).andExpect(status().isOk());
        SqlCounter.reset();
        mvc.perform(get(url).with(user(STAFF))).andExpect(status().isOk());
        return SqlCounter.count();
    }

    private long planId() {
        return jdbc.queryForObject("select id from plan where code = 'HAI-AN-2024'", Long.class);
    }

    private long cycle2026() {
        jdbc.update("insert into reporting_cycle (plan_id, year, opens_on, deadline, period_from, period_to, created_by, created_at) "
                + "values (?, 2026, date '2026-01-01', date '2026-10-05', date '2025-10-06', date '2026-10-05', 'canbo', now()) "
                + "on conflict (plan_id, year) do nothing", planId());
        return jdbc.queryForObject("select id from reporting_cycle where plan_id = ? and year = 2026", Long.class, planId());
    }

    /** 40 more wards of the district, each with a submitted 2026 report, and values of 2024–2026 for every unit. */
    private void growData(long cycleId) {
        jdbc.update("insert into org_unit (code, name, kind, parent_id, valid_from) select 'T-' || n, 'Phường thử ' || n, 'WARD', "
                + "(select id from org_unit where code = '306'), date '2020-01-01' from generate_series(1, 40) n");
        jdbc.update("insert into ward_report (cycle_id, ward_id, state, strengths, first_submitted_at, submitted_at, updated_by, updated_at) "
                + "select ?, u.id, 'SUBMITTED', 'Tốt', now(), now(), 'canbo', now() from org_unit u "
                + "where u.kind = 'WARD' and u.parent_id = (select id from org_unit where code = '306') and u.valid_to is null "
                + "on conflict (cycle_id, ward_id) do nothing", cycleId);
        jdbc.update("insert into indicator_value (target_id, org_unit_id, year, value, is_demo, updated_by, updated_at) "
                + "select t.id, u.id, y, 1, u.code = '306' and y = 2024, 'canbo', now() from target t cross join org_unit u "
                + "cross join generate_series(2024, 2026) y where t.plan_id = ? and t.kind not in ('MILESTONE', 'QUALITATIVE') "
                + "and (u.code = '306' or u.parent_id = (select id from org_unit where code = '306') and u.kind = 'WARD') "
                + "on conflict (target_id, org_unit_id, year) do nothing", planId());
    }

    @Test
    void theCompletenessPageAndTheTargetsTableTakeAFixedNumberOfStatements() throws Exception {
        long cycle = cycle2026();
        String completeness = "/cycles/" + cycle;
        String table = "/targets?plan=" + planId();
        int smallCompleteness = statements(completeness);
        int smallTable = statements(table);
        growData(cycle);
        int largeCompleteness = statements(completeness);
        List<String> largeCompletenessSql = SqlCounter.statements();
        int largeTable = statements(table);
        assertThat(jdbc.queryForObject("select count(*) from ward_report where cycle_id = ?", Integer.class, cycle))
                .isGreaterThanOrEqualTo(40);
        assertThat(List.of(smallCompleteness, smallTable)).containsExactly(largeCompleteness, largeTable);
        // cycle with plan, reports of the cycle with their wards, wards under the district, successor wards, changes
        assertThat(largeCompleteness).as(String.join("\n", largeCompletenessSql)).isEqualTo(5);
        // plan, plans, district values, targets, responsible units, demo values
        assertThat(largeTable).as(String.join("\n", SqlCounter.statements())).isEqualTo(6);
    }
}
