package vn.ansinh.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.FixedClock;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * Editing and retiring targets, with the checks on each kind. Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
@Transactional
class TargetAdminWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long target(String code) {
        return jdbc.queryForObject("select id from target where code = ?", Long.class, code);
    }

    private static CurrentUser staff() {
        return new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
    }

    private MockHttpServletRequestBuilder save(String code, String kind, String value, String max) {
        long version = jdbc.queryForObject("select version from target where code = ?", Long.class, code);
        return post("/admin/targets/{id}", target(code)).param("statement", "Tỷ lệ thất nghiệp chung dưới 1,5%")
                .param("indicatorName", "Tỷ lệ thất nghiệp chung").param("measureUnit", "%").param("area", "LABOUR")
                .param("kind", kind).param("targetValue", value).param("targetValueMax", max).param("decimals", "1")
                .param("version", String.valueOf(version)).with(csrf());
    }

    @Test
    void districtStaffEditATargetAndTheNewValueApplies() throws Exception {
        mvc.perform(save("CT07", "BELOW", "1,5", "").with(user(staff())))
                .andExpect(redirectedUrl("/admin/targets/" + target("CT07")));
        mvc.perform(get("/targets/{id}", target("CT07")).with(user(staff())))
                .andExpect(content().string(containsString("&lt; 1,5%")))
                .andExpect(content().string(containsString("Tỷ lệ thất nghiệp chung dưới 1,5%")));
    }

    @Test
    void eachKindNeedsItsValues() throws Exception {
        mvc.perform(save("CT07", "RANGE", "2,1", "2,0").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chỉ tiêu trong khoảng cần cận dưới và cận trên, cận dưới không lớn hơn cận trên.")));
        mvc.perform(save("CT07", "MILESTONE", "1", "").with(user(staff())))
                .andExpect(content().string(containsString("Chỉ tiêu mốc hoàn thành không có giá trị mục tiêu; hãy để trống.")));
        mvc.perform(save("CT07", "BELOW", "2.1", "").with(user(staff())))
                .andExpect(content().string(containsString("chưa rõ: dấu chấm dùng để phân cách hàng nghìn")));
        assertThat(jdbc.queryForObject("select kind from target where code = 'CT07'", String.class)).isEqualTo("BELOW");
    }

    @Test
    void aRetiredTargetLeavesTheTableButKeepsItsHistory() throws Exception {
        mvc.perform(post("/admin/targets/{id}/retire", target("CT30")).with(csrf()).with(user(staff())))
                .andExpect(redirectedUrl("/admin/targets/" + target("CT30")));
        assertThat(jdbc.queryForObject("select to_char(retired_on, 'DD/MM/YYYY') from target where code = 'CT30'", String.class))
                .isEqualTo("30/11/2026");
        mvc.perform(get("/targets").with(user(staff()))).andExpect(content().string(containsString("Hiển thị 38 chỉ tiêu")));
        mvc.perform(get("/targets/{id}", target("CT30")).with(user(staff())))
                .andExpect(content().string(containsString("Đã thôi theo dõi từ 30/11/2026")));
        CurrentUser leader = new CurrentUser("ld", "x", "Lãnh đạo", Role.LEADER, null, true);
        mvc.perform(get("/admin/targets/{id}", target("CT07")).with(user(leader))).andExpect(status().isForbidden());
    }
}
