package vn.ansinh.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ansinh.FixedClock;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * Tasks of section III on real PostgreSQL: the loaded tasks and assignments, progress by the units that carry them
 * out, the department officer's workspace and the district's view of a unit. "Now" is 30/11/2026.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
class TaskWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        jdbc.update("delete from task_progress_change");
        jdbc.update("delete from task_progress");
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    private long task(String code) {
        return jdbc.queryForObject("select id from task where code = ?", Long.class, code);
    }

    private CurrentUser health() {
        return new CurrentUser("yte", "x", "Cán bộ Phòng Y tế", Role.DEPARTMENT_OFFICER, unit("306-YT"), true);
    }

    private static CurrentUser staff() {
        return new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
    }

    private MockHttpServletRequestBuilder progress(String taskCode, String unitCode, String state, String link) {
        return post("/tasks/{id}/progress", task(taskCode)).param("year", "2026").param("unitId", String.valueOf(unit(unitCode)))
                .param("state", state).param("narrative", "Tổ chức truyền thông dân số tại 8 phường.")
                .param("evidenceUrl", link).with(csrf());
    }

    @Test
    void everyParagraphOfSectionIiiIsATaskWithOneLeadUnit() {
        assertThat(jdbc.queryForObject("select count(*) from task", Integer.class)).isEqualTo(48);
        assertThat(jdbc.queryForObject("""
                select count(*) from task t
                where (select count(*) from task_assignment a where a.task_id = t.id and a.role = 'LEAD') <> 1
                """, Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select u.code from task t join task_assignment a on a.task_id = t.id and a.role = 'LEAD' "
                + "join org_unit u on u.id = a.org_unit_id where t.code = 'III.4.1-1'", String.class)).isEqualTo("306-YT");
    }

    @Test
    void theTaskListGroupsTasksAndFiltersByUnit() throws Exception {
        mvc.perform(get("/tasks").with(user(staff())))
                .andExpect(content().string(containsString("Hiển thị 48 nhiệm vụ")))
                .andExpect(content().string(containsString("III.6.6. Về nước sạch, vệ sinh môi trường")));
        mvc.perform(get("/tasks").param("unit", String.valueOf(unit("306-BCHQS"))).with(user(staff())))
                .andExpect(content().string(containsString("Hiển thị 2 nhiệm vụ")));
        mvc.perform(get("/tasks").param("group", "III.6").with(user(staff())))
                .andExpect(content().string(containsString("Hiển thị 17 nhiệm vụ")));
        mvc.perform(get("/tasks").param("q", "TU LUONG XAM").with(user(staff())))
                .andExpect(content().string(containsString("Hiển thị 1 nhiệm vụ")))
                .andExpect(content().string(containsString("III.6.3-3")));
        mvc.perform(get("/targets").param("q", "THAT nghiep chung").with(user(staff())))
                .andExpect(content().string(containsString("Hiển thị 1 chỉ tiêu")))
                .andExpect(content().string(containsString("Tỷ lệ thất nghiệp chung dưới 2%")));
    }

    @Test
    void aDepartmentRecordsProgressOnItsOwnTasksOnly() throws Exception {
        mvc.perform(progress("III.4.1-1", "306-YT", "IN_PROGRESS", "https://haian.haiphong.gov.vn/bao-cao").with(user(health())))
                .andExpect(redirectedUrl("/tasks/" + task("III.4.1-1") + "?year=2026&unit=" + unit("306-YT")))
                .andExpect(flash().attribute("message", "progress.saved"));
        mvc.perform(get("/tasks/{id}", task("III.4.1-1")).with(user(staff())))
                .andExpect(content().string(containsString("Đang triển khai")))
                .andExpect(content().string(containsString("Tổ chức truyền thông dân số tại 8 phường.")));
        // not assigned to the health department
        mvc.perform(progress("III.4.2-1", "306-YT", "DONE", "").with(user(health()))).andExpect(status().isForbidden());
        // assigned, but for another unit
        mvc.perform(progress("III.4.1-1", "306-TTYT", "DONE", "").with(user(health()))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from task_progress", Integer.class)).isOne();
        CurrentUser ward = new CurrentUser("pb", "x", "Cán bộ phường", Role.WARD_OFFICER, unit("11422"), true);
        mvc.perform(progress("III.4.1-1", "306-YT", "DONE", "").with(user(ward))).andExpect(status().isForbidden());
    }

    @Test
    void badProgressIsRefusedWithVietnameseMessagesAndKeptAsTyped() throws Exception {
        mvc.perform(progress("III.4.1-1", "306-YT", "", "javascript:alert(1)").with(user(health())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy chọn trạng thái.")))
                .andExpect(content().string(containsString("Minh chứng phải là địa chỉ trang web đầy đủ: HTTPS:// hoặc HTTP:// rồi tên miền có dấu chấm")))
                .andExpect(result -> assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                        .contains("Tổ chức truyền thông dân số tại 8 phường.", "value=\"javascript:alert(1)\""));
        mvc.perform(progress("III.4.1-1", "306-YT", "ONGOING", "http://a").with(user(health())))
                .andExpect(content().string(containsString("value=\"http://a\"")))
                .andExpect(content().string(containsString("Minh chứng phải là địa chỉ trang web đầy đủ")));
        mvc.perform(post("/tasks/{id}/progress", task("III.4.1-1")).param("year", "2027")
                        .param("unitId", String.valueOf(unit("306-YT"))).param("state", "DONE").with(csrf()).with(user(health())))
                .andExpect(content().string(containsString("Năm phải từ 2024 đến 2026.")));
        assertThat(jdbc.queryForObject("select count(*) from task_progress", Integer.class)).isZero();
    }

    @Test
    void aStaleProgressFormGetsAConflictAndHistoryIsKept() throws Exception {
        mvc.perform(progress("III.6.2-1", "306-YT", "IN_PROGRESS", "").with(user(health()))).andExpect(status().is3xxRedirection());
        long v = jdbc.queryForObject("select version from task_progress", Long.class);
        mvc.perform(progress("III.6.2-1", "306-YT", "DONE", "").param("version", String.valueOf(v)).with(user(staff())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(progress("III.6.2-1", "306-YT", "DELAYED", "").param("version", String.valueOf(v)).with(user(health())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tiến độ này vừa được canbo lưu lúc 10:00 30/11/2026 (trạng thái: Hoàn thành).")));
        assertThat(jdbc.queryForList("select coalesce(old_state, '-') || '>' || new_state from task_progress_change order by id", String.class))
                .containsExactly("->IN_PROGRESS", "IN_PROGRESS>DONE");
        mvc.perform(get("/tasks/{id}", task("III.6.2-1")).with(user(staff())))
                .andExpect(content().string(containsString("canbo – Phòng Y tế, Năm 2026: Đang triển khai → Hoàn thành")));
    }

    @Test
    void theWorkspaceShowsMyTasksAndTargetsAndTheDistrictSeesEachUnit() throws Exception {
        mvc.perform(progress("III.4.1-1", "306-YT", "DELAYED", "").with(user(health()))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/me").with(user(health())))
                .andExpect(content().string(containsString("Việc của Phòng Y tế")))
                .andExpect(content().string(containsString("Chậm so với kế hoạch: 1")))
                .andExpect(content().string(containsString("Tuổi thọ trung bình của người dân đạt 75,5 tuổi")))
                .andExpect(content().string(containsString("Tôi cập nhật gần đây")));
        mvc.perform(get("/units/{id}", unit("306-YT")).with(user(staff())))
                .andExpect(content().string(containsString("Tình hình thực hiện của Phòng Y tế")));
        mvc.perform(get("/units/{id}", unit("306-YT")).with(user(health()))).andExpect(status().isForbidden());
        mvc.perform(get("/me").with(user(staff()))).andExpect(redirectedUrl("/tasks"));
        mvc.perform(get("/tasks/{id}", task("III.4.1-1")).with(user(staff())))
                .andExpect(content().string(not(containsString("Không có quyền"))));
    }
}
