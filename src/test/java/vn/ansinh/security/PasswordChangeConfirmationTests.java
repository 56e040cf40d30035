package vn.ansinh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.web.util.HtmlUtils;

/**
 * Over real HTTP (flash attributes live in Spring Session's PostgreSQL store, which MockMvc cannot feed): a person who
 * must change a temporary password changes it and lands on the home page, which is the followed plan's page reached
 * through a second redirect, with the confirmation "Đã đổi mật khẩu…" shown once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordChangeConfirmationTests {

    private static final String USERNAME = "tk.doimatkhau";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clean() {
        jdbc.update("delete from spring_session where principal_name = ?", USERNAME);
        jdbc.update("delete from app_user where username = ?", USERNAME);
    }

    @Test
    void theConfirmationReachesThePlanPageThroughTheHomeRedirect() throws Exception {
        jdbc.update("""
                insert into app_user (username, password_hash, full_name, role, must_change_password)
                values (?, ?, 'Người đổi mật khẩu', 'LEADER', true)""", USERNAME, new BCryptPasswordEncoder(4).encode("tam-thoi-123"));
        SignedInClient client = new SignedInClient("http://localhost:" + port).signIn(USERNAME, "tam-thoi-123");
        assertThat(client.get("/account/password").statusCode()).isEqualTo(200);
        var changed = client.post("/account/password",
                Map.of("current", "tam-thoi-123", "newPassword", "mat-khau-moi-2026", "confirm", "mat-khau-moi-2026"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/");

        var home = client.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        String plan = home.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(plan).startsWith("/plans/");
        assertThat(HtmlUtils.htmlUnescape(client.get(plan).body()))
                .contains("Đã đổi mật khẩu. Lần đăng nhập sau hãy dùng mật khẩu mới.");
        // shown once
        assertThat(HtmlUtils.htmlUnescape(client.get(plan).body())).doesNotContain("Đã đổi mật khẩu.");
    }
}
