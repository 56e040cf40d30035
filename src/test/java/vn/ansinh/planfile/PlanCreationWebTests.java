package vn.ansinh.planfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.ansinh.FixedClock;
import vn.ansinh.VietnameseText;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * Creating a plan in the UI, empty or as a copy of another, then choosing it on the lists. Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
@Transactional
class PlanCreationWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private static CurrentUser staff() {
        return new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
    }

    private static MockHttpServletRequestBuilder create(String code, String baseYear, String targetYear, String deadline,
                                                        String copyFrom) {
        return post("/admin/plans/new").param("code", code).param("title", "Kế hoạch thực hiện chính sách xã hội giai đoạn mới")
                .param("baseYear", baseYear).param("targetYear", targetYear).param("issuingUnit", "306")
                .param("issueDate", "").param("wardDeadline", deadline).param("copyFrom", copyFrom).with(csrf());
    }

    private long planId(String code) {
        return jdbc.queryForObject("select id from plan where code = ?", Long.class, code);
    }

    @Test
    void anEmptyPlanGetsOnlyAWardReportingRuleWithTheChosenDeadline() throws Exception {
        mvc.perform(create("thu-nghiem-2031", "2026", "2031", "15/9", "").with(user(staff())))
                .andExpect(flash().attribute("message", "planNew.created"));
        long id = planId("THU-NGHIEM-2031");
        assertThat(jdbc.queryForMap("select base_year, target_year, (select code from org_unit where id = issuing_unit_id) as unit "
                + "from plan where id = ?", id)).containsExactlyInAnyOrderEntriesOf(Map.of("base_year", 2026, "target_year", 2031, "unit", "306"));
        assertThat(jdbc.queryForObject("select count(*) from plan_section where plan_id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from target where plan_id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForMap("select deadline_day, deadline_month, description from reporting_rule where plan_id = ?", id))
                .containsExactlyInAnyOrderEntriesOf(Map.of("deadline_day", 15, "deadline_month", 9, "description",
                        "Ủy ban nhân dân các phường báo cáo tình hình thực hiện kế hoạch trước ngày 15/09 hằng năm."));
        String page = mvc.perform(get("/admin/plans/{id}/edit", id).with(user(staff())))
                .andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Kế hoạch chưa có mục nào. Hãy thêm mục ở cuối trang.");
        // a plan covering this year too, loaded later, does not replace the one people work on
        long haiAn = planId("HAI-AN-2024");
        mvc.perform(get("/targets").with(user(staff())))
                .andExpect(content().string(containsString("<option value=\"" + haiAn + "\" selected=\"selected\">")));
        mvc.perform(get("/admin/plans").with(user(staff())))
                .andExpect(content().string(containsString("HAI-AN-2024</a>\n      <span class=\"badge text-bg-success\">Đang theo dõi</span>")));
        VietnameseText.assertCorrect("/admin/plans/new-plan/edit.html", page);
    }

    @Test
    void aCopyTakesSectionsTargetsAndTasksButNoValuesAndAimsAtTheNewYear() throws Exception {
        long haiAn = planId("HAI-AN-2024");
        mvc.perform(create("HAI-AN-2031", "2031", "2035", "15/11", String.valueOf(haiAn)).with(user(staff())))
                .andExpect(status().is3xxRedirection());
        long id = planId("HAI-AN-2031");
        assertThat(jdbc.queryForMap("select deadline_day, deadline_month, via_unit_id is not null as via, description from reporting_rule where plan_id = ?", id))
                .containsExactlyInAnyOrderEntriesOf(Map.of("deadline_day", 15, "deadline_month", 11, "via", true, "description",
                        "Ủy ban nhân dân các phường báo cáo tình hình thực hiện kế hoạch trước ngày 15/11 hằng năm."));
        assertThat(jdbc.queryForObject("select count(*) from plan_section where plan_id = ?", Integer.class, id)).isEqualTo(42);
        assertThat(jdbc.queryForObject("select count(*) from plan_section where plan_id = ? and parent_id is not null", Integer.class, id))
                .isEqualTo(jdbc.queryForObject("select count(*) from plan_section where plan_id = ? and parent_id is not null", Integer.class, haiAn));
        assertThat(jdbc.queryForObject("select count(*) from target where plan_id = ? and target_year = 2035", Integer.class, id)).isEqualTo(39);
        assertThat(jdbc.queryForObject("select count(*) from task where plan_id = ?", Integer.class, id)).isEqualTo(48);
        assertThat(jdbc.queryForObject("select count(*) from task_assignment a join task t on t.id = a.task_id where t.plan_id = ?",
                Integer.class, id)).isEqualTo(jdbc.queryForObject(
                "select count(*) from task_assignment a join task t on t.id = a.task_id where t.plan_id = ?", Integer.class, haiAn));
        assertThat(jdbc.queryForObject("select count(*) from indicator_value v join target t on t.id = v.target_id where t.plan_id = ?",
                Integer.class, id)).isZero();
        // the Hải An plan's own data is untouched, and it stays the plan shown by default
        assertThat(jdbc.queryForObject("select count(*) from target where plan_id = ? and target_year = 2030", Integer.class, haiAn)).isEqualTo(39);
        mvc.perform(get("/tasks").param("plan", String.valueOf(id)).with(user(staff())))
                .andExpect(content().string(containsString("HAI-AN-2031 (2031–2035)")))
                .andExpect(content().string(containsString("<option value=\"" + id + "\" selected=\"selected\">")));
        mvc.perform(get("/cycles").param("plan", String.valueOf(id)).with(user(staff())))
                .andExpect(content().string(containsString("<option value=\"" + id + "\" selected=\"selected\">")))
                .andExpect(content().string(containsString("Chưa có kỳ báo cáo nào. Hãy mở kỳ báo cáo của năm cần theo dõi.")));
        mvc.perform(get("/targets").with(user(staff())))
                .andExpect(content().string(containsString("<option value=\"" + haiAn + "\" selected=\"selected\">")));
    }

    @Test
    void badFormsAreRefusedWithTheirReasonsAndKeepWhatWasTyped() throws Exception {
        String page = mvc.perform(create("x", "2030", "2030", "31/02", "").with(user(staff())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page)).contains(
                "Mã kế hoạch gồm 2–40 ký tự: chữ không dấu, số hoặc dấu gạch ngang.",
                "Năm mục tiêu phải sau năm bắt đầu.",
                "Hạn báo cáo phải là một ngày có thật, viết dạng ngày/tháng, ví dụ 05/10.",
                "Kế hoạch thực hiện chính sách xã hội giai đoạn mới</textarea>",
                "value=\"31/02\"");
        page = mvc.perform(create("hai-an-2024", "2026", "2031", "05/10", "").with(user(staff())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Đã có kế hoạch mã HAI-AN-2024; hãy chọn mã khác.",
                "Chưa lưu được. Vui lòng sửa các ô được đánh dấu bên dưới.");
        page = mvc.perform(create("MOI-2031", "99999", "2030", "05/10", "").with(user(staff())))
                .andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Năm phải từ 2000 đến 2100.").doesNotContain("Năm mục tiêu phải sau năm bắt đầu.");
        page = mvc.perform(create("MOI-2031", "2026,5", "2030", "05/10", "").with(user(staff())))
                .andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Năm phải là số nguyên từ 2000 đến 2100.").doesNotContain("Năm phải từ 2000 đến 2100.");
        assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).isEqualTo(1);
        CurrentUser leader = new CurrentUser("ld", "x", "Lãnh đạo", Role.LEADER, null, true);
        mvc.perform(create("LD-2031", "2026", "2031", "05/10", "").with(user(leader))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/plans/new").with(user(staff())))
                .andExpect(content().string(containsString("value=\"05/10\"")))
                .andExpect(content().string(containsString("<option value=\"" + planId("HAI-AN-2024") + "\" selected=\"selected\">")));
    }

    @Test
    void sectionsTargetsAndTasksAreAddedToTheNewPlan() throws Exception {
        mvc.perform(create("MOI-2031", "2026", "2031", "05/10", "").with(user(staff())));
        long id = planId("MOI-2031");
        mvc.perform(post("/admin/plans/{id}/sections", id).param("code", "III").param("parent", "")
                        .param("heading", "NHIỆM VỤ VÀ GIẢI PHÁP").with(csrf()).with(user(staff())))
                .andExpect(redirectedUrl("/admin/plans/" + id + "/edit#s-III"));
        mvc.perform(post("/admin/plans/{id}/sections", id).param("code", "III.1").param("parent", "III")
                        .param("heading", "Về việc làm").param("body", "- Hỗ trợ tạo việc làm.").with(csrf()).with(user(staff())))
                .andExpect(redirectedUrl("/admin/plans/" + id + "/edit#s-III.1"));
        mvc.perform(get("/admin/plans/{id}/targets/new", id).with(user(staff())))
                .andExpect(content().string(containsString("value=\"CT01\"")));
        mvc.perform(post("/admin/plans/{id}/targets/new", id).param("code", "CT01").param("sectionCode", "III.1")
                        .param("valueType", "COUNT").param("statement", "Giải quyết việc làm cho trên 4.000 lao động mỗi năm")
                        .param("indicatorName", "Số lao động được giải quyết việc làm").param("measureUnit", "người/năm")
                        .param("area", "LABOUR").param("kind", "ABOVE").param("targetValue", "4.000").param("decimals", "0")
                        .with(csrf()).with(user(staff())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("select target_year, target_value::text as v, position, value_type from target where plan_id = ?", id))
                .containsExactlyInAnyOrderEntriesOf(Map.of("target_year", 2031, "v", "4000.0000", "position", 1, "value_type", "COUNT"));
        long lead = jdbc.queryForObject("select id from org_unit where code = '306-LDTBXH'", Long.class);
        mvc.perform(post("/admin/plans/{id}/tasks/new", id).param("section", "III.1").param("text", "Hỗ trợ tạo việc làm.")
                        .param("scope", "UNITS").param("lead", String.valueOf(lead)).with(csrf()).with(user(staff())))
                .andExpect(flash().attribute("message", "taskNew.created"));
        assertThat(jdbc.queryForObject("select code from task where plan_id = ?", String.class, id)).isEqualTo("III.1-1");
        String page = mvc.perform(get("/plans/{id}", id).with(user(staff()))).andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page)).contains("NHIỆM VỤ VÀ GIẢI PHÁP", "Hỗ trợ tạo việc làm.");
    }

    @Test
    void theCreationPagesAreCorrectVietnamese() throws Exception {
        long id = planId("HAI-AN-2024");
        for (String url : new String[]{"/admin/plans", "/admin/plans/new", "/admin/plans/" + id + "/targets/new",
                "/admin/plans/" + id + "/tasks/new"}) {
            String page = mvc.perform(get(url).with(user(staff()))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            VietnameseText.assertCorrect(url + ".html", page);
        }
    }
}
