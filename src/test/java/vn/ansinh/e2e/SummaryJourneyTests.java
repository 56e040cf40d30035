package vn.ansinh.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import vn.ansinh.VietnameseText;
import vn.ansinh.user.Role;

/**
 * A leader reads the summary in a real browser: /summary for this year (2026, "now" being 30/11/2026), then 2025
 * from the year selector, where two targets are "Đạt" (CT06 and CT07, values inserted for the district); the count
 * leads to the list of those targets and on to CT07's page, whose ECharts chart is drawn as SVG. An unknown task
 * state in the address gives the Vietnamese "bad request" page.
 */
class SummaryJourneyTests extends BrowserTestSupport {

    private String leader;

    @BeforeEach
    void values() {
        clearValuesAndReports();
        leader = account("lanhdao", "Nguyễn Văn Thành", Role.LEADER, null);
        insertValue("CT07", 2024, "2.03");
        insertValue("CT07", 2025, "1.8");
        insertValue("CT06", 2025, "4120");
    }

    @AfterEach
    void clean() {
        clearValuesAndReports();
    }

    private void insertValue(String target, int year, String value) {
        jdbc.update("insert into indicator_value (target_id, org_unit_id, year, value, source, updated_by, updated_at) "
                        + "values (?, ?, ?, ?::numeric, 'Chi cục Thống kê', ?, timestamptz '2026-01-15 09:00:00+07')",
                target(target), unit("306"), year, value, leader);
    }

    @Test
    void leaderChangesTheYearDrillsDownAndOpensATargetChart() {
        long ct07 = target("CT07");
        try (Browser b = new Browser(port, "summary")) {
            b.open("/summary");
            b.login(leader, PASSWORD);
            assertThat(b.find("h1").getText()).isEqualTo("Tổng hợp thực hiện kế hoạch năm 2026");
            VietnameseText.assertCorrect("summary.html", b.driver().getPageSource());

            new Select(b.find("#year")).selectByVisibleText("2025");
            b.clickAndWait("form[action$='/summary'] button[type=submit]");
            assertThat(b.path()).contains("year=2025");
            assertThat(b.find("h1").getText()).isEqualTo("Tổng hợp thực hiện kế hoạch năm 2025");
            assertThat(b.text()).contains("Chỉ tiêu (39 chỉ tiêu)");
            waitForChart(b);
            b.screenshots("summary-2025");

            WebElement met = b.driver().findElement(By.xpath("//tr[th//span[text()='Đạt']]//a"));
            assertThat(met.getText()).isEqualTo("2");
            b.clickAndWait(met);
            assertThat(b.find("h1").getText()).isEqualTo("Danh sách chỉ tiêu");
            assertThat(b.text()).contains("Số liệu tính đến hết năm 2025 · Đạt");
            List<String> codes = b.driver().findElements(By.cssSelector(".targets-table tbody td:first-child a")).stream()
                    .map(WebElement::getText).toList();
            assertThat(codes).containsExactly("CT06", "CT07");
            b.screenshots("drill-down");

            b.clickAndWait(b.driver().findElement(By.linkText("CT07")));
            assertThat(b.path()).isEqualTo("/targets/" + ct07);
            assertThat(b.text()).contains("Biểu đồ giá trị theo năm so với lộ trình và mục tiêu");
            WebElement svg = waitForChart(b);
            assertThat(svg.findElements(By.tagName("path"))).as("lines and points are drawn").isNotEmpty();
            assertThat(svg.getText()).contains("2024", "2025", "2030");
            b.screenshots("target-chart", b.driver().findElement(By.xpath("//h2[text()='Biểu đồ giá trị theo năm so với lộ trình và mục tiêu']")));

            // bad input in the address: an unknown task state
            b.open("/summary/tasks?state=XYZ");
            assertThat(b.driver().getTitle()).contains("Yêu cầu không hợp lệ");
            assertThat(b.find("h1").getText()).isEqualTo("Yêu cầu không hợp lệ");
            assertThat(b.text()).contains("Không xử lý được yêu cầu. Hãy kiểm tra lại địa chỉ hoặc quay lại trang trước.")
                    .doesNotContain("Exception", "XYZ");
            b.screenshots("bad-request");
        }
    }

    /** Waits until ECharts has drawn the page's first chart as SVG (charts.js, renderer "svg"). */
    @Test
    void aTargetLineBelowEveryValueIsStillDrawn() {
        // CT19: life expectancy at least 75,5 years; the values 75,7 and 75,6 are both above it
        insertValue("CT19", 2024, "75.7");
        insertValue("CT19", 2026, "75.6");
        try (Browser b = new Browser(port, "target-line")) {
            b.open("/targets/" + target("CT19"));
            b.login(leader, PASSWORD);
            WebElement svg = waitForChart(b);
            assertThat(svg.getText()).contains("Mục tiêu 2030: 75,5", "75,7", "75,6");
            b.screenshots("chart", svg);
        }
    }

    private static WebElement waitForChart(Browser b) {
        return b.wait(10).until(d -> d.findElements(By.cssSelector(".chart svg")).stream()
                .filter(s -> !s.findElements(By.tagName("path")).isEmpty()).findFirst().orElse(null));
    }
}
