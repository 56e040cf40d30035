package vn.ansinh.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.VietnameseText;
import vn.ansinh.plan.PlanService;
import vn.ansinh.report.ReportService;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * The annual ward report in a real browser, "now" 30/11/2026 and the 2026 cycle due 05/12/2026: a ward official of
 * Cát Bi starts the report, is refused a submission without the strengths, saves a draft, submits and sees it
 * locked; district staff are refused a return without a reason, then return it with one; the ward sees the reason,
 * corrects and resubmits; staff accept it.
 */
class WardReportJourneyTests extends BrowserTestSupport {

    @Autowired
    ReportService reports;

    @Autowired
    PlanService plans;

    private String ward;
    private String staff;

    @BeforeEach
    void cycle() {
        clearValuesAndReports();
        ward = account("catbi", "Phạm Thu Trang", Role.WARD_OFFICER, "11422");
        staff = account("quan", "Lê Thị Hạnh", Role.DISTRICT_STAFF, "306-LDTBXH");
        long cycle = reports.openCycle(new CurrentUser(staff, "x", "Lê Thị Hạnh", Role.DISTRICT_STAFF, null, true),
                plans.current(), 2026).getId();
        jdbc.update("update reporting_cycle set deadline = date '2026-12-05' where id = ?", cycle);
    }

    @AfterEach
    void clean() {
        clearValuesAndReports();
    }

    private String state() {
        return jdbc.queryForObject("select state from ward_report", String.class);
    }

    @Test
    void wardSubmitsDistrictReturnsWardResubmitsDistrictAccepts() {
        try (Browser b = new Browser(port, "ward-report")) {
            b.open("/reports");
            b.login(ward, PASSWORD);
            assertThat(b.path()).startsWith("/reports");
            assertThat(b.find("h1").getText()).isEqualTo("Báo cáo thực hiện Kế hoạch của phường Cát Bi");
            assertThat(b.text()).contains("Kỳ báo cáo năm 2026", "Chưa lập");
            b.screenshots("reports");

            b.clickAndWait(b.driver().findElement(By.xpath("//button[text()='Lập báo cáo']")));
            long id = jdbc.queryForObject("select id from ward_report", Long.class);
            assertThat(b.path()).isEqualTo("/reports/" + id + "/edit");
            assertThat(b.text()).contains("Hạn nộp: hết ngày 05/12/2026", "Còn 5 ngày đến hạn.", "Nháp");
            VietnameseText.assertCorrect("report-edit.html", b.driver().getPageSource());

            // bad input: submitting without the strengths is refused, and what was typed stays
            b.type("#results0", "Tổ chức 12 buổi tuyên truyền chính sách an sinh xã hội.");
            b.type("#results3", "Giới thiệu việc làm cho 512 lượt lao động.");
            b.clickAndWait("button[name=action][value=submit]");
            assertThat(b.find(".alert-danger").getText()).isEqualTo("Chưa gửi được: cần ghi kết quả thực hiện của ít nhất "
                    + "một nhóm nhiệm vụ và phần ưu điểm. Nội dung đã nhập vẫn còn bên dưới.");
            assertThat(b.find("#results0").getDomProperty("value")).isEqualTo("Tổ chức 12 buổi tuyên truyền chính sách an sinh xã hội.");
            assertThat(state()).isEqualTo("DRAFT");
            b.screenshots("submit-refused");

            b.clickAndWait("button[name=action][value=save]");
            assertThat(b.find(".alert-success").getText()).isEqualTo("Đã lưu nháp báo cáo.");
            assertThat(b.find("#results3").getDomProperty("value")).isEqualTo("Giới thiệu việc làm cho 512 lượt lao động.");

            b.type("#strengths", "Chi trả trợ cấp kịp thời, đúng đối tượng.");
            b.clickAndWait("button[name=action][value=submit]");
            assertThat(b.path()).isEqualTo("/reports/" + id);
            assertThat(b.find(".alert-success").getText()).isEqualTo("Đã gửi báo cáo lên Ủy ban nhân dân quận.");
            assertThat(b.find("dl .status").getText()).isEqualTo("Đã gửi");
            assertThat(b.driver().findElements(By.linkText("Sửa báo cáo"))).as("locked: no edit button").isEmpty();
            b.screenshots("submitted");
            b.open("/reports/" + id + "/edit");
            assertThat(b.path()).as("the edit form of a submitted report leads back to the report").isEqualTo("/reports/" + id);
            assertThat(state()).isEqualTo("SUBMITTED");
            b.clickAndWait("form[action$='/logout'] button");

            b.login(staff, PASSWORD);
            b.open("/cycles");
            b.clickAndWait(b.driver().findElement(By.partialLinkText("2026")));
            String row = b.driver().findElement(By.xpath("//tr[td[text()='Phường Cát Bi']]")).getText();
            assertThat(row).contains("Đã gửi", "10:00 30/11/2026");
            b.clickAndWait(b.driver().findElement(By.xpath("//tr[td[text()='Phường Cát Bi']]//a")));
            assertThat(b.path()).isEqualTo("/reports/" + id);
            assertThat(b.text()).contains("Tổ chức 12 buổi tuyên truyền chính sách an sinh xã hội.", "Chi trả trợ cấp kịp thời, đúng đối tượng.");
            VietnameseText.assertCorrect("report-view.html", b.driver().getPageSource());

            // bad input: returning without a reason
            b.clickAndWait("form[action$='/return'] button");
            assertThat(b.find(".alert-danger").getText()).isEqualTo("Hãy ghi lý do trả lại để phường biết cần sửa gì.");
            assertThat(state()).isEqualTo("SUBMITTED");
            b.screenshots("return-refused");
            b.type("#reason", "Bổ sung số liệu hộ nghèo cuối năm.");
            b.clickAndWait("form[action$='/return'] button");
            assertThat(b.find(".alert-success").getText()).isEqualTo("Đã trả lại báo cáo cho phường.");
            assertThat(b.find("dl .status").getText()).isEqualTo("Bị trả lại");
            b.clickAndWait("form[action$='/logout'] button");

            b.login(ward, PASSWORD);
            b.open("/reports");
            assertThat(b.text()).contains("Bị trả lại");
            b.clickAndWait(b.driver().findElement(By.linkText("Tiếp tục soạn")));
            assertThat(b.find("section .alert-warning").getText()).isEqualTo("Lý do trả lại: Bổ sung số liệu hộ nghèo cuối năm.");
            b.screenshots("returned");
            b.type("#results1", "Hộ nghèo cuối năm 2026: 0 hộ; hộ cận nghèo: 14 hộ.");
            b.clickAndWait("button[name=action][value=submit]");
            assertThat(b.find(".alert-success").getText()).isEqualTo("Đã gửi báo cáo lên Ủy ban nhân dân quận.");
            assertThat(state()).isEqualTo("SUBMITTED");
            b.clickAndWait("form[action$='/logout'] button");

            b.login(staff, PASSWORD);
            b.open("/reports/" + id);
            assertThat(b.text()).contains("Hộ nghèo cuối năm 2026: 0 hộ; hộ cận nghèo: 14 hộ.");
            b.clickAndWait("form[action$='/accept'] button");
            assertThat(b.find(".alert-success").getText()).isEqualTo("Đã tiếp nhận báo cáo.");
            assertThat(b.find("dl .status").getText()).isEqualTo("Đã tiếp nhận");
            assertThat(b.text()).contains("Đúng hạn");
            assertThat(b.driver().findElements(By.cssSelector("form[action$='/accept']"))).isEmpty();
            b.screenshots("accepted");
        }
        assertThat(jdbc.queryForList("select coalesce(from_state, '-') || '>' || to_state from ward_report_transition "
                + "order by id", String.class))
                .containsExactly("->DRAFT", "DRAFT>SUBMITTED", "SUBMITTED>RETURNED", "RETURNED>SUBMITTED", "SUBMITTED>ACCEPTED");
    }
}
