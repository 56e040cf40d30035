package vn.ansinh.task;

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
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.FixedClock;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * Editing a task's text and units, and retiring it. Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
@Transactional
class TaskAdminWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long task(String code) {
        return jdbc.queryForObject("select id from task where code = ?", Long.class, code);
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ? and valid_to is null", Long.class, code);
    }

    private static CurrentUser staff() {
        return new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
    }

    @Test
    void districtStaffChangeTheUnitsOfATask() throws Exception {
        long id = task("III.1-1");
        long version = jdbc.queryForObject("select version from task where id = ?", Long.class, id);
        mvc.perform(post("/admin/tasks/{id}", id).param("text", "Đẩy mạnh công tác tuyên truyền chính sách xã hội.")
                        .param("scope", "UNITS").param("lead", String.valueOf(unit("306-LDTBXH")))
                        .param("coordinating", String.valueOf(unit("306-VHTT")), String.valueOf(unit("306-LDTBXH")))
                        .param("version", String.valueOf(version)).with(csrf()).with(user(staff())))
                .andExpect(redirectedUrl("/admin/tasks/" + id));
        assertThat(jdbc.queryForList("select u.code || ':' || a.role from task_assignment a join org_unit u on u.id = a.org_unit_id "
                + "where a.task_id = ? order by a.role desc", String.class, id)).containsExactly("306-LDTBXH:LEAD", "306-VHTT:COORDINATE");
        mvc.perform(post("/admin/tasks/{id}", id).param("text", " ").param("scope", "UNITS")
                        .param("lead", String.valueOf(unit("306-LDTBXH"))).param("version", "0").with(csrf()).with(user(staff())))
                .andExpect(content().string(containsString("Hãy nhập nội dung nhiệm vụ.")));
    }

    @Test
    void aRetiredTaskLeavesTheListAndOnlyDistrictStaffManageTasks() throws Exception {
        mvc.perform(post("/admin/tasks/{id}/retire", task("III.8-1")).with(csrf()).with(user(staff())))
                .andExpect(redirectedUrl("/admin/tasks/" + task("III.8-1")));
        mvc.perform(get("/tasks").with(user(staff()))).andExpect(content().string(containsString("Hiển thị 47 nhiệm vụ")));
        CurrentUser health = new CurrentUser("yte", "x", "Cán bộ", Role.DEPARTMENT_OFFICER, unit("306-YT"), true);
        mvc.perform(get("/admin/tasks/{id}", task("III.1-1")).with(user(health))).andExpect(status().isForbidden());
    }

    @Test
    void aTaskAddedToASectionTakesTheNextNumberAndNeedsASectionTextAndLead() throws Exception {
        long plan = jdbc.queryForObject("select id from plan where code = 'HAI-AN-2024'", Long.class);
        String page = mvc.perform(post("/admin/plans/{id}/tasks/new", plan).param("section", "").param("text", "Rà soát hộ cận nghèo.")
                        .param("scope", "UNITS").with(csrf()).with(user(staff())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page))
                .contains("Hãy chọn mục của kế hoạch chứa nhiệm vụ.", "Rà soát hộ cận nghèo.</textarea>");
        // an empty form: every problem at once
        String empty = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(post("/admin/plans/{id}/tasks/new", plan)
                        .with(csrf()).with(user(staff()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(empty).contains("Hãy chọn mục của kế hoạch chứa nhiệm vụ.", "Hãy nhập nội dung nhiệm vụ.", "Hãy chọn đơn vị chủ trì.");
        mvc.perform(post("/admin/plans/{id}/tasks/new", plan).param("section", "III.3").param("text", "Rà soát hộ cận nghèo.")
                        .param("scope", "UNITS").with(csrf()).with(user(staff())))
                .andExpect(content().string(containsString("Hãy chọn đơn vị chủ trì.")));
        int before = jdbc.queryForObject("select count(*) from task where section_code = 'III.3'", Integer.class);
        mvc.perform(post("/admin/plans/{id}/tasks/new", plan).param("section", "III.3").param("text", "Rà soát hộ cận nghèo.")
                        .param("scope", "UNITS").param("lead", String.valueOf(unit("306-LDTBXH")))
                        .param("coordinating", String.valueOf(unit("306-LDTBXH")), String.valueOf(unit("306-YT")))
                        .with(csrf()).with(user(staff())))
                .andExpect(redirectedUrl("/tasks/" + task("III.3-" + (before + 1))));
        assertThat(jdbc.queryForList("select role from task_assignment where task_id = ? order by role", String.class,
                task("III.3-" + (before + 1)))).containsExactly("COORDINATE", "LEAD");
    }
}
