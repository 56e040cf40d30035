package vn.ansinh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.ansinh.user.AccountService;
import vn.ansinh.user.Role;

/**
 * The whole journey over real HTTP against the running app on PostgreSQL: log in as district staff, read the
 * targets, enter 1,8 for unemployment and see the target become "Đạt". The rendered pages are checked with the
 * Vietnamese spelling tool.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class ValueEntryJourneyTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @BeforeEach
    void clean() {
        jdbc.update("delete from indicator_value_change");
        jdbc.update("delete from indicator_value");
        jdbc.update("delete from app_user where username in ('hanh.lt', 'tuan.nv')");
        accounts.create("hanh.lt", "Mật-khẩu-2025", "Lê Thị Hạnh", Role.DISTRICT_STAFF,
                jdbc.queryForObject("select id from org_unit where code = '306-LDTBXH'", Long.class));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html,application/xhtml+xml").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html,application/xhtml+xml")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("page has a CSRF token").isTrue();
        return m.group(1);
    }

    @Test
    void districtStaffLogsInEntersUnemploymentAndSeesItMet() throws Exception {
        HttpResponse<String> loginPage = get("/targets");
        assertThat(loginPage.uri().getPath()).isEqualTo("/login");
        assertThat(loginPage.body()).contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu");

        HttpResponse<String> wrong = post("/login", Map.of("username", "hanh.lt", "password", "sai", "_csrf", csrf(loginPage.body())));
        assertThat(wrong.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng thử lại.", "value=\"hanh.lt\"");

        HttpResponse<String> afterLogin = post("/login", Map.of("username", "hanh.lt", "password", "Mật-khẩu-2025", "_csrf", csrf(wrong.body())));
        assertThat(afterLogin.statusCode()).isEqualTo(200);
        assertThat(afterLogin.uri().getPath()).as("back to the page asked for before login").isEqualTo("/targets");

        HttpResponse<String> plan = get("/");
        assertThat(plan.uri().getPath()).startsWith("/plans/");
        String planText = HtmlUtils.htmlUnescape(plan.body());
        assertThat(planText).contains("Lê Thị Hạnh", "Nghị quyết số 42-NQ/TW", "Phòng Lao động - Thương binh và Xã hội",
                "Ủy ban nhân dân các phường", "Hạn báo cáo: ngày 05/10 hằng năm (gửi trong ngày 05/10 vẫn đúng hạn)");
        VietnameseText.assertCorrect("plan.html", plan.body());

        HttpResponse<String> targets = get("/targets");
        String targetsText = HtmlUtils.htmlUnescape(targets.body());
        assertThat(targetsText).contains("Hiển thị 39 chỉ tiêu", "Tỷ lệ thất nghiệp chung dưới 2%", "< 2%",
                "2,0–2,1 con/phụ nữ", "≥ 4.000 lượt lao động/năm", "duy trì 100%", "duy trì 0%", "mức độ 3",
                "> 250 học viên/năm");
        assertThat(targets.body()).doesNotContain("status-met");
        VietnameseText.assertCorrect("targets.html", targets.body());

        long ct07 = jdbc.queryForObject("select id from target where code = 'CT07'", Long.class);
        HttpResponse<String> form = get("/targets/" + ct07 + "/values/edit?year=2025");
        assertThat(form.statusCode()).isEqualTo(200);
        VietnameseText.assertCorrect("value-form.html", form.body());
        long district = jdbc.queryForObject("select id from org_unit where code = '306'", Long.class);
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("_csrf", csrf(form.body()));
        entry.put("year", "2025");
        entry.put("orgUnitId", String.valueOf(district));
        entry.put("value", "1,8");
        entry.put("source", "Chi cục Thống kê");
        entry.put("version", "");
        HttpResponse<String> saved = post("/targets/" + ct07 + "/values", entry);
        assertThat(saved.uri().getPath()).isEqualTo("/targets/" + ct07);
        String savedText = HtmlUtils.htmlUnescape(saved.body());
        assertThat(savedText).contains("Đã lưu giá trị 1,8% của Quận Hải An năm 2025.",
                "Giá trị năm 2025 là 1,8%, đáp ứng mục tiêu < 2%.", "Lê Thị Hạnh");
        VietnameseText.assertCorrect("target.html", saved.body());

        String table = HtmlUtils.htmlUnescape(get("/targets").body());
        int row = table.indexOf("Tỷ lệ thất nghiệp chung dưới 2%");
        assertThat(table.substring(row, table.indexOf("</tr>", row))).contains("1,8%", "(2025)", ">Đạt<");
    }

    @Test
    void errorsArePlainVietnamesePagesNeverAStackTrace() throws Exception {
        accounts.create("tuan.nv", "Mật-khẩu-2025", "Nguyễn Văn Tuấn", Role.WARD_OFFICER,
                jdbc.queryForObject("select id from org_unit where code = '11422'", Long.class));
        HttpResponse<String> login = get("/login");
        post("/login", Map.of("username", "tuan.nv", "password", "Mật-khẩu-2025", "_csrf", csrf(login.body())));
        long ct07 = jdbc.queryForObject("select id from target where code = 'CT07'", Long.class);

        HttpResponse<String> forbidden = get("/targets/" + ct07 + "/values/edit?year=2025");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(HtmlUtils.htmlUnescape(forbidden.body())).contains("Không có quyền truy cập", "Nguyễn Văn Tuấn");

        HttpResponse<String> missing = get("/targets/987654321");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(HtmlUtils.htmlUnescape(missing.body())).contains("Không tìm thấy trang");

        HttpResponse<String> bad = get("/targets/abc");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(HtmlUtils.htmlUnescape(bad.body())).contains("Yêu cầu không hợp lệ").doesNotContain("Exception");

        HttpResponse<String> noPage = get("/khong-co-trang-nay");
        assertThat(noPage.statusCode()).isEqualTo(404);
        assertThat(HtmlUtils.htmlUnescape(noPage.body())).contains("Không tìm thấy trang");
        for (HttpResponse<String> page : new HttpResponse[]{forbidden, missing, bad}) {
            VietnameseText.assertCorrect("error.html", page.body());
        }
    }

    @Test
    void afterAnExpiredSessionLoginLeadsBackToTheFormButNeverElsewhere() throws Exception {
        HttpResponse<String> login = get("/login?expired&continue=%2Ftargets%2F3%2Fvalues%2Fedit");
        assertThat(login.body()).contains("Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.",
                "name=\"continue\" value=\"/targets/3/values/edit\"");
        HttpResponse<String> back = post("/login", Map.of("username", "hanh.lt", "password", "Mật-khẩu-2025",
                "_csrf", csrf(login.body()), "continue", "/targets/3/values/edit"));
        assertThat(back.uri().getPath()).isEqualTo("/targets/3/values/edit");
        assertThat(back.body()).contains("data-autosave=\"value-3-");

        HttpClient other = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = other.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> evil = other.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=hanh.lt&password=" + URLEncoder.encode("Mật-khẩu-2025", StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(csrf(page.body()), StandardCharsets.UTF_8) + "&continue=%2F%2Fexample.org%2Fx"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(evil.statusCode()).isEqualTo(302);
        assertThat(evil.headers().firstValue("Location").orElseThrow()).endsWith("localhost:" + port + "/").doesNotContain("example.org");
    }
}
