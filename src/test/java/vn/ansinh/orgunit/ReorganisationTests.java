package vn.ansinh.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.FixedClock;
import vn.ansinh.plan.PlanService;
import vn.ansinh.report.Completeness;
import vn.ansinh.report.ReportService;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * Replays the 2025 reorganisation (Nghị quyết 1669/NQ-UBTVQH15, from 01/07/2025): the 8 wards of quận Hải An become
 * Phường Đông Hải (Đông Hải 1, part of Đông Hải 2 and of Nam Hải) and Phường Hải An (the rest; Đông Hải 2 and Nam
 * Hải are split). The 2024 cycle still expects 8 wards, the 2025 cycle expects 2. Rolled back after the test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
@Transactional
class ReorganisationTests {

    @Autowired
    OrgUnitService units;

    @Autowired
    ReportService reports;

    @Autowired
    PlanService plans;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private long id(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ? and valid_to is null", Long.class, code);
    }

    @Test
    void eightWardsBecomeTwoAndEachYearShowsItsOwnWards() throws Exception {
        jdbc.update("delete from reminder_sent");
        jdbc.update("delete from ward_report_scan");
        jdbc.update("delete from ward_report_transition");
        jdbc.update("delete from ward_report_result");
        jdbc.update("delete from ward_report");
        jdbc.update("delete from reporting_cycle_change");
        jdbc.update("delete from reporting_cycle");
        LocalDate from = LocalDate.of(2025, 7, 1);
        long city = id("31");
        Map<Long, String> dongHai = new LinkedHashMap<>();
        dongHai.put(id("11410"), null);
        dongHai.put(id("11411"), "một phần phường Đông Hải 2");
        dongHai.put(id("11419"), "một phần phường Nam Hải");
        Map<Long, String> haiAn = new LinkedHashMap<>();
        haiAn.put(id("11411"), "phần còn lại của phường Đông Hải 2");
        haiAn.put(id("11419"), "phần còn lại của phường Nam Hải");
        for (String code : List.of("11413", "11414", "11416", "11422", "11425")) {
            haiAn.put(id(code), null);
        }
        // codes are reused with new meanings: 11411 was Đông Hải 2, now Phường Đông Hải; 11413 was Đằng Lâm, now Phường Hải An
        List<OrgUnit> created = units.reorganise("canbo", List.of(
                new OrgUnitService.NewUnit("11411", "Phường Đông Hải", OrgUnitKind.WARD, city, dongHai),
                new OrgUnitService.NewUnit("11413", "Phường Hải An", OrgUnitKind.WARD, city, haiAn)), from, Succession.Kind.MERGE);

        assertThat(created).extracting(OrgUnit::getName).containsExactly("Phường Đông Hải", "Phường Hải An");
        assertThat(jdbc.queryForObject("select count(*) from org_unit_succession", Integer.class)).isEqualTo(10);
        long district = plans.current().getIssuingUnit().getId();
        assertThat(units.wardsOn(district, LocalDate.of(2024, 10, 5))).extracting(OrgUnit::getName).containsExactly(
                "Phường Đông Hải 1", "Phường Đông Hải 2", "Phường Đằng Lâm", "Phường Thành Tô", "Phường Đằng Hải",
                "Phường Nam Hải", "Phường Cát Bi", "Phường Tràng Cát");
        assertThat(units.wardsOn(district, LocalDate.of(2025, 10, 5))).extracting(OrgUnit::getName)
                .containsExactly("Phường Đông Hải", "Phường Hải An");
        // the old ward keeps its identity: the row of Đông Hải 2 still exists, closed on 01/07/2025
        assertThat(jdbc.queryForObject("select to_char(valid_to, 'DD/MM/YYYY') from org_unit where code = '11411' and name = 'Phường Đông Hải 2'",
                String.class)).isEqualTo("01/07/2025");

        CurrentUser staff = new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
        Completeness y2024 = reports.completeness(reports.openCycle(staff, plans.current(), 2024));
        Completeness y2025 = reports.completeness(reports.openCycle(staff, plans.current(), 2025));
        assertThat(y2024.rows()).hasSize(8);
        assertThat(y2025.rows()).extracting(r -> r.ward().getName()).containsExactly("Phường Đông Hải", "Phường Hải An");
        mvc.perform(get("/cycles").with(user(staff)))
                .andExpect(content().string(containsString("Phường Hải An")))
                .andExpect(content().string(containsString("Phường Đằng Lâm")));
    }
}
