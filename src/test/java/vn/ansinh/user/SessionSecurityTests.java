package vn.ansinh.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.ansinh.FixedClock;

/**
 * Sessions and login over real HTTP (the app on a random port, sessions in PostgreSQL): the session id changes at
 * login (session fixation), the cookie is HttpOnly and SameSite=Lax and Secure behind HTTPS, logout deletes the
 * session row, the security headers are sent, and five wrong passwords lock a login name for 15 minutes, existing
 * or not, with the same message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class SessionSecurityTests {

    private static final String PASSWORD = "Mật-khẩu-an-toàn-2025";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String username = "sec.phien." + Long.toString(System.nanoTime(), 36);

    @AfterEach
    void clean() {
        jdbc.update("delete from app_user where username = ?", username);
        jdbc.update("delete from login_throttle where username like 'sec.%'");
    }

    private HttpResponse<String> get(String path, String cookie, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (cookie != null) {
            r.header("Cookie", cookie);
        }
        if (headers.length > 0) {
            r.headers(headers);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String setCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElse(null);
    }

    private static String cookie(String setCookie) {
        return setCookie.split(";")[0];
    }

    /** The session id stored in spring_session.session_id (the cookie holds it in Base64). */
    private static String sessionId(String cookie) {
        return new String(Base64.getDecoder().decode(cookie.substring("SESSION=".length())), StandardCharsets.UTF_8);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF field").isTrue();
        return m.group(1);
    }

    private int sessionRows(String id) {
        return jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class, id);
    }

    private HttpResponse<String> login(String cookie, String csrf, String name, String password) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", name);
        form.put("password", password);
        form.put("_csrf", csrf);
        return post("/login", cookie, form);
    }

    @Test
    void loginChangesTheSessionIdAndLogoutDeletesTheSession() throws Exception {
        accounts.create(username, PASSWORD, "Cán bộ kiểm thử", Role.DISTRICT_STAFF, null);
        HttpResponse<String> page = get("/login", null);
        String before = cookie(setCookie(page));
        assertThat(sessionRows(sessionId(before))).isOne();

        HttpResponse<String> in = login(before, csrf(page.body()), username, PASSWORD);
        assertThat(in.statusCode()).isEqualTo(302);
        assertThat(in.headers().firstValue("Location").orElseThrow().replace("http://localhost:" + port, "")).isEqualTo("/");
        String after = cookie(setCookie(in));
        assertThat(sessionId(after)).as("a new session id at login").isNotEqualTo(sessionId(before));
        assertThat(sessionRows(sessionId(before))).as("the old id is no longer valid").isZero();
        assertThat(sessionRows(sessionId(after))).isOne();
        assertThat(get("/targets", before).statusCode()).as("the pre-login cookie gives no access").isEqualTo(302);

        HttpResponse<String> home = get("/targets", after);
        assertThat(home.statusCode()).isEqualTo(200);
        HttpResponse<String> out = post("/logout", after, Map.of("_csrf", csrf(home.body())));
        assertThat(out.headers().firstValue("Location").orElseThrow().replace("http://localhost:" + port, "")).isEqualTo("/login?logout");
        assertThat(sessionRows(sessionId(after))).as("logout deletes the session row").isZero();
        assertThat(get("/targets", after).headers().firstValue("Location").orElseThrow().replace("http://localhost:" + port, "")).endsWith("/login");
    }

    @Test
    void sessionCookieIsHttpOnlyLaxAndSecureBehindHttps() throws Exception {
        String plain = setCookie(get("/login", null));
        assertThat(plain).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        String proxied = setCookie(get("/login", null, "X-Forwarded-Proto", "https"));
        assertThat(proxied).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void securityHeadersOnEveryPage() throws Exception {
        HttpResponse<String> page = get("/login", null);
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(
                "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
                        + "img-src 'self' data:; font-src 'self'; object-src 'none'; frame-ancestors 'none'; "
                        + "base-uri 'self'; form-action 'self'");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.body()).doesNotContain("<script>").doesNotContainPattern(" on[a-z]+=\"");
    }

    @Test
    void fiveWrongPasswordsLockTheNameForFifteenMinutesWhetherOrNotItExists() throws Exception {
        accounts.create(username, PASSWORD, "Cán bộ kiểm thử", Role.DISTRICT_STAFF, null);
        for (String name : new String[]{username, "sec.khong.co.ai"}) {
            for (int i = 1; i <= 5; i++) {
                HttpResponse<String> page = get("/login", null);
                HttpResponse<String> r = login(cookie(setCookie(page)), csrf(page.body()), name, "sai-mat-khau-" + i);
                String expected = i < 5 ? "/login?error&username=" + name : "/login?locked=15&username=" + name;
                assertThat(r.headers().firstValue("Location").orElseThrow().replace("http://localhost:" + port, "")).as(name + " attempt " + i).isEqualTo(expected);
            }
        }
        // locked: even the right password is refused, without being checked
        HttpResponse<String> page = get("/login", null);
        String session = cookie(setCookie(page));
        HttpResponse<String> r = login(session, csrf(page.body()), username, PASSWORD);
        assertThat(r.headers().firstValue("Location").orElseThrow().replace("http://localhost:" + port, "")).isEqualTo("/login?locked=15&username=" + username);
        assertThat(get("/login?locked=15&username=" + username, session).body())
                .contains("Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.");

        // once the lock has run out, the right password works and clears the count
        jdbc.update("update login_throttle set locked_until = timestamptz '2026-11-30 09:59:00+07' where username = ?", username);
        page = get("/login", null);
        r = login(cookie(setCookie(page)), csrf(page.body()), username, PASSWORD);
        assertThat(r.headers().firstValue("Location").orElseThrow().replace("http://localhost:" + port, "")).isEqualTo("/");
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where username = ?", Integer.class, username)).isZero();
    }

    @Test
    void aDisabledAccountIsOnlyToldSoToWhoeverHasItsPassword() throws Exception {
        accounts.create(username, PASSWORD, "Cán bộ kiểm thử", Role.DISTRICT_STAFF, null);
        jdbc.update("update app_user set enabled = false where username = ?", username);
        HttpResponse<String> page = get("/login", null);
        HttpResponse<String> wrong = login(cookie(setCookie(page)), csrf(page.body()), username, "sai-mat-khau-1");
        assertThat(wrong.headers().firstValue("Location").orElseThrow().replace("http://localhost:" + port, ""))
                .isEqualTo("/login?error&username=" + username);
        page = get("/login", null);
        HttpResponse<String> right = login(cookie(setCookie(page)), csrf(page.body()), username, PASSWORD);
        assertThat(right.headers().firstValue("Location").orElseThrow().replace("http://localhost:" + port, ""))
                .isEqualTo("/login?disabled&username=" + username);
    }

    /**
     * An upload over the limits (10 MB a file, 11 MB a request) gets the "Tệp quá lớn" page (413), not a CSRF
     * refusal nor the login page. Thymeleaf puts the hidden _csrf field first in the form, so it comes before the file
     * in the body and Tomcat has read it when the size limit stops the reading; the token need not be in the address
     * (where it would end up in access logs). Tomcat then swallows the rest of the body (up to 30 MB) so that the
     * browser gets the page rather than a reset connection.
     */
    @Test
    void oversizedUploadGetsTheTooLargePage() throws Exception {
        accounts.create(username, PASSWORD, "Cán bộ kiểm thử", Role.DISTRICT_STAFF, null);
        HttpResponse<String> page = get("/login", null);
        String session = cookie(setCookie(login(cookie(setCookie(page)), csrf(page.body()), username, PASSWORD)));
        String form = get("/admin/plans", session).body();
        Matcher importForm = Pattern.compile("<form[^>]*action=\"/admin/plans/import\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\"")
                .matcher(form);
        assertThat(importForm.find()).as("the CSRF field is the first of the upload form").isTrue();
        for (int size : new int[]{10_500_000, 12_000_000}) {
            String boundary = "----ansinh" + System.nanoTime();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf(form)
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ke-hoach.json\"\r\n"
                    + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + size + tail.length];
            java.util.Arrays.fill(body, (byte) ' ');
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/plans/import"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Cookie", session)
                    .header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(size + " bytes").isEqualTo(413);
            assertThat(r.body()).contains("Tệp quá lớn", "vượt quá giới hạn 10 MB");
        }
    }
}
