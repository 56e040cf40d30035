package vn.ansinh;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * Pages rendered the way a real request renders them: without a test transaction around the request, so a lazy
 * association read after the service's transaction ended fails here (as it would for users) instead of passing
 * unnoticed in the {@code @Transactional} web tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
class PagesOutsideTestTransactionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"/plans", "/targets", "/tasks", "/cycles", "/summary", "/summary/targets?status=NO_DATA",
            "/summary/tasks?state=NONE", "/admin/plans", "/admin/plans/new", "/admin/units", "/admin/users",
            "/admin/workbook", "/admin/annual-report", "/admin/annual-report/{plan}/2026", "/admin/plans/{plan}/edit",
            "/admin/plans/{plan}/targets/new", "/admin/plans/{plan}/tasks/new"})
    void districtStaffPagesRender(String url) throws Exception {
        long plan = jdbc.queryForObject("select min(id) from plan", Long.class);
        mvc.perform(get(url.replace("{plan}", String.valueOf(plan)))
                        .with(user(new CurrentUser("canbo.quan", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true))))
                .andExpect(status().isOk());
    }
}
