package vn.ansinh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.ansinh.FixedClock;
import vn.ansinh.VietnameseText;
import vn.ansinh.plan.PlanService;
import vn.ansinh.report.ReportService;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * The audit trail through the web: a value save, a ward report submission, an account creation and a plan edit each
 * leave exactly the expected entry; a refused write leaves none; the administrators' page filters by user, kind,
 * dates and text and is closed to everyone else. Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
@Transactional
class AuditWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportService reports;

    @Autowired
    PlanService plans;

    private long baseline;

    @BeforeEach
    void mark() {
        baseline = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
    }

    /** @return the entries written since the test started: who, kind, id, action, before, after (and when) */
    private List<Map<String, Object>> entries() {
        return jdbc.queryForList("select username, entity_kind, entity_id, action, before_json, after_json, "
                + "to_char(at at time zone 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI') as at from audit_entry "
                + "where id > ? order by id", baseline);
    }

    /** @return an entry as {@link #entries} gives it; a missing before or after is null */
    private static Map<String, Object> entry(Object... keysAndValues) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("before_json", null);
        m.put("after_json", null);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private long version(long report) {
        return id("select version from ward_report where id = ?", report);
    }

    private static CurrentUser staff() {
        return new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
    }

    private static CurrentUser admin() {
        return new CurrentUser("quantri", "x", "Quản trị", Role.ADMIN, null, true);
    }

    @Test
    void aValueSaveRecordsTheNewValueThenOnlyWhatChanged() throws Exception {
        jdbc.update("delete from indicator_value_change");
        jdbc.update("delete from indicator_value");
        long target = id("select id from target where code = 'CT07'");
        long district = id("select id from org_unit where code = '306'");
        mvc.perform(post("/targets/{id}/values", target).param("year", "2025").param("orgUnitId", "" + district)
                        .param("value", "1,8").param("source", "Báo cáo của phòng").with(csrf()).with(user(staff())))
                .andExpect(status().is3xxRedirection());
        long valueId = id("select id from indicator_value where target_id = ?", target);
        assertThat(entries()).containsExactly(entry("username", "canbo", "entity_kind", "indicator_value",
                "entity_id", "" + valueId, "action", "indicatorValue.save", "at", "30/11/2026 10:00",
                "after_json", "{\"target\":\"CT07\",\"unit\":\"Quận Hải An\",\"year\":2025,\"value\":1.8,\"numerator\":null,"
                        + "\"denominator\":null,\"achievedOn\":null,\"assessment\":null,\"narrative\":null,"
                        + "\"source\":\"Báo cáo của phòng\",\"comment\":null}"));

        baseline = jdbc.queryForObject("select max(id) from audit_entry", Long.class);
        long version = id("select version from indicator_value where id = ?", valueId);
        mvc.perform(post("/targets/{id}/values", target).param("year", "2025").param("orgUnitId", "" + district)
                        .param("value", "1,5").param("source", "Báo cáo của phòng").param("version", "" + version)
                        .with(csrf()).with(user(staff())))
                .andExpect(status().is3xxRedirection());
        List<Map<String, Object>> changed = entries();
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0)).containsEntry("before_json", "{\"value\":1.8}")
                .containsEntry("after_json", "{\"target\":\"CT07\",\"unit\":\"Quận Hải An\",\"year\":2025,\"value\":1.5}");
    }

    @Test
    void aRefusedValueLeavesNoEntry() throws Exception {
        long target = id("select id from target where code = 'CT08'");
        long district = id("select id from org_unit where code = '306'");
        mvc.perform(post("/targets/{id}/values", target).param("year", "2025").param("orgUnitId", "" + district)
                        .param("value", "130").with(csrf()).with(user(staff())))
                .andExpect(status().isOk());
        assertThat(entries()).isEmpty();
    }

    @Test
    void aReportSubmissionRecordsTheTextAndTheStateChange() throws Exception {
        jdbc.update("delete from reminder_sent");
        jdbc.update("delete from ward_report_scan");
        jdbc.update("delete from ward_report_transition");
        jdbc.update("delete from ward_report_result");
        jdbc.update("delete from ward_report");
        jdbc.update("delete from reporting_cycle_change");
        jdbc.update("delete from reporting_cycle");
        long cycle = reports.openCycle(staff(), plans.current(), 2026).getId();
        jdbc.update("update reporting_cycle set deadline = '2026-12-05' where id = ?", cycle);
        long catBi = id("select id from org_unit where code = '11422'");
        CurrentUser officer = new CurrentUser("pb.11422", "x", "Cán bộ phường Cát Bi", Role.WARD_OFFICER, catBi, true);
        mvc.perform(post("/reports").param("cycleId", "" + cycle).with(csrf()).with(user(officer)))
                .andExpect(status().is3xxRedirection());
        long report = id("select id from ward_report where cycle_id = ?", cycle);
        baseline = jdbc.queryForObject("select max(id) from audit_entry", Long.class);

        mvc.perform(post("/reports/{id}", report).param("action", "submit").param("version", "" + version(report))
                        .param("results[0]", "Tổ chức 12 buổi tuyên truyền.").param("strengths", "Chi trả trợ cấp kịp thời.")
                        .with(csrf()).with(user(officer)))
                .andExpect(flash().attribute("message", "report.submitted"));
        assertThat(entries()).containsExactly(entry("username", "pb.11422", "entity_kind", "ward_report",
                "entity_id", "" + report, "action", "report.submit", "at", "30/11/2026 10:00",
                "before_json", "{\"results\":{},\"strengths\":null,\"state\":\"DRAFT\"}",
                "after_json", "{\"results\":{\"III.1\":\"Tổ chức 12 buổi tuyên truyền.\"},"
                        + "\"strengths\":\"Chi trả trợ cấp kịp thời.\",\"state\":\"SUBMITTED\"}"));
    }

    @Test
    void anAccountCreationRecordsTheAccountButNeverThePassword() throws Exception {
        long catBi = id("select id from org_unit where code = '11422'");
        mvc.perform(post("/admin/users").param("username", "mai.tt").param("fullName", "Trần Thị Mai")
                        .param("role", "WARD_OFFICER").param("orgUnitId", "" + catBi).param("password", "tam-thoi-123")
                        .with(csrf()).with(user(admin())))
                .andExpect(status().is3xxRedirection());
        long account = id("select id from app_user where username = 'mai.tt'");
        assertThat(entries()).containsExactly(entry("username", "quantri", "entity_kind", "app_user",
                "entity_id", "" + account, "action", "account.create", "at", "30/11/2026 10:00",
                "after_json", "{\"username\":\"mai.tt\",\"fullName\":\"Trần Thị Mai\",\"role\":\"WARD_OFFICER\","
                        + "\"orgUnitId\":" + catBi + ",\"enabled\":true,\"mustChangePassword\":true}"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where after_json like '%$2a$%' "
                + "or after_json like '%tam-thoi%'", Integer.class)).isZero();
    }

    @Test
    void aPlanEditRecordsTheFieldsThatChanged() throws Exception {
        Map<String, Object> p = jdbc.queryForMap("select id, title, summary, vision_year, vision_text, signer_title, "
                + "signer_name, version from plan where code = 'HAI-AN-2024'");
        mvc.perform(post("/admin/plans/{id}/edit", p.get("id")).param("number", "123/KH-UBND")
                        .param("title", (String) p.get("title")).param("summary", (String) p.get("summary"))
                        .param("issueDate", "15/07/2024").param("visionYear", "" + p.get("vision_year"))
                        .param("visionText", (String) p.get("vision_text")).param("signerTitle", (String) p.get("signer_title"))
                        .param("signerName", (String) p.get("signer_name")).param("version", "" + p.get("version"))
                        .with(csrf()).with(user(staff())))
                .andExpect(flash().attribute("message", "planEdit.saved"));
        assertThat(entries()).containsExactly(entry("username", "canbo", "entity_kind", "plan",
                "entity_id", "" + p.get("id"), "action", "plan.edit", "at", "30/11/2026 10:00",
                "before_json", "{\"number\":null,\"issueDate\":null}",
                "after_json", "{\"number\":\"123/KH-UBND\",\"issueDate\":\"2024-07-15\"}"));
    }

    /** Two entries of known content on two days, written as the app writes them (inserting is allowed). */
    private void twoEntries() {
        jdbc.update("insert into audit_entry (at, username, entity_kind, entity_id, action, before_json, after_json) values "
                + "('2026-11-30 03:00:00+00', 'hoa', 'indicator_value', '990001', 'indicatorValue.save', '{\"value\":70}', "
                + "'{\"target\":\"CT07\",\"value\":75.5,\"source\":\"Báo cáo của phòng\"}'), "
                + "('2026-10-01 02:00:00+00', 'lan', 'app_user', '990002', 'account.create', null, "
                + "'{\"fullName\":\"Trần Thị Mai\",\"role\":\"WARD_OFFICER\",\"enabled\":true}')");
    }

    private String page(String query) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get("/admin/audit?" + query).with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void thePageFiltersByUserKindDatesAndText() throws Exception {
        twoEntries();
        String hoa = page("user=hoa");
        assertThat(hoa).contains("1 mục", "#990001", "Lưu giá trị chỉ tiêu", "Giá trị chỉ tiêu", "10:00 30/11/2026",
                "Giá trị", "70", "75,5", "Nguồn số liệu", "Báo cáo của phòng").doesNotContain("#990002");
        VietnameseText.assertCorrect("/admin/audit?user=hoa.html", hoa);

        String lan = page("user=lan&kind=app_user");
        assertThat(lan).contains("1 mục", "#990002", "Tạo tài khoản", "Tài khoản", "09:00 01/10/2026", "Họ và tên",
                "Trần Thị Mai", "Cán bộ phường", "Được đăng nhập", "Có").doesNotContain("#990001");
        VietnameseText.assertCorrect("/admin/audit?user=lan.html", lan);

        assertThat(page("kind=indicator_value&q=CT07")).contains("#990001").doesNotContain("#990002");
        assertThat(page("from=01/11/2026&q=990")).contains("1 mục", "#990001").doesNotContain("#990002");
        assertThat(page("from=01/10/2026&to=01/10/2026&q=990")).contains("1 mục", "#990002").doesNotContain("#990001");
        assertThat(page("q=tran thi&user=lan")).contains("#990002");
        assertThat(page("q=Trần Thị Mai")).contains("#990002").doesNotContain("#990001");
        // the text also finds entries by the action's Vietnamese label
        assertThat(page("q=tạo tài khoản&user=lan")).contains("#990002");
        assertThat(page("q=không có gì như thế")).contains("0 mục", "Không có mục nào khớp với điều kiện lọc.");
        assertThat(page("from=31/02/2026&user=hoa")).contains("Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/10/2025.",
                "#990001");
        // field names, action codes and nulls are not shown, so they are not searched
        assertThat(page("q=source")).contains("0 mục");
        assertThat(page("q=indicatorValue")).contains("0 mục");
        assertThat(page("q=fullName")).contains("0 mục");
        // an enum value is found by the Vietnamese label the page shows for it
        jdbc.update("insert into audit_entry (at, username, entity_kind, entity_id, action, before_json, after_json) values "
                + "(now(), 'hoa', 'task_progress', '990004', 'progress.save', '{\"state\":\"IN_PROGRESS\"}', '{\"state\":\"DONE\"}')");
        assertThat(page("q=hoàn thành&user=hoa")).contains("1 mục", "#990004");
        assertThat(page("q=HOAN THANH&kind=task_progress")).contains("#990004");
        assertThat(page("q=đang triển khai&user=hoa")).contains("#990004");
        assertThat(page("q=chậm so với kế hoạch&user=hoa")).contains("0 mục");
        // dates the wrong way round: said so, nothing listed
        assertThat(page("from=30/11/2026&to=01/11/2026")).contains("0 mục",
                "“Từ ngày” đang sau “Đến ngày”, nên không có mục nào; hãy đổi lại hai ngày.");
    }

    @Test
    void aYearIsShownAsAYearAndOtherNumbersInVietnameseForm() throws Exception {
        jdbc.update("insert into audit_entry (at, username, entity_kind, entity_id, action, before_json, after_json) values "
                + "(now(), 'hoa', 'indicator_value', '990003', 'indicatorValue.save', '{\"value\":4000}', "
                + "'{\"target\":\"CT06\",\"year\":2026,\"value\":4500}')");
        String html = page("user=hoa&q=990003");
        assertThat(html).contains("2026", "4.000", "4.500").doesNotContain("2.026");
    }

    @Test
    void thePageShowsFiftyEntriesAPageNewestFirst() throws Exception {
        for (int i = 1; i <= 51; i++) {
            jdbc.update("insert into audit_entry (at, username, entity_kind, entity_id, action, after_json) values "
                    + "(timestamptz '2026-11-01 00:00:00+00' + make_interval(mins => ?), 'hang', 'task', ?, 'task.edit', "
                    + "'{\"text\":\"Nhiệm vụ\"}')", i, "88" + String.format("%04d", i));
        }
        String first = page("user=hang");
        assertThat(first).contains("51 mục", "Trang 1/2", "#880051", "#880002").doesNotContain("#880001<");
        assertThat(first.indexOf("#880051")).isLessThan(first.indexOf("#880050"));
        assertThat(page("user=hang&page=2")).contains("Trang 2/2", "#880001").doesNotContain("#880002");
        // beyond the last page: the last page, and the links stay within 1–2
        String beyond = page("user=hang&page=2147483647");
        assertThat(beyond).contains("Trang 2/2", "#880001", "page=1").doesNotContain("page=-", "page=3");
    }

    @Test
    void onlyAdministratorsSeeThePage() throws Exception {
        mvc.perform(get("/admin/audit").with(user(admin()))).andExpect(status().isOk());
        mvc.perform(get("/admin/audit").with(user(staff()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user(new CurrentUser("ld", "x", "Lãnh đạo", Role.LEADER, null, true))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit/").with(user(staff()))).andExpect(status().isForbidden());
    }
}
