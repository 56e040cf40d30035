package vn.ansinh.user;

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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Account administration on real PostgreSQL: creating accounts bound to their unit, checks and Vietnamese messages,
 * disabling, resetting a password and the forced change at next login.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountAdminWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void clean() {
        jdbc.update("delete from app_user where username like 'tk.%'");
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ? and valid_to is null", Long.class, code);
    }

    private static CurrentUser staff() {
        return new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
    }

    private MockHttpServletRequestBuilder create(String username, Role role, String unitCode, String password) {
        return post("/admin/users").param("username", username).param("fullName", "Trần Thị Mai").param("role", role.name())
                .param("orgUnitId", unitCode == null ? "" : String.valueOf(unit(unitCode))).param("password", password).with(csrf());
    }

    @Test
    void districtStaffCreateAWardOfficerWhoMustSetANewPassword() throws Exception {
        String location = mvc.perform(create("tk.mai", Role.WARD_OFFICER, "11422", "tam-thoi-123").with(user(staff())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/users/");
        assertThat(jdbc.queryForMap("select role, must_change_password, enabled from app_user where username = 'tk.mai'"))
                .containsEntry("role", "WARD_OFFICER").containsEntry("must_change_password", true).containsEntry("enabled", true);

        CurrentUser mai = accounts.loadUserByUsername("tk.mai");
        assertThat(mai.isMustChangePassword()).isTrue();
        mvc.perform(get("/targets").with(user(mai))).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").param("current", "sai").param("newPassword", "mat-khau-moi-1")
                        .param("confirm", "mat-khau-moi-1").with(csrf()).with(user(mai)))
                .andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));
        mvc.perform(post("/account/password").param("current", "tam-thoi-123").param("newPassword", "mat-khau-moi-1")
                        .param("confirm", "khac-nhau-22").with(csrf()).with(user(mai)))
                .andExpect(content().string(containsString("Hai lần nhập mật khẩu mới không khớp.")));
        mvc.perform(post("/account/password").param("current", "tam-thoi-123").param("newPassword", "mat-khau-moi-1")
                        .param("confirm", "mat-khau-moi-1").with(csrf()).with(user(mai)))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("flashNotice", "account.passwordChanged"));
        // that the plan page then shows it, through "/", is checked over real HTTP (PasswordChangeConfirmationTests)
        assertThat(jdbc.queryForObject("select must_change_password from app_user where username = 'tk.mai'", Boolean.class)).isFalse();
    }

    @Test
    void badAccountsAreRefusedWithVietnameseMessages() throws Exception {
        mvc.perform(create("Nguyễn Văn", Role.WARD_OFFICER, null, "ngan").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên đăng nhập gồm 3 đến 60 ký tự")))
                .andExpect(content().string(containsString("Cán bộ phường và cán bộ phòng, ban, ngành phải gắn với đơn vị công tác.")))
                .andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")));
        mvc.perform(create("tk.sai.don.vi", Role.WARD_OFFICER, "306-YT", "tam-thoi-123").with(user(staff())))
                .andExpect(content().string(containsString("Đơn vị không hợp với vai trò")));
        mvc.perform(create("canbo.quan", Role.LEADER, null, "tam-thoi-123").with(user(staff())));
        mvc.perform(create("tk.trung", Role.LEADER, null, "tam-thoi-123").with(user(staff()))).andExpect(status().is3xxRedirection());
        mvc.perform(create("tk.trung", Role.LEADER, null, "tam-thoi-123").with(user(staff())))
                .andExpect(content().string(containsString("Tên đăng nhập này đã có người dùng.")));
        // district staff cannot create administrators; wards cannot manage accounts at all
        mvc.perform(create("tk.quantri", Role.ADMIN, null, "tam-thoi-123").with(user(staff()))).andExpect(status().isForbidden());
        CurrentUser ward = new CurrentUser("pb", "x", "Cán bộ phường", Role.WARD_OFFICER, unit("11422"), true);
        mvc.perform(get("/admin/users").with(user(ward))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from app_user where username like 'tk.%'", Integer.class)).isOne();
    }

    @Test
    void changesByAnAdministratorReachSessionsAlreadyOpen() throws Exception {
        AppUser u = accounts.createTemporary(staff(), "tk.son", "tam-thoi-123", "Phạm Sơn", Role.DISTRICT_STAFF, null);
        jdbc.update("update app_user set must_change_password = false where id = ?", u.getId());
        CurrentUser son = accounts.loadUserByUsername("tk.son");
        mvc.perform(get("/admin/users").with(user(son))).andExpect(status().isOk());
        // demoted: the session is refreshed and the page asked for again, now with the new rights
        jdbc.update("update app_user set role = 'LEADER', version = version + 1 where id = ?", u.getId());
        mvc.perform(get("/admin/users").with(user(son))).andExpect(redirectedUrl("/admin/users"));
        // disabled: the session ends
        jdbc.update("update app_user set enabled = false, version = version + 1 where id = ?", u.getId());
        mvc.perform(get("/targets").with(user(son))).andExpect(redirectedUrl("/login?disabled"));
    }

    @Test
    void disablingAnAccountIsFoundInTheAuditTrailByItsLoginName() {
        AppUser u = accounts.createTemporary(staff(), "tk.tam", "tam-thoi-123", "Lê Tâm", Role.LEADER, null);
        long version = jdbc.queryForObject("select version from app_user where id = ?", Long.class, u.getId());
        accounts.update(staff(), u.getId(), "Lê Tâm", Role.LEADER, null, false, version);
        var entry = jdbc.queryForMap("select before_json, after_json, search_text from audit_entry "
                + "where action = 'account.update' and entity_id = ?", String.valueOf(u.getId()));
        assertThat(entry.get("before_json")).isEqualTo("{\"enabled\":true}");
        assertThat(entry.get("after_json")).isEqualTo("{\"username\":\"tk.tam\",\"enabled\":false}");
        assertThat((String) entry.get("search_text")).contains("tk.tam");
    }

    @Test
    void theLastAdministratorCannotBeDemoted() throws Exception {
        jdbc.update("update app_user set enabled = false where role = 'ADMIN' and username not like 'tk.%'");
        CurrentUser root = new CurrentUser("root", "x", "Quản trị", Role.ADMIN, null, true);
        AppUser admin = accounts.createTemporary(root, "tk.admin", "tam-thoi-123", "Quản trị", Role.ADMIN, null);
        long version = jdbc.queryForObject("select version from app_user where id = ?", Long.class, admin.getId());
        mvc.perform(post("/admin/users/{id}", admin.getId()).param("fullName", "Quản trị").param("role", "LEADER")
                        .param("enabled", "true").param("version", String.valueOf(version)).with(csrf()).with(user(root)))
                .andExpect(content().string(containsString("Đây là tài khoản quản trị cuối cùng còn hoạt động")));
        assertThat(jdbc.queryForObject("select role from app_user where id = ?", String.class, admin.getId())).isEqualTo("ADMIN");
    }

    @Test
    void disablingAndResettingAnAccount() throws Exception {
        AppUser u = accounts.createTemporary(staff(), "tk.hoa", "tam-thoi-123", "Lê Hoa", Role.DEPARTMENT_OFFICER, unit("306-YT"));
        jdbc.update("update app_user set must_change_password = false where id = ?", u.getId());
        long version = jdbc.queryForObject("select version from app_user where id = ?", Long.class, u.getId());
        mvc.perform(post("/admin/users/{id}", u.getId()).param("fullName", "Lê Thị Hoa").param("role", "DEPARTMENT_OFFICER")
                        .param("orgUnitId", String.valueOf(unit("306-YT"))).param("version", String.valueOf(version)).param("_enabled", "on")
                        .with(csrf()).with(user(staff())))
                .andExpect(redirectedUrl("/admin/users/" + u.getId()));
        assertThat(accounts.loadUserByUsername("tk.hoa").isEnabled()).isFalse();
        assertThat(accounts.loadUserByUsername("tk.hoa").getFullName()).isEqualTo("Lê Thị Hoa");
        mvc.perform(post("/admin/users/{id}/password", u.getId()).param("password", "ngan").with(csrf()).with(user(staff())))
                .andExpect(redirectedUrl("/admin/users/" + u.getId()));
        assertThat(jdbc.queryForObject("select must_change_password from app_user where id = ?", Boolean.class, u.getId())).isFalse();
        mvc.perform(post("/admin/users/{id}/password", u.getId()).param("password", "mat-khau-tam-2").with(csrf()).with(user(staff())));
        assertThat(jdbc.queryForObject("select must_change_password from app_user where id = ?", Boolean.class, u.getId())).isTrue();
        mvc.perform(get("/admin/users").param("q", "LE THI HOA").with(user(staff())))
                .andExpect(content().string(containsString("tk.hoa")))
                .andExpect(content().string(containsString("Đã khóa")));
    }
}
