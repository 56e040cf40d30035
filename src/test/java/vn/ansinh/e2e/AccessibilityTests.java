package vn.ansinh.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.plan.PlanService;
import vn.ansinh.report.ReportService;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * Runs axe-core (the accessibility rules engine, fetched from the npm registry into {@code target/axe} by the build,
 * see the pom's e2e-axe profile) on the main pages in a real browser, at desktop and phone width: the login page,
 * the plan overview, the targets list, a target page with its chart, the value form, the ward report form and the
 * summary. No violation of impact "serious" or "critical" is allowed.
 */
class AccessibilityTests extends BrowserTestSupport {

    private static final Path AXE = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");

    /** Runs axe on the document and passes back the serious and critical violations, simplified. */
    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
              done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                .map(function (v) {
                  return v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 5).map(function (n) {
                    return n.target.join(' ') + (n.failureSummary ? ' (' + n.failureSummary.replace(/\\s+/g, ' ') + ')' : '');
                  }).join('; ');
                }));
            }, function (e) { done(['axe failed: ' + e]); });
            """;

    @Autowired
    ReportService reports;

    @Autowired
    PlanService plans;

    private String staff;
    private String ward;
    private long reportId;

    @BeforeEach
    void data() {
        clearValuesAndReports();
        staff = account("quan", "Lê Thị Hạnh", Role.DISTRICT_STAFF, "306-LDTBXH");
        ward = account("catbi", "Phạm Thu Trang", Role.WARD_OFFICER, "11422");
        for (Object[] v : List.of(new Object[]{"CT07", 2024, "2.03"}, new Object[]{"CT07", 2025, "1.8"},
                new Object[]{"CT06", 2025, "4120"})) {
            jdbc.update("insert into indicator_value (target_id, org_unit_id, year, value, updated_by, updated_at) "
                    + "values (?, ?, ?, ?::numeric, ?, timestamptz '2026-01-15 09:00:00+07')", target((String) v[0]),
                    unit("306"), v[1], v[2], staff);
        }
        CurrentUser staffUser = new CurrentUser(staff, "x", "Lê Thị Hạnh", Role.DISTRICT_STAFF, null, true);
        long cycle = reports.openCycle(staffUser, plans.current(), 2026).getId();
        CurrentUser wardUser = new CurrentUser(ward, "x", "Phạm Thu Trang", Role.WARD_OFFICER, unit("11422"), true);
        reportId = reports.start(wardUser, cycle).getId();
    }

    @AfterEach
    void clean() {
        clearValuesAndReports();
    }

    @Test
    void mainPagesHaveNoSeriousOrCriticalViolations() throws IOException {
        assertThat(AXE).as("axe-core from npm (the build's e2e-axe profile runs npm install into target/axe)").exists();
        String axe = Files.readString(AXE);
        long ct07 = target("CT07");
        Map<String, List<String>> found = new LinkedHashMap<>();
        try (Browser b = new Browser(port, "accessibility")) {
            b.open("/login");
            check(b, axe, "login", found);
            b.login(staff, PASSWORD);
            b.open("/");
            assertThat(b.path()).startsWith("/plans/");
            check(b, axe, "plan overview", found);
            b.open("/targets");
            check(b, axe, "targets list", found);
            b.open("/targets/" + ct07);
            b.wait(10).until(d -> !d.findElements(By.cssSelector(".chart svg path")).isEmpty());
            check(b, axe, "target page", found);
            b.open("/targets/" + ct07 + "/values/edit?year=2026");
            check(b, axe, "value form", found);
            b.open("/summary?year=2025");
            b.wait(10).until(d -> !d.findElements(By.cssSelector(".chart svg path")).isEmpty());
            check(b, axe, "summary", found);
            b.clickAndWait("form[action$='/logout'] button");
            b.login(ward, PASSWORD);
            b.open("/reports/" + reportId + "/edit");
            assertThat(b.path()).isEqualTo("/reports/" + reportId + "/edit");
            check(b, axe, "report edit", found);
        }
        assertThat(found).as("serious or critical axe-core violations by page").isEmpty();
    }

    /** Runs axe at desktop and at phone width; records what it finds under the page's name. */
    @SuppressWarnings("unchecked")
    private static void check(Browser b, String axe, String page, Map<String, List<String>> found) {
        for (boolean phone : new boolean[]{false, true}) {
            b.viewport(phone ? Browser.PHONE : Browser.DESKTOP);
            b.driver().executeScript(axe);
            List<String> violations = (List<String>) b.driver().executeAsyncScript(RUN_AXE);
            if (!violations.isEmpty()) {
                found.put(page + (phone ? " (phone)" : " (desktop)"), violations);
            }
        }
        b.viewport(Browser.DESKTOP);
        b.screenshots(page.replace(' ', '-'));
    }
}
