package vn.ansinh.plan;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * Editing a plan's own fields and sections. Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PlanAdminWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private static CurrentUser staff() {
        return new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
    }

    @Test
    void theNumberAndDateOnceKnownAreRecordedAndSectionsEdited() throws Exception {
        long id = jdbc.queryForObject("select id from plan where code = 'HAI-AN-2024'", Long.class);
        long version = jdbc.queryForObject("select version from plan where id = ?", Long.class, id);
        String title = jdbc.queryForObject("select title from plan where id = ?", String.class, id);
        mvc.perform(post("/admin/plans/{id}/edit", id).param("number", "123/KH-UBND").param("title", title)
                        .param("issueDate", "31/02/2024").param("version", String.valueOf(version)).with(csrf()).with(user(staff())))
                .andExpect(content().string(containsString("Ngày ban hành không hợp lệ; hãy nhập theo dạng ngày/tháng/năm.")))
                .andExpect(content().string(containsString("value=\"31/02/2024\"")));
        mvc.perform(post("/admin/plans/{id}/edit", id).param("number", "123/KH-UBND").param("title", title)
                        .param("issueDate", "15/07/2024").param("version", String.valueOf(version)).with(csrf()).with(user(staff())))
                .andExpect(flash().attribute("message", "planEdit.saved"));
        mvc.perform(post("/admin/plans/{id}/sections/{code}", id, "IV").param("heading", "KINH PHÍ THỰC HIỆN")
                        .param("body", "1. Kinh phí bố trí trong dự toán hằng năm.").with(csrf()).with(user(staff())))
                .andExpect(flash().attribute("message", "planEdit.sectionSaved"));
        mvc.perform(get("/plans/{id}", id).with(user(staff())))
                .andExpect(content().string(containsString("123/KH-UBND")))
                .andExpect(content().string(containsString("15/07/2024")))
                .andExpect(content().string(containsString("1. Kinh phí bố trí trong dự toán hằng năm.")));
        CurrentUser leader = new CurrentUser("ld", "x", "Lãnh đạo", Role.LEADER, null, true);
        mvc.perform(get("/admin/plans/{id}/edit", id).with(user(leader))).andExpect(status().isForbidden());
    }

    @Test
    void overlongFieldsAndABadVisionYearAreRefusedKeepingWhatWasTyped() throws Exception {
        long id = jdbc.queryForObject("select id from plan where code = 'HAI-AN-2024'", Long.class);
        long version = jdbc.queryForObject("select version from plan where id = ?", Long.class, id);
        String page = mvc.perform(post("/admin/plans/{id}/edit", id).param("number", "1".repeat(61)).param("title", "Kế hoạch")
                        .param("signerName", "N".repeat(201)).param("visionYear", "2029").param("version", String.valueOf(version))
                        .with(csrf()).with(user(staff())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).contains("Quá dài (tối đa 60 ký tự).",
                "Quá dài (tối đa 200 ký tự).", "Năm tầm nhìn phải từ năm 2030 đến năm 2100.", "1".repeat(61), "N".repeat(201));
        mvc.perform(post("/admin/plans/{id}/edit", id).param("title", "Kế hoạch").param("visionYear", "2050")
                        .param("version", String.valueOf(version)).with(csrf()).with(user(staff())))
                .andExpect(flash().attribute("message", "planEdit.saved"));
        assertThat(jdbc.queryForObject("select vision_year from plan where id = ?", Integer.class, id)).isEqualTo(2050);
    }

    @Test
    void aSectionIsAddedUnderItsParentAndBadCodesAreRefusedKeepingTheText() throws Exception {
        long id = jdbc.queryForObject("select id from plan where code = 'HAI-AN-2024'", Long.class);
        // (flash attributes live in the Spring Session store, which MockMvc's flashAttr cannot fill, so the redirect is checked here)
        mvc.perform(post("/admin/plans/{id}/sections", id).param("code", "IV.9").param("parent", "III")
                        .param("heading", "Về an sinh số").param("body", "Nội dung đang soạn").with(csrf()).with(user(staff())))
                .andExpect(redirectedUrl("/admin/plans/" + id + "/edit#new-section"))
                .andExpect(flash().attribute("sectionError", "planEdit.error.sectionCode"))
                .andExpect(flash().attribute("newSection", new PlanAdminController.NewSection("IV.9", "III", "Về an sinh số", "Nội dung đang soạn")));
        mvc.perform(post("/admin/plans/{id}/sections", id).param("code", "III.8").param("parent", "III")
                        .param("heading", "Trùng").with(csrf()).with(user(staff())))
                .andExpect(flash().attribute("sectionError", "planEdit.error.sectionExists"));
        mvc.perform(post("/admin/plans/{id}/sections", id).param("code", "III.9").param("parent", "III")
                        .param("heading", " ").with(csrf()).with(user(staff())))
                .andExpect(flash().attribute("sectionError", "planEdit.error.heading"));
        mvc.perform(post("/admin/plans/{id}/sections", id).param("code", "III.9").param("parent", "III")
                        .param("heading", "x".repeat(501)).with(csrf()).with(user(staff())))
                .andExpect(flash().attribute("sectionError", "planEdit.error.headingTooLong"));
        mvc.perform(post("/admin/plans/{id}/sections", id).param("code", "iii.9").param("parent", "III")
                        .param("heading", "Về an sinh số").with(csrf()).with(user(staff())))
                .andExpect(flash().attribute("message", "planEdit.sectionAdded"));
        assertThat(jdbc.queryForMap("select s.position, p.code as parent from plan_section s join plan_section p on p.id = s.parent_id "
                + "where s.plan_id = ? and s.code = 'III.9'", id)).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("position", 9, "parent", "III"));
    }
}
