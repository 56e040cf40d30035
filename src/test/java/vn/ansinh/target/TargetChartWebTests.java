package vn.ansinh.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * The charts of a target page: the district's values against the straight path and the target line, and the
 * wards' values of the latest year. Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
@Transactional
class TargetChartWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private void value(String code, String unit, int year, String value) {
        jdbc.update("insert into indicator_value (target_id, org_unit_id, year, value, updated_by, updated_at) values "
                + "((select id from target where code = ?), (select id from org_unit where code = ? and valid_to is null), ?, ?::numeric, 'canbo', now())",
                code, unit, year, value);
    }

    private String page(String code) throws Exception {
        long id = jdbc.queryForObject("select id from target where code = ?", Long.class, code);
        return HtmlUtils.htmlUnescape(mvc.perform(get("/targets/{id}", id)
                        .with(user(new CurrentUser("ld", "x", "Lãnh đạo", Role.LEADER, null, true))))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void theDistrictSeriesIsDrawnAgainstThePathAndTheTargetLine() throws Exception {
        value("CT06", "306", 2024, "2800");
        value("CT06", "306", 2026, "3200");
        assertThat(page("CT06")).contains("data-chart=\"{\"type\":\"series\",\"years\":[2024,2025,2026,2027,2028,2029,2030],"
                + "\"actual\":[2800.0000,null,3200.0000,null,null,null,null],\"expected\":[2800.0000,3000.0000,3200.0000,3400.0000,"
                + "3600.0000,3800.0000,4000.0000],\"goal\":4000.0000,\"goalMax\":null,\"unit\":\"\"",
                "/echarts/5.3.1/dist/echarts.min.js", "Biểu đồ giá trị theo năm so với lộ trình và mục tiêu");
    }

    @Test
    void wardValuesOfTheLatestYearAreDrawnPerWardAndQualitativeTargetsHaveNoChart() throws Exception {
        String code = jdbc.queryForObject("select code from target where ward_level and value_type = 'PERCENT' order by position limit 1", String.class);
        value(code, "11410", 2025, "40");
        value(code, "11422", 2025, "55.5");
        value(code, "11422", 2024, "50");
        assertThat(page(code)).contains("{\"type\":\"wards\",\"year\":2025,\"labels\":[\"Phường Đông Hải 1\",\"Phường Cát Bi\"],"
                + "\"values\":[40.0000,55.5000],\"unit\":\"%\"}", "Biểu đồ giá trị của các phường năm 2025");
        assertThat(page("CT03")).doesNotContain("data-chart", "echarts");
    }

    @Test
    void manyUnitsAreShownOneYearAndFiftyAtATimeWithoutABarChart() throws Exception {
        String code = jdbc.queryForObject("select code from target where ward_level and value_type = 'PERCENT' order by position limit 1", String.class);
        value(code, "306", 2025, "50");
        for (int i = 1; i <= 61; i++) {
            String unit = String.format("T%03d", i);
            jdbc.update("insert into org_unit (code, name, kind, parent_id, valid_from) values (?, ?, 'WARD', "
                    + "(select id from org_unit where code = '306'), '2002-12-20')", unit, "Phường thử " + i);
            value(code, unit, 2025, String.valueOf(i));
        }
        value(code, "T001", 2024, "1");
        String first = page(code);
        assertThat(first).contains("Trang 1/2", "Phường thử 50<", "Trang sau →").doesNotContain("Phường thử 51<", "\"type\":\"wards\"");
        assertThat(first.split("Phường thử ", -1).length - 1).isEqualTo(50);
        long id = jdbc.queryForObject("select id from target where code = ?", Long.class, code);
        String second = HtmlUtils.htmlUnescape(mvc.perform(get("/targets/{id}", id).param("unitYear", "2025").param("page", "2")
                        .with(user(new CurrentUser("ld", "x", "Lãnh đạo", Role.LEADER, null, true))))
                .andReturn().getResponse().getContentAsString());
        assertThat(second).contains("Trang 2/2", "Phường thử 61<", "← Trang trước").doesNotContain("Phường thử 50<");
    }
}
