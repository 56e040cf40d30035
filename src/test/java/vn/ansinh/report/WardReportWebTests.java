package vn.ansinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ansinh.FixedClock;
import vn.ansinh.plan.PlanService;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * The ward report cycle over MVC on real PostgreSQL, "now" frozen at 30/11/2026 10:00 (Vietnam): drafts,
 * submission, return with reason, resubmission, acceptance, access between wards, conflicts and completeness.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
class WardReportWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportService reports;

    @Autowired
    PlanService plans;

    private long cycleId;

    @BeforeEach
    void clean() {
        jdbc.update("delete from indicator_value_change");
        jdbc.update("delete from indicator_value");
        jdbc.update("delete from reminder_sent");
        jdbc.update("delete from ward_report_scan");
        jdbc.update("delete from ward_report_transition");
        jdbc.update("delete from ward_report_result");
        jdbc.update("delete from ward_report");
        jdbc.update("delete from reporting_cycle_change");
        jdbc.update("delete from reporting_cycle");
        cycleId = reports.openCycle(staff(), plans.current(), 2026).getId();
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    private static CurrentUser staff() {
        return new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
    }

    private CurrentUser ward(String code) {
        return new CurrentUser("pb." + code, "x", "Cán bộ phường " + code, Role.WARD_OFFICER, unit(code), true);
    }

    private long start(CurrentUser officer) throws Exception {
        String location = mvc.perform(post("/reports").param("cycleId", String.valueOf(cycleId)).with(csrf()).with(user(officer)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.replaceAll("\\D+", " ").trim().split(" ")[0]);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from ward_report where id = ?", Long.class, id);
    }

    private String state(long id) {
        return jdbc.queryForObject("select state from ward_report where id = ?", String.class, id);
    }

    private MockHttpServletRequestBuilder write(long id, String action, String firstGroup, String strengths) {
        return post("/reports/{id}", id).param("action", action).param("version", String.valueOf(version(id)))
                .param("results[0]", firstGroup).param("results[3]", "Giới thiệu việc làm cho 512 lượt lao động.")
                .param("strengths", strengths).param("difficulties", "Thiếu cán bộ chuyên trách.").with(csrf());
    }

    private void deadline(String date) {
        jdbc.update("update reporting_cycle set deadline = ?::date where id = ?", date, cycleId);
    }

    @Test
    void theWholeCycleFromDraftToAcceptance() throws Exception {
        deadline("2026-12-05");
        CurrentUser catBi = ward("11422");
        long id = start(catBi);
        mvc.perform(get("/reports/{id}/edit", id).with(user(catBi)))
                .andExpect(content().string(containsString("Kết quả thực hiện: 8. Đẩy mạnh hợp tác và tranh thủ nguồn lực")))
                .andExpect(content().string(containsString("Hạn nộp: hết ngày 05/12/2026")))
                .andExpect(content().string(containsString("Còn 5 ngày đến hạn.")));

        // a submission without the strengths is refused, and what was typed stays
        mvc.perform(write(id, "submit", "Tổ chức 12 buổi tuyên truyền.", "").with(user(catBi)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa gửi được: cần ghi kết quả thực hiện của ít nhất một nhóm nhiệm vụ và phần ưu điểm.")))
                .andExpect(content().string(containsString("Tổ chức 12 buổi tuyên truyền.")));
        assertThat(state(id)).isEqualTo("DRAFT");

        mvc.perform(write(id, "save", "Tổ chức 12 buổi tuyên truyền.", "").with(user(catBi)))
                .andExpect(redirectedUrl("/reports/" + id + "/edit")).andExpect(flash().attribute("message", "report.saved"));
        mvc.perform(write(id, "submit", "Tổ chức 12 buổi tuyên truyền.", "Chi trả trợ cấp kịp thời.").with(user(catBi)))
                .andExpect(redirectedUrl("/reports/" + id)).andExpect(flash().attribute("message", "report.submitted"));
        assertThat(state(id)).isEqualTo("SUBMITTED");
        Timestamp first = jdbc.queryForObject("select first_submitted_at from ward_report where id = ?", Timestamp.class, id);
        assertThat(first.toInstant()).isEqualTo(FixedClock.NOW);

        // submitted: the ward can no longer change it
        mvc.perform(write(id, "save", "Sửa sau khi gửi", "x").with(user(catBi)))
                .andExpect(content().string(containsString("Báo cáo đã gửi hoặc đã được tiếp nhận nên không thể sửa.")));

        // the district returns it, a reason is required
        mvc.perform(post("/reports/{id}/return", id).param("version", String.valueOf(version(id))).param("reason", " ")
                        .with(csrf()).with(user(staff())))
                .andExpect(flash().attribute("error", "report.error.reasonRequired"));
        mvc.perform(post("/reports/{id}/return", id).param("version", String.valueOf(version(id)))
                        .param("reason", "Bổ sung số liệu hộ nghèo.").with(csrf()).with(user(staff())))
                .andExpect(flash().attribute("message", "report.returned"));
        assertThat(state(id)).isEqualTo("RETURNED");
        mvc.perform(get("/reports/{id}/edit", id).with(user(catBi)))
                .andExpect(content().string(containsString("Bổ sung số liệu hộ nghèo.")));

        // the ward corrects and resubmits; timeliness keeps the first submission
        mvc.perform(write(id, "submit", "Tổ chức 12 buổi tuyên truyền; hộ nghèo: 0.", "Chi trả trợ cấp kịp thời.").with(user(catBi)))
                .andExpect(redirectedUrl("/reports/" + id));
        assertThat(state(id)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select first_submitted_at from ward_report where id = ?", Timestamp.class, id))
                .isEqualTo(first);

        mvc.perform(post("/reports/{id}/accept", id).param("version", String.valueOf(version(id))).with(csrf()).with(user(staff())))
                .andExpect(flash().attribute("message", "report.accepted"));
        assertThat(state(id)).isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForList("select coalesce(from_state, '-') || '>' || to_state from ward_report_transition "
                + "where report_id = ? order by id", String.class, id))
                .containsExactly("->DRAFT", "DRAFT>SUBMITTED", "SUBMITTED>RETURNED", "RETURNED>SUBMITTED", "SUBMITTED>ACCEPTED");
        mvc.perform(get("/reports/{id}", id).with(user(staff())))
                .andExpect(content().string(containsString("Đã tiếp nhận")))
                .andExpect(content().string(containsString("Đúng hạn")))
                .andExpect(content().string(containsString("Giới thiệu việc làm cho 512 lượt lao động.")));
    }

    @Test
    void anotherWardsReportIsNotFoundAndUnchanged() throws Exception {
        long id = start(ward("11422"));
        CurrentUser thanhTo = ward("11414");
        mvc.perform(get("/reports/{id}", id).with(user(thanhTo))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/{id}/edit", id).with(user(thanhTo))).andExpect(status().isNotFound());
        mvc.perform(write(id, "submit", "Giả mạo", "Giả mạo").with(user(thanhTo))).andExpect(status().isNotFound());
        assertThat(state(id)).isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select count(*) from ward_report_result", Integer.class)).isZero();
        // the district does not read a ward's draft, and cannot write to it
        mvc.perform(get("/reports/{id}", id).with(user(staff()))).andExpect(status().isNotFound());
        mvc.perform(write(id, "save", "Quận sửa", "x").with(user(staff()))).andExpect(status().isForbidden());
        // a ward cannot accept or return
        mvc.perform(post("/reports/{id}/accept", id).param("version", "0").with(csrf()).with(user(ward("11422"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void twoOfficialsOfOneWardDoNotOverwriteEachOther() throws Exception {
        CurrentUser first = ward("11422");
        CurrentUser second = new CurrentUser("pb2", "x", "Cán bộ thứ hai", Role.WARD_OFFICER, unit("11422"), true);
        long id = start(first);
        long opened = version(id);
        mvc.perform(write(id, "save", "Bản của cán bộ thứ nhất", "").with(user(first))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/reports/{id}", id).param("action", "save").param("version", String.valueOf(opened))
                        .param("results[0]", "Bản của cán bộ thứ hai").with(csrf()).with(user(second)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Báo cáo vừa được pb.11422 lưu lúc 10:00 30/11/2026.")))
                .andExpect(content().string(containsString("Bản của cán bộ thứ hai")));
        assertThat(jdbc.queryForObject("select results from ward_report_result where report_id = ? and section_code = 'III.1'",
                String.class, id)).isEqualTo("Bản của cán bộ thứ nhất");
    }

    @Test
    void submittingAfterTheLockDateIsRefused() throws Exception {
        jdbc.update("update reporting_cycle set deadline = '2026-10-05', lock_date = '2026-11-15' where id = ?", cycleId);
        CurrentUser catBi = ward("11422");
        long id = start(catBi);
        mvc.perform(write(id, "submit", "Kết quả", "Ưu điểm").with(user(catBi)))
                .andExpect(content().string(containsString("Đã quá ngày khóa sổ của kỳ báo cáo nên không thể gửi.")));
        assertThat(state(id)).isEqualTo("DRAFT");
    }

    @Test
    void theDistrictReopensAReportWithAReasonAndAnEndDate() throws Exception {
        jdbc.update("update reporting_cycle set deadline = '2026-10-05', lock_date = '2026-11-15' where id = ?", cycleId);
        CurrentUser catBi = ward("11422");
        long id = start(catBi);
        mvc.perform(write(id, "submit", "Kết quả", "Ưu điểm").with(user(catBi)))
                .andExpect(content().string(containsString("Đã quá ngày khóa sổ")));
        mvc.perform(post("/reports/{id}/reopen", id).param("version", String.valueOf(version(id))).param("reason", "")
                        .param("until", "10/12/2026").with(csrf()).with(user(staff())))
                .andExpect(flash().attribute("error", "report.error.reopenReasonRequired"));
        mvc.perform(post("/reports/{id}/reopen", id).param("version", String.valueOf(version(id))).param("reason", "Phường xin gia hạn.")
                        .param("until", "29/11/2026").with(csrf()).with(user(staff())))
                .andExpect(flash().attribute("error", "report.error.reopenDate"));
        mvc.perform(get("/cycles/{id}", cycleId).with(user(staff())))
                .andExpect(content().string(containsString("/reports/" + id + "/reopen")));
        mvc.perform(post("/reports/{id}/reopen", id).param("version", String.valueOf(version(id))).param("reason", "Phường xin gia hạn.")
                        .param("until", "10/12/2026").param("cycleId", String.valueOf(cycleId)).with(csrf()).with(user(staff())))
                .andExpect(redirectedUrl("/cycles/" + cycleId))
                .andExpect(flash().attribute("message", "report.reopened"));
        mvc.perform(write(id, "submit", "Kết quả", "Ưu điểm").with(user(catBi))).andExpect(redirectedUrl("/reports/" + id));
        mvc.perform(post("/reports/{id}/accept", id).param("version", String.valueOf(version(id))).with(csrf()).with(user(staff())));
        assertThat(state(id)).isEqualTo("ACCEPTED");
        // an accepted report reopened goes back to the ward
        mvc.perform(post("/reports/{id}/reopen", id).param("version", String.valueOf(version(id)))
                        .param("reason", "Sai số liệu hộ nghèo, đề nghị sửa.").param("until", "15/12/2026")
                        .with(csrf()).with(user(staff())))
                .andExpect(flash().attribute("message", "report.reopened"));
        assertThat(state(id)).isEqualTo("RETURNED");
        assertThat(jdbc.queryForObject("select return_reason from ward_report where id = ?", String.class, id))
                .isEqualTo("Sai số liệu hộ nghèo, đề nghị sửa.");
        mvc.perform(post("/reports/{id}/reopen", id).param("version", String.valueOf(version(id))).param("reason", "x")
                .param("until", "15/12/2026").with(csrf()).with(user(catBi))).andExpect(status().isForbidden());
    }

    @Test
    void completenessShowsEveryWardOnTimeLateOrMissing() throws Exception {
        // deadline 05/10/2026: Cát Bi first submitted on 05/10 at 23:59:59 (+07), Thành Tô on 06/10 at 00:00 (+07)
        deadline("2026-10-05");
        long catBi = start(ward("11422"));
        long thanhTo = start(ward("11414"));
        start(ward("11410"));
        jdbc.update("update ward_report set state = 'SUBMITTED', first_submitted_at = ?, submitted_at = ? where id = ?",
                Timestamp.from(java.time.Instant.parse("2026-10-05T16:59:59Z")), Timestamp.from(java.time.Instant.parse("2026-10-05T16:59:59Z")), catBi);
        jdbc.update("update ward_report set state = 'SUBMITTED', first_submitted_at = ?, submitted_at = ? where id = ?",
                Timestamp.from(java.time.Instant.parse("2026-10-05T17:00:00Z")), Timestamp.from(java.time.Instant.parse("2026-10-05T17:00:00Z")), thanhTo);

        Completeness c = reports.completeness(reports.cycle(cycleId));
        assertThat(c.rows()).hasSize(8);
        assertThat(c.rows()).extracting(r -> r.ward().getCode() + ":" + r.timeliness().status() + ":" + r.timeliness().daysOverdue())
                .containsExactly("11410:MISSING:56", "11411:MISSING:56", "11413:MISSING:56", "11414:LATE:1",
                        "11416:MISSING:56", "11419:MISSING:56", "11422:ON_TIME:0", "11425:MISSING:56");
        CompletenessMatrix matrix = reports.matrix(plans.current());
        assertThat(matrix.cycles()).extracting(ReportingCycle::getYear).containsExactly(2026);
        assertThat(matrix.wards()).hasSize(8);
        assertThat(matrix.cells()).extracting(row -> row.get(0).status()).containsExactly(
                Timeliness.Status.MISSING, Timeliness.Status.MISSING, Timeliness.Status.MISSING, Timeliness.Status.LATE,
                Timeliness.Status.MISSING, Timeliness.Status.MISSING, Timeliness.Status.ON_TIME, Timeliness.Status.MISSING);
        mvc.perform(get("/cycles").with(user(staff())))
                .andExpect(content().string(containsString("Tình hình nộp theo phường và năm")));
        mvc.perform(get("/cycles/{id}", cycleId).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đúng hạn: 1 (12,5%) · Trễ hạn: 1 (12,5%) · Chưa nộp: 6 (75,0%) · Chưa đến hạn: 0")))
                .andExpect(content().string(containsString("Chưa nộp, quá hạn 56 ngày")))
                .andExpect(content().string(containsString("Trễ 1 ngày")));
    }

    @Test
    void wardOfficersSeeAReminderOnEveryPageUntilTheyReport() throws Exception {
        deadline("2026-10-05");
        CurrentUser catBi = ward("11422");
        mvc.perform(get("/targets").with(user(catBi)))
                .andExpect(content().string(containsString("Báo cáo năm 2026 của phường chưa được gửi và đã quá hạn 56 ngày (hạn nộp 05/10/2026).")));
        deadline("2026-12-20");
        mvc.perform(get("/targets").with(user(catBi)))
                .andExpect(content().string(containsString("Báo cáo năm 2026 của phường chưa được gửi: hạn nộp là hết ngày 20/12/2026, còn 20 ngày.")));
        long id = start(catBi);
        mvc.perform(write(id, "submit", "Kết quả", "Ưu điểm").with(user(catBi))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/targets").with(user(catBi)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("của phường chưa được gửi"))));
        mvc.perform(get("/targets").with(user(staff())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("của phường chưa được gửi"))));
    }

    @Test
    void districtStaffChangeTheDatesOfACycleAndEveryChangeIsKept() throws Exception {
        long version = jdbc.queryForObject("select version from reporting_cycle where id = ?", Long.class, cycleId);
        mvc.perform(post("/cycles/{id}", cycleId).param("version", String.valueOf(version)).param("opensOn", "01/01/2026")
                        .param("deadline", "15/12/2026").param("lockDate", "10/12/2026").param("periodFrom", "06/10/2025")
                        .param("periodTo", "31/02/2026").with(csrf()).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày khóa sổ không được trước hạn nộp.")))
                .andExpect(content().string(containsString("Hãy ghi lý do thay đổi.")))
                .andExpect(content().string(containsString("Ngày “31/02/2026” không hợp lệ")))
                .andExpect(content().string(containsString("value=\"15/12/2026\"")));
        mvc.perform(post("/cycles/{id}", cycleId).param("version", String.valueOf(version)).param("opensOn", "01/01/2026")
                        .param("deadline", "15/12/2026").param("lockDate", "31/12/2026").param("periodFrom", "06/10/2025")
                        .param("periodTo", "15/12/2026").param("reason", "Quận lùi hạn theo chỉ đạo của thành phố.")
                        .with(csrf()).with(user(staff())))
                .andExpect(redirectedUrl("/cycles/" + cycleId)).andExpect(flash().attribute("message", "cycle.changed"));
        assertThat(jdbc.queryForObject("select old_text || ' => ' || new_text || ' | ' || reason from reporting_cycle_change", String.class))
                .isEqualTo("mở 01/01/2026; hạn 05/10/2026; khóa sổ —; số liệu 06/10/2025–05/10/2026 => "
                        + "mở 01/01/2026; hạn 15/12/2026; khóa sổ 31/12/2026; số liệu 06/10/2025–15/12/2026 | "
                        + "Quận lùi hạn theo chỉ đạo của thành phố.");
        assertThat(reports.completeness(reports.cycle(cycleId)).count(Timeliness.Status.DUE)).isEqualTo(8);
        // a stale form does not overwrite
        mvc.perform(post("/cycles/{id}", cycleId).param("version", String.valueOf(version)).param("opensOn", "01/01/2026")
                        .param("deadline", "05/10/2026").param("periodFrom", "06/10/2025").param("periodTo", "05/10/2026")
                        .param("reason", "Trở lại hạn cũ.").with(csrf()).with(user(staff())))
                .andExpect(content().string(containsString("Thời hạn của kỳ này vừa được người khác thay đổi")));
        assertThat(jdbc.queryForObject("select to_char(deadline, 'DD/MM/YYYY') from reporting_cycle where id = ?", String.class, cycleId))
                .isEqualTo("15/12/2026");
        mvc.perform(post("/cycles/{id}", cycleId).param("version", "9").with(csrf()).with(user(ward("11422"))))
                .andExpect(status().isForbidden());
    }

    private long target(String code) {
        return jdbc.queryForObject("select id from target where code = ?", Long.class, code);
    }

    private MockHttpServletRequestBuilder wardValue(String targetCode, String wardCode, String num, String den) {
        return post("/targets/{id}/values", target(targetCode)).param("year", "2026")
                .param("orgUnitId", String.valueOf(unit(wardCode))).param("numerator", num).param("denominator", den)
                .param("value", "").with(csrf());
    }

    @Test
    void acceptedWardValuesAreCombinedIntoTheDistrictFigureNeverAveraged() throws Exception {
        deadline("2026-12-05");
        CurrentUser catBi = ward("11422");
        CurrentUser thanhTo = ward("11414");
        // wards enter their own values of ward-level targets, with the value entry rules
        mvc.perform(get("/targets/{id}/values/edit", target("CT24")).with(user(catBi)))
                .andExpect(content().string(containsString("Phường Cát Bi – Năm 2026")));
        mvc.perform(wardValue("CT24", "11422", "15", "100").with(user(catBi))).andExpect(status().is3xxRedirection());
        mvc.perform(wardValue("CT24", "11414", "45", "50").with(user(thanhTo))).andExpect(status().is3xxRedirection());
        mvc.perform(wardValue("CT24", "11414", "1", "2").with(user(catBi)))
                .andExpect(content().string(containsString("Bạn chỉ nhập được số liệu của Phường Cát Bi.")));
        mvc.perform(post("/targets/{id}/values", target("CT07")).param("year", "2026").param("value", "1,8")
                .param("orgUnitId", String.valueOf(unit("11422"))).with(csrf()).with(user(catBi))).andExpect(status().isForbidden());

        long a = start(catBi);
        long b = start(thanhTo);
        mvc.perform(get("/reports/{id}", a).with(user(catBi)))
                .andExpect(content().string(containsString("15,0% (15/100)")));
        mvc.perform(write(a, "submit", "Kết quả", "Ưu điểm").with(user(catBi))).andExpect(status().is3xxRedirection());
        mvc.perform(write(b, "submit", "Kết quả", "Ưu điểm").with(user(thanhTo))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/targets/{id}", target("CT24")).with(user(staff())))
                .andExpect(content().string(containsString("Chưa có báo cáo phường nào được tiếp nhận có số liệu chỉ tiêu này.")));

        mvc.perform(post("/reports/{id}/accept", a).param("version", String.valueOf(version(a))).with(csrf()).with(user(staff())));
        mvc.perform(post("/reports/{id}/accept", b).param("version", String.valueOf(version(b))).with(csrf()).with(user(staff())));
        mvc.perform(get("/targets/{id}", target("CT24")).with(user(staff())))
                .andExpect(content().string(containsString("40,0% (60/150)")));
        // accepted: the ward can no longer change its value
        mvc.perform(wardValue("CT24", "11422", "20", "100").param("version", "0").with(user(catBi)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from indicator_value where confirmed_at is not null", Integer.class)).isEqualTo(2);
    }

    @Test
    void theSignedScanIsAPdfCheckedByItsContent() throws Exception {
        deadline("2026-12-05");
        CurrentUser catBi = ward("11422");
        long id = start(catBi);
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        mvc.perform(multipart("/reports/{id}/scan", id).file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf",
                        "<html>not a pdf</html>".getBytes())).with(csrf()).with(user(catBi)))
                .andExpect(flash().attribute("error", "report.error.scanNotPdf"));
        byte[] big = new byte[ReportService.MAX_SCAN_BYTES + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        mvc.perform(multipart("/reports/{id}/scan", id).file(new MockMultipartFile("file", "lon.pdf", "application/pdf", big))
                        .with(csrf()).with(user(catBi)))
                .andExpect(flash().attribute("error", "report.error.scanTooLarge"));
        // the content decides, not the name or the declared type
        mvc.perform(multipart("/reports/{id}/scan", id).file(new MockMultipartFile("file", "Báo cáo ký.pdf", "text/plain", pdf))
                        .with(csrf()).with(user(catBi)))
                .andExpect(flash().attribute("message", "report.scanSaved"));
        mvc.perform(get("/reports/{id}/edit", id).with(user(catBi)))
                .andExpect(content().string(containsString("Báo cáo ký.pdf")));
        mvc.perform(get("/reports/{id}/scan", id).with(user(ward("11414")))).andExpect(status().isNotFound());
        mvc.perform(write(id, "submit", "Kết quả", "Ưu điểm").with(user(catBi))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/reports/{id}/scan", id).with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(pdf));
        // submitted: the signed copy may still follow; once accepted, no more
        mvc.perform(multipart("/reports/{id}/scan", id).file(new MockMultipartFile("file", "ban-ky.pdf", "application/pdf", pdf))
                        .with(csrf()).with(user(catBi)))
                .andExpect(redirectedUrl("/reports/" + id))
                .andExpect(flash().attribute("message", "report.scanSaved"));
        mvc.perform(post("/reports/{id}/accept", id).param("version", String.valueOf(version(id))).with(csrf()).with(user(staff())));
        mvc.perform(multipart("/reports/{id}/scan", id).file(new MockMultipartFile("file", "moi.pdf", "application/pdf", pdf))
                        .with(csrf()).with(user(catBi)))
                .andExpect(flash().attribute("error", "report.error.scanAccepted"));
    }

    @Test
    void wardFiguresAreLockedForTheWardOnceTheReportIsSubmitted() throws Exception {
        deadline("2026-12-05");
        CurrentUser catBi = ward("11422");
        mvc.perform(wardValue("CT24", "11422", "4900", "5000").with(user(catBi))).andExpect(status().is3xxRedirection());
        long id = start(catBi);
        mvc.perform(write(id, "submit", "Kết quả", "Ưu điểm").with(user(catBi))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/targets/{id}/values/edit", target("CT24")).param("year", "2026").with(user(catBi)))
                .andExpect(content().string(containsString("Báo cáo năm 2026 của phường đã gửi nên phường không sửa được số liệu năm này.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">Lưu</button>"))));
        long version = jdbc.queryForObject("select version from indicator_value", Long.class);
        mvc.perform(wardValue("CT24", "11422", "2000", "5000").param("version", String.valueOf(version)).with(user(catBi)))
                .andExpect(status().isForbidden());
        mvc.perform(wardValue("CT06", "11422", "600", "").param("value", "600").with(user(catBi))).andExpect(status().isForbidden());
        // returned: the ward can correct its figures again
        mvc.perform(post("/reports/{id}/return", id).param("version", String.valueOf(version(id)))
                .param("reason", "Kiểm tra lại số liệu bảo hiểm y tế.").with(csrf()).with(user(staff())));
        mvc.perform(wardValue("CT24", "11422", "4800", "5000").param("version", String.valueOf(version)).with(user(catBi)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void craftedAndOversizedInputIsRefusedPolitely() throws Exception {
        CurrentUser catBi = ward("11422");
        long id = start(catBi);
        mvc.perform(post("/reports/{id}", id).param("action", "save").param("version", String.valueOf(version(id)))
                        .param("results[5000]", "x").with(csrf()).with(user(catBi)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/reports/{id}", id).param("action", "save").param("version", String.valueOf(version(id)))
                        .param("results[0]", "a".repeat(20_001)).with(csrf()).with(user(catBi)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Có phần nội dung dài quá 20.000 ký tự")));
        assertThat(jdbc.queryForObject("select count(*) from ward_report_result", Integer.class)).isZero();
        mvc.perform(get("/cycles").with(user(catBi))).andExpect(status().isForbidden());
        mvc.perform(get("/cycles/{id}", cycleId).with(user(catBi))).andExpect(status().isForbidden());
        long v = jdbc.queryForObject("select version from reporting_cycle where id = ?", Long.class, cycleId);
        mvc.perform(post("/cycles/{id}", cycleId).param("version", String.valueOf(v)).param("opensOn", "01/01/2026")
                        .param("deadline", "05/10/1900").param("periodFrom", "06/10/2025").param("periodTo", "05/10/2026")
                        .param("reason", "Thử").with(csrf()).with(user(staff())))
                .andExpect(content().string(containsString("Hạn nộp phải trong năm 2026 hoặc năm 2027.")));
    }

    @Test
    void remindersSayWhenTodayIsTheLastDayOrTheCycleIsLocked() throws Exception {
        CurrentUser catBi = ward("11422");
        deadline("2026-11-30");
        mvc.perform(get("/reports").with(user(catBi)))
                .andExpect(content().string(containsString("hôm nay (30/11/2026) là ngày cuối cùng để nộp đúng hạn.")));
        jdbc.update("update reporting_cycle set deadline = '2026-10-05', lock_date = '2026-11-15' where id = ?", cycleId);
        mvc.perform(get("/reports").with(user(catBi)))
                .andExpect(content().string(containsString("Kỳ báo cáo năm 2026 đã khóa sổ mà báo cáo của phường chưa được gửi")));
    }

    @Test
    void onlyDistrictStaffOpenCyclesAndOnlyOncePerYear() throws Exception {
        mvc.perform(post("/cycles").param("year", "2026").with(csrf()).with(user(staff())))
                .andExpect(redirectedUrl("/cycles?plan=" + jdbc.queryForObject("select id from plan", Long.class)))
                .andExpect(flash().attribute("error", "report.error.cycleExists"));
        mvc.perform(post("/cycles").param("year", "2027").with(csrf()).with(user(staff())))
                .andExpect(flash().attribute("error", "report.error.yearNotAllowed"));
        mvc.perform(post("/cycles").param("year", "2025").with(csrf()).with(user(ward("11422"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cycles").param("year", "2025").with(csrf()).with(user(staff())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select to_char(deadline, 'DD/MM/YYYY') || ' ' || to_char(period_from, 'DD/MM/YYYY') "
                + "|| '-' || to_char(period_to, 'DD/MM/YYYY') from reporting_cycle order by year", String.class))
                .isEqualTo(List.of("05/10/2025 06/10/2024-05/10/2025", "05/10/2026 06/10/2025-05/10/2026"));
    }
}
