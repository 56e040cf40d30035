package vn.ansinh.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import vn.ansinh.user.Role;

/**
 * The main pages under the Content Security Policy in a real browser: district staff open every main page (charts
 * included) and the console shows no CSP violation; on the value form the year selector still submits by itself and
 * typing a numerator still clears the old value (both moved from inline handlers to app.js).
 */
class ContentSecurityPolicyJourneyTests extends BrowserTestSupport {

    @BeforeEach
    void values() {
        clearValuesAndReports();
        for (int year : List.of(2024, 2025)) {
            jdbc.update("insert into indicator_value (target_id, org_unit_id, year, value, numerator, denominator, source, "
                            + "updated_by, updated_at) values (?, ?, ?, 2.5, 25, 1000, 'Phòng Y tế', 'canbo', now())",
                    target("CT07"), unit("306"), year);
        }
    }

    @AfterEach
    void clean() {
        clearValuesAndReports();
    }

    @Test
    void mainPagesShowNoViolationAndTheFormerInlineHandlersWork() {
        String staff = account("canbo", "Trần Thị Lan", Role.DISTRICT_STAFF, null);
        long ct07 = target("CT07");
        List<String> violations = new ArrayList<>();
        try (Browser b = new Browser(port, "csp")) {
            b.open("/login");
            violations.addAll(b.cspViolations());
            b.login(staff, PASSWORD);
            for (String page : List.of("/", "/plans", "/targets", "/targets/" + ct07, "/tasks", "/cycles", "/summary",
                    "/summary/targets", "/summary/tasks", "/units/" + unit("306-YT"), "/admin/users", "/admin/units",
                    "/admin/plans", "/admin/workbook", "/admin/annual-report", "/account/password")) {
                b.open(page);
                b.wait(10).until(d -> "complete".equals(b.driver().executeScript("return document.readyState")));
                violations.addAll(b.cspViolations().stream().map(v -> page + ": " + v).toList());
            }
            b.open("/targets/" + ct07);
            b.wait(10).until(d -> !d.findElements(By.cssSelector("[data-chart] svg")).isEmpty());
            violations.addAll(b.cspViolations().stream().map(v -> "chart: " + v).toList());

            b.open("/targets/" + ct07 + "/values/edit?year=2025");
            assertThat(b.find("#value").getAttribute("value")).isEqualTo("2,5");
            b.type("#numerator", "30");
            assertThat(b.find("#value").getAttribute("value")).as("a new numerator clears the old value").isEmpty();
            var html = b.driver().findElement(By.tagName("html"));
            new Select(b.find("#chooseYear")).selectByVisibleText("2024");
            b.wait(10).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(html));
            assertThat(b.path()).contains("year=2024");
            violations.addAll(b.cspViolations().stream().map(v -> "value form: " + v).toList());
        }
        assertThat(violations).isEmpty();
    }
}
