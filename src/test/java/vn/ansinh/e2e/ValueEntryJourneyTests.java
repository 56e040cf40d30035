package vn.ansinh.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.web.util.HtmlUtils;

import vn.ansinh.VietnameseText;
import vn.ansinh.user.Role;

/**
 * The value-entry journey in a real browser against the running app on PostgreSQL: district staff log in (after one
 * wrong password), read the plan and the targets, enter 1,8 for unemployment (CT07, a percentage) after the form
 * refused "2.1" and "130", and see the target become "Đạt". Pages are checked with the Vietnamese spelling tool.
 * Error pages and the login after an expired session are checked over plain HTTP.
 */
class ValueEntryJourneyTests extends BrowserTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private String staff;

    @BeforeEach
    void clean() {
        clearValuesAndReports();
        staff = account("hanh", "Lê Thị Hạnh", Role.DISTRICT_STAFF, "306-LDTBXH");
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
    void districtStaffLogsInEntersUnemploymentAndSeesItMet() {
        long ct07 = target("CT07");
        try (Browser b = new Browser(port, "value-entry")) {
            b.open("/targets");
            assertThat(b.path()).isEqualTo("/login");
            assertThat(b.text()).contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu");
            b.screenshots("login");

            b.login(staff, "sai");
            assertThat(b.find(".alert-danger").getText()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng thử lại.");
            assertThat(b.find("#username").getDomProperty("value")).isEqualTo(staff);
            b.login(staff, PASSWORD);
            assertThat(b.path()).as("back to the page asked for before login (Spring Security marks it ?continue)")
                    .isEqualTo("/targets?continue");
            String targets = b.text();
            assertThat(targets).contains("Hiển thị 39 chỉ tiêu", "Tỷ lệ thất nghiệp chung dưới 2%", "< 2%",
                    "2,0–2,1 con/phụ nữ", "≥ 4.000 lượt lao động/năm", "duy trì 100%", "duy trì 0%", "mức độ 3",
                    "> 250 học viên/năm");
            assertThat(b.driver().findElements(By.cssSelector(".status-met"))).isEmpty();
            VietnameseText.assertCorrect("targets.html", b.driver().getPageSource());
            b.screenshots("targets");

            b.open("/");
            assertThat(b.path()).startsWith("/plans/");
            assertThat(b.text()).contains("Lê Thị Hạnh", "Nghị quyết số 42-NQ/TW", "Phòng Lao động - Thương binh và Xã hội",
                    "Ủy ban nhân dân các phường", "Hạn báo cáo: ngày 05/10 hằng năm (gửi trong ngày 05/10 vẫn đúng hạn)");
            VietnameseText.assertCorrect("plan.html", b.driver().getPageSource());

            b.open("/targets");
            b.clickAndWait(b.driver().findElement(By.linkText("Tỷ lệ thất nghiệp chung dưới 2%")));
            assertThat(b.path()).isEqualTo("/targets/" + ct07);
            b.clickAndWait(b.driver().findElement(By.linkText("Nhập giá trị năm 2026")));
            assertThat(b.path()).isEqualTo("/targets/" + ct07 + "/values/edit?year=2026");
            assertThat(b.find("#chooseUnit option:checked").getText()).isEqualTo("Quận Hải An");
            VietnameseText.assertCorrect("value-form.html", b.driver().getPageSource());

            // a dot is a thousands separator in Vietnamese: "2.1" is refused as ambiguous, and stays in the box
            b.type("#value", "2.1");
            b.type("#source", "Chi cục Thống kê");
            b.clickAndWait("form.entry-form button[type=submit]");
            assertThat(b.find(".invalid-feedback").getText())
                    .isEqualTo("“2.1” chưa rõ: dấu chấm dùng để phân cách hàng nghìn. Nếu là số thập phân, hãy nhập 2,1.");
            assertThat(b.find("#value").getDomProperty("value")).isEqualTo("2.1");
            b.screenshots("value-ambiguous");
            // a percentage is at most 100
            b.type("#value", "130");
            b.clickAndWait("form.entry-form button[type=submit]");
            assertThat(b.find(".invalid-feedback").getText()).isEqualTo("Tỷ lệ phải từ 0 đến 100%, bạn đã nhập 130.");
            assertThat(jdbc.queryForObject("select count(*) from indicator_value", Integer.class)).isZero();

            b.type("#value", "1,8");
            b.screenshots("value-form");
            b.clickAndWait("form.entry-form button[type=submit]");
            assertThat(b.path()).isEqualTo("/targets/" + ct07);
            assertThat(b.find(".alert-success").getText()).isEqualTo("Đã lưu giá trị 1,8% của Quận Hải An năm 2026.");
            assertThat(b.text()).contains("Giá trị năm 2026 là 1,8%, đáp ứng mục tiêu < 2%.", "Lê Thị Hạnh");
            assertThat(b.find(".card .status").getText()).isEqualTo("Đạt");
            VietnameseText.assertCorrect("target.html", b.driver().getPageSource());
            b.screenshots("value-saved");

            b.open("/targets");
            String row = b.driver().findElement(By.xpath("//tr[.//a[text()='Tỷ lệ thất nghiệp chung dưới 2%']]")).getText();
            assertThat(row).contains("1,8%", "(2026)", "Đạt");
        }
        assertThat(jdbc.queryForObject("select value from indicator_value where target_id = ?", String.class, ct07))
                .isEqualTo("1.8000");
    }

    @Test
    void errorsArePlainVietnamesePagesNeverAStackTrace() throws Exception {
        String ward = account("tuan", "Nguyễn Văn Tuấn", Role.WARD_OFFICER, "11422");
        HttpResponse<String> login = get("/login");
        post("/login", Map.of("username", ward, "password", PASSWORD, "_csrf", csrf(login.body())));
        long ct07 = target("CT07");

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
        HttpResponse<String> back = post("/login", Map.of("username", staff, "password", PASSWORD,
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
                .POST(HttpRequest.BodyPublishers.ofString("username=" + staff + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(csrf(page.body()), StandardCharsets.UTF_8) + "&continue=%2F%2Fexample.org%2Fx"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(evil.statusCode()).isEqualTo(302);
        assertThat(evil.headers().firstValue("Location").orElseThrow()).endsWith("localhost:" + port + "/").doesNotContain("example.org");
    }
}
