package vn.ansinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import vn.ansinh.FixedClock;
import vn.ansinh.plan.PlanService;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * E-mail reminders against a real SMTP server (GreenMail on a free local port), "now" frozen at 30/11/2026.
 */
@SpringBootTest
@Import(FixedClock.class)
class ReminderMailTests {

    private static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    ReminderService reminders;

    @Autowired
    ReportService reports;

    @Autowired
    PlanService plans;

    @Autowired
    JdbcTemplate jdbc;

    private long cycleId;

    @BeforeEach
    void clean() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        for (String table : new String[]{"reminder_sent", "job_run", "ward_report_scan", "ward_report_transition",
                "ward_report_result", "ward_report", "reporting_cycle_change", "reporting_cycle"}) {
            jdbc.update("delete from " + table);
        }
        jdbc.update("update org_unit set contact_email = null");
        jdbc.update("update org_unit set contact_email = 'catbi@example.org' where code = '11422'");
        jdbc.update("update org_unit set contact_email = 'thanhto@example.org' where code = '11414'");
        CurrentUser staff = new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
        cycleId = reports.openCycle(staff, plans.current(), 2026).getId();
    }

    private void deadline(LocalDate date) {
        jdbc.update("update reporting_cycle set deadline = ? where id = ?", date, cycleId);
    }

    @Test
    void sevenDaysBeforeTheDeadlineEveryWardWithoutASubmittedReportIsReminded() throws Exception {
        deadline(LocalDate.of(2026, 12, 7));
        assertThat(reminders.enabled()).isTrue();
        assertThat(reminders.sendDue()).isEqualTo(2);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(Arrays.stream(received).map(m -> {
            try {
                return m.getAllRecipients()[0].toString() + " | " + m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).containsExactlyInAnyOrder("catbi@example.org | Nhắc nộp báo cáo thực hiện Kế hoạch – Phường Cát Bi",
                "thanhto@example.org | Nhắc nộp báo cáo thực hiện Kế hoạch – Phường Thành Tô");
        MimeMessage toCatBi = Arrays.stream(received)
                .filter(m -> GreenMailUtil.getHeaders(m).contains("catbi@example.org")).findFirst().orElseThrow();
        assertThat((String) toCatBi.getContent())
                .contains("Kính gửi Ủy ban nhân dân phường Cát Bi", "- Báo cáo năm 2026: hạn nộp chậm nhất hết ngày 07/12/2026, còn 7 ngày.");
        // the same day again: nothing more, even from another node
        assertThat(reminders.sendDue()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }

    @Test
    void afterTheDeadlineOnlyWardsStillMissingAreReminded() throws Exception {
        deadline(LocalDate.of(2026, 11, 29));
        CurrentUser catBi = new CurrentUser("pb", "x", "Cán bộ", Role.WARD_OFFICER,
                jdbc.queryForObject("select id from org_unit where code = '11422'", Long.class), true);
        long id = reports.start(catBi, cycleId).getId();
        reports.submit(catBi, id, new ReportContent(java.util.Map.of("III.1", "Kết quả"), "Ưu điểm", null, null, null,
                null, null), 0);
        assertThat(reminders.sendDue()).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("thanhto@example.org");
        assertThat(jdbc.queryForObject("select kind || ' ' || email from reminder_sent", String.class))
                .isEqualTo("OVERDUE thanhto@example.org");
    }

    @Test
    void aWardBehindOnTwoCyclesGetsOneDigest() throws Exception {
        deadline(LocalDate.of(2026, 11, 29));
        CurrentUser staff = new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
        long older = reports.openCycle(staff, plans.current(), 2025).getId();
        // the 2025 cycle's deadline moved to 02/11/2026: 28 days overdue today, a reminder day (every 7 days)
        jdbc.update("update reporting_cycle set deadline = '2026-11-02' where id = ?", older);
        jdbc.update("update org_unit set contact_email = null where code = '11414'");
        assertThat(reminders.sendDue()).isEqualTo(1);
        String body = (String) SMTP.getReceivedMessages()[0].getContent();
        assertThat(body).contains("- Báo cáo năm 2026: đã quá hạn 1 ngày (hạn nộp hết ngày 29/11/2026).",
                "- Báo cáo năm 2025: đã quá hạn 28 ngày (hạn nộp hết ngày 02/11/2026).");
    }

    @Test
    void onOtherDaysNothingIsSent() {
        deadline(LocalDate.of(2026, 12, 20));
        assertThat(reminders.sendDue()).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }
}
