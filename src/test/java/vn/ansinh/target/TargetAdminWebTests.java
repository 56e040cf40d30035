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

    private MockHttpServletRequestBuilder add(String code, String valueType, String kind, String value, String multiplier) {
        long plan = jdbc.queryForObject("select id from plan where code = 'HAI-AN-2024'", Long.class);
        return post("/admin/plans/{id}/targets/new", plan).param("code", code).param("sectionCode", "III.5.3")
                .param("valueType", valueType).param("statement", "Số bác sĩ đạt 12 bác sĩ trên 1 vạn dân")
                .param("indicatorName", "Số bác sĩ trên 1 vạn dân").param("measureUnit", "bác sĩ/1 vạn dân")
                .param("area", "HEALTH").param("kind", kind).param("targetValue", value).param("rateMultiplier", multiplier)
                .param("decimals", "1").param("wardLevel", "true").with(csrf());
    }

    @Test
    void aNewTargetOfEachKindIsCheckedAgainstItsValueType() throws Exception {
        long plan = jdbc.queryForObject("select id from plan where code = 'HAI-AN-2024'", Long.class);
        mvc.perform(get("/admin/plans/{id}/targets/new", plan).with(user(staff())))
                .andExpect(content().string(containsString("value=\"CT40\"")));
        String page = mvc.perform(add("CT01", "PERCENT", "AT_LEAST", "130", "").with(user(staff())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).contains(
                "Kế hoạch đã có chỉ tiêu mã này; hãy chọn mã khác.", "Tỷ lệ phần trăm phải từ 0 đến 100.", "value=\"130\"");
        mvc.perform(add("CT40", "PERCENT", "MILESTONE", "", "").with(user(staff())))
                .andExpect(content().string(containsString("Loại chỉ tiêu không hợp với loại giá trị của chỉ tiêu")));
        page = mvc.perform(add("CT40", "RATE", "AT_LEAST", "12", "").with(user(staff())))
                .andReturn().getResponse().getContentAsString();
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page))
                .contains("Tỷ suất cần số người làm cơ sở tính, lớn hơn 0 (ví dụ 10.000 với “trên 1 vạn dân”).");
        mvc.perform(add("CT40", "RATE", "AT_LEAST", "12", "10.000").with(user(staff())))
                .andExpect(redirectedUrl("/targets/" + target("CT40")));
        assertThat(jdbc.queryForMap("select kind, value_type, rate_multiplier::text as m, target_year, ward_level, position "
                + "from target where code = 'CT40'")).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("kind", "AT_LEAST", "value_type", "RATE",
                "m", "10000.0000", "target_year", 2030, "ward_level", true, "position", 40));
        mvc.perform(get("/targets").with(user(staff()))).andExpect(content().string(containsString("Số bác sĩ đạt 12 bác sĩ trên 1 vạn dân")));
        CurrentUser officer = new CurrentUser("yte", "x", "Y tế", Role.DEPARTMENT_OFFICER, null, true);
        mvc.perform(add("CT41", "RATE", "AT_LEAST", "12", "10.000").with(user(officer))).andExpect(status().isForbidden());
    }

    @Test
    void editingCannotGiveAPercentTargetAKindItsValuesDoNotFit() throws Exception {
        mvc.perform(save("CT07", "MILESTONE", "", "").with(user(staff())))
                .andExpect(content().string(containsString("Loại chỉ tiêu không hợp với loại giá trị của chỉ tiêu")));
        mvc.perform(save("CT07", "BELOW", "101", "").with(user(staff())))
                .andExpect(content().string(containsString("Tỷ lệ phần trăm phải từ 0 đến 100.")));
        assertThat(jdbc.queryForObject("select kind from target where code = 'CT07'", String.class)).isEqualTo("BELOW");
    }

    @Test
    void newTargetsKeepToWhatTheirValueTypeAllows() throws Exception {
        java.util.Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("Chỉ tiêu số đếm cần số nguyên không âm.", new String[]{"COUNT", "AT_LEAST", "75,5", "", "", "Số người"});
        cases.put("Mức độ là số nguyên từ 1 đến 3.", new String[]{"LEVEL", "LEVEL", "7", "", "", "Mức độ"});
        cases.put("Tối đa 4 chữ số sau dấu phẩy.", new String[]{"MEASURE", "AT_LEAST", "1,12345", "", "", "Tuổi thọ"});
        cases.put("Số quá lớn (tối đa 14 chữ số trước dấu phẩy).", new String[]{"MEASURE", "AT_LEAST", "1.000.000.000.000.000", "", "", "Tuổi thọ"});
        cases.put("Giá trị mục tiêu và giá trị gốc phải nằm trong khoảng hợp lý; hãy mở rộng khoảng hoặc sửa giá trị.",
                new String[]{"MEASURE", "AT_LEAST", "500", "0", "10", "Tuổi thọ"});
        cases.put("Giá trị lớn nhất hợp lý phải lớn hơn giá trị nhỏ nhất hợp lý.", new String[]{"MEASURE", "AT_LEAST", "5", "5", "5", "Tuổi thọ"});
        cases.put("Quá dài (tối đa 300 ký tự).", new String[]{"MEASURE", "AT_LEAST", "5", "", "", "x".repeat(301)});
        long plan = jdbc.queryForObject("select id from plan where code = 'HAI-AN-2024'", Long.class);
        for (var c : cases.entrySet()) {
            String[] v = c.getValue();
            String page = mvc.perform(post("/admin/plans/{id}/targets/new", plan).param("code", "CT40").param("sectionCode", "II.1")
                            .param("valueType", v[0]).param("kind", v[1]).param("targetValue", v[2]).param("plausibleMin", v[3])
                            .param("plausibleMax", v[4]).param("indicatorName", v[5]).param("statement", "Chỉ tiêu thử")
                            .param("area", "HEALTH").param("decimals", "1").with(csrf()).with(user(staff())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).as(v[0] + " " + v[2]).contains(c.getKey());
        }
        assertThat(jdbc.queryForObject("select count(*) from target where code = 'CT40'", Integer.class)).isZero();
    }

    @Test
    void anOverlongIndicatorNameIsRefusedNotAServerError() throws Exception {
        long version = jdbc.queryForObject("select version from target where code = 'CT07'", Long.class);
        String page = mvc.perform(post("/admin/targets/{id}", target("CT07")).param("statement", "Tỷ lệ thất nghiệp chung dưới 2%")
                        .param("indicatorName", "y".repeat(301)).param("measureUnit", "%").param("area", "LABOUR").param("kind", "BELOW")
                        .param("targetValue", "2").param("decimals", "1").param("version", String.valueOf(version))
                        .with(csrf()).with(user(staff())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).contains("Quá dài (tối đa 300 ký tự).", "y".repeat(301));
    }
}
