package vn.ansinh.plan;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
                .andExpect(flash().attribute("error", "planEdit.error.date"));
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
}
