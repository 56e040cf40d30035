package vn.ansinh.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.web.util.HtmlUtils;

import vn.ansinh.FixedClock;
import vn.ansinh.SqlCounter;
import vn.ansinh.VietnameseText;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * The leader's summary: counts by status, area and unit for a year, the list behind each count, ward reports and
 * tasks, and a fixed number of SQL statements whatever the amount of data. Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({FixedClock.class, SqlCounter.Config.class})
@Transactional
class SummaryWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private static final CurrentUser LEADER = new CurrentUser("lanhdao", "x", "Lãnh đạo", Role.LEADER, null, true);

    private void value(String code, int year, String value) {
        jdbc.update("insert into indicator_value (target_id, org_unit_id, year, value, updated_by, updated_at) values "
                + "((select id from target where code = ?), (select id from org_unit where code = '306'), ?, ?::numeric, 'canbo', now())",
                code, year, value);
    }

    private String page(String url, Object... params) throws Exception {
        var request = get(url);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param((String) params[i], String.valueOf(params[i + 1]));
        }
        return HtmlUtils.htmlUnescape(mvc.perform(request.with(user(LEADER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void theOverviewCountsTargetsAsOfTheChosenYearAndEachCountLeadsToItsList() throws Exception {
        value("CT06", 2024, "2800");
        value("CT06", 2025, "3000");
        value("CT06", 2026, "3200");
        value("CT07", 2025, "2,2".replace(',', '.'));
        value("CT07", 2026, "1.8");
        String overview = page("/summary", "year", 2026);
        assertThat(overview).contains("Tổng hợp thực hiện kế hoạch năm 2026", "Chỉ tiêu (39 chỉ tiêu)",
                "tăng 200 lượt lao động/năm", "đạt 80,0% chỉ tiêu", "giảm 0,4 điểm %");
        // 2026: CT07 met (1,8 < 2), CT06 on track (3.200 on the path 2.800 → 4.000), 37 without data
        assertThat(overview).contains("status=MET\">1</a>", "status=ON_TRACK\">1</a>", "status=NO_DATA\">37</a>");
        // as of 2025 CT07 (2,2) is not met yet and CT06 is 3.000 against 3.000 expected
        String in2025 = page("/summary", "year", 2025);
        assertThat(in2025).contains("status=MET\">0</a>", "status=NOT_MET\">1</a>", "Số liệu tính đến hết năm 2025");
        String met = page("/summary/targets", "year", 2026, "status", "MET");
        assertThat(met).contains("Tỷ lệ thất nghiệp chung dưới 2%").doesNotContain("Giới thiệu việc làm cho 4.000 lượt lao động/năm");
        String labour = page("/summary/targets", "year", 2026, "area", "LABOUR", "status", "ON_TRACK");
        assertThat(labour).contains("Giới thiệu việc làm cho 4.000 lượt lao động/năm").doesNotContain("Tỷ lệ thất nghiệp chung dưới 2%");
        VietnameseText.assertCorrect("/summary.html", overview);
    }

    /** A 2026 cycle with the plan's deadline and no reports (other test classes may have left one; this is rolled back). */
    private void openCycle2026() throws Exception {
        String reports = "(select r.id from ward_report r join reporting_cycle c on c.id = r.cycle_id where c.year = 2026)";
        jdbc.update("delete from ward_report_scan where report_id in " + reports);
        jdbc.update("delete from ward_report_transition where report_id in " + reports);
        jdbc.update("delete from ward_report_result where report_id in " + reports);
        jdbc.update("delete from ward_report where id in " + reports);
        if (jdbc.queryForObject("select count(*) from reporting_cycle where year = 2026", Integer.class) == 0) {
            mvc.perform(post("/cycles").param("year", "2026").with(csrf())
                    .with(user(new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true))));
        }
        jdbc.update("update reporting_cycle set deadline = '2026-10-05', lock_date = null, opens_on = '2026-01-01' where year = 2026");
    }

    @Test
    void wardReportsAndTasksOfTheYearAreCountedWithTheirLists() throws Exception {
        openCycle2026();
        jdbc.update("insert into task_progress (task_id, org_unit_id, year, state, updated_by, updated_at) "
                + "select t.id, a.org_unit_id, 2026, 'DONE', 'canbo', now() from task t join task_assignment a on a.task_id = t.id "
                + "and a.role = 'LEAD' where t.code in ('III.1-1', 'III.4.1-1')");
        String overview = page("/summary", "year", 2026);
        int tasks = jdbc.queryForObject("select count(*) from task where retired_on is null", Integer.class);
        // the eight wards of the seed data are still in office (the 2025 reorganisation is replayed in ReorganisationTests)
        assertThat(overview).contains("Hạn nộp 05/10/2026; 8 phường phải báo cáo.",
                "state=DONE\">2</a>", "state=NONE\">" + (tasks - 2) + "</a>");
        assertThat(overview).containsPattern("Chưa nộp</span>:\\s*<a href=\"/cycles/\\d+\">8</a>")
                .containsPattern("Đúng hạn</span>:\\s*<a href=\"/cycles/\\d+\">0</a>");
        String done = page("/summary/tasks", "year", 2026, "state", "DONE");
        assertThat(done).contains("III.1-1", "III.4.1-1").doesNotContain("III.2-1");
        assertThat(page("/summary", "year", 2024)).contains("Chưa mở kỳ báo cáo năm 2024.");
    }

    @Test
    void onlyLeadersDistrictStaffAndAdministratorsSeeTheSummary() throws Exception {
        mvc.perform(get("/summary").with(user(new CurrentUser("yte", "x", "Y tế", Role.DEPARTMENT_OFFICER, null, true))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/summary/targets").with(user(new CurrentUser("p", "x", "Phường", Role.WARD_OFFICER, null, true))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/summary").with(user(new CurrentUser("admin", "x", "Quản trị", Role.ADMIN, null, true))))
                .andExpect(status().isOk());
        mvc.perform(get("/summary/tasks").param("state", "XYZ").with(user(LEADER))).andExpect(status().isBadRequest());
        // a year after this one (2026) is brought back to it; one before the plan to its base year
        assertThat(page("/summary", "year", 2028)).contains("Số liệu tính đến hết năm 2026");
        assertThat(page("/summary", "year", 1999)).contains("Số liệu tính đến hết năm 2024");
    }

    @Test
    void theOverviewTakesTheSameNumberOfStatementsWhateverTheAmountOfData() throws Exception {
        openCycle2026();
        page("/summary", "year", 2026);
        SqlCounter.reset();
        page("/summary", "year", 2026);
        int small = SqlCounter.count();
        for (String code : jdbc.queryForList("select code from target where kind not in ('MILESTONE', 'QUALITATIVE')", String.class)) {
            for (int year = 2024; year <= 2026; year++) {
                value(code, year, "1");
            }
        }
        jdbc.update("insert into task_progress (task_id, org_unit_id, year, state, updated_by, updated_at) "
                + "select t.id, a.org_unit_id, 2026, 'IN_PROGRESS', 'canbo', now() from task t join task_assignment a on a.task_id = t.id");
        SqlCounter.reset();
        page("/summary", "year", 2026);
        int large = SqlCounter.count();
        assertThat(List.of(small, large)).containsExactly(large, small);
        // plan, plans, cycles, reports of the cycle, wards in office (2), district values, targets, task states
        assertThat(large).as(String.join("\n", SqlCounter.statements())).isEqualTo(9);
    }

    @Test
    void theListsBehindTheCountsTakeAFixedNumberOfStatements() throws Exception {
        page("/summary/targets", "year", 2026, "status", "NO_DATA");
        SqlCounter.reset();
        page("/summary/targets", "year", 2026, "status", "NO_DATA");
        // plan, plans, district values, targets
        assertThat(SqlCounter.count()).as(String.join("\n", SqlCounter.statements())).isEqualTo(4);
        SqlCounter.reset();
        page("/summary/tasks", "year", 2026, "state", "NONE");
        // plan, plans, progress of the year, tasks with their units
        assertThat(SqlCounter.count()).as(String.join("\n", SqlCounter.statements())).isEqualTo(4);
    }
}
