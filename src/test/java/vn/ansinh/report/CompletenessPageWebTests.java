package vn.ansinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * The completeness page of a cycle with many wards (a city or a national plan): 100 wards a page, a filter by
 * timeliness and by words of the ward's name, and counts that always cover every ward. "Now" is 30/11/2026; the
 * cycle's deadline 05/10/2026 has passed. Data: the district's 8 wards of 2026 plus 230 test wards; 7 test wards
 * submitted on time, 3 late, the rest nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
@Transactional
class CompletenessPageWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long cycle;

    private static CurrentUser staff() {
        return new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
    }

    @BeforeEach
    void create() {
        for (String table : java.util.List.of("reminder_sent", "ward_report_scan", "ward_report_transition",
                "ward_report_result", "ward_report", "reporting_cycle_change", "reporting_cycle")) {
            jdbc.update("delete from " + table);
        }
        cycle = jdbc.queryForObject("""
                insert into reporting_cycle (plan_id, year, opens_on, deadline, period_from, period_to, created_by, created_at)
                values ((select id from plan where code = 'HAI-AN-2024'), 2026, '2026-09-01', '2026-10-05', '2025-10-01',
                        '2026-09-30', 'canbo', now()) returning id""", Long.class);
        jdbc.update("""
                insert into org_unit (code, name, kind, parent_id, valid_from)
                select 'T-' || lpad(n::text, 3, '0'), 'Phường thử nghiệm ' || lpad(n::text, 3, '0'), 'WARD',
                       (select id from org_unit where code = '306'), date '2020-01-01' from generate_series(1, 230) n""");
        // T-001…T-007 on time (04/10/2026), T-008…T-010 late (07/10/2026, Vietnam time)
        jdbc.update("""
                insert into ward_report (cycle_id, ward_id, state, strengths, first_submitted_at, submitted_at, updated_by, updated_at)
                select ?, u.id, 'SUBMITTED', 'Tốt', t, t, 'canbo', t
                from org_unit u cross join lateral (select case when u.code <= 'T-007' then timestamptz '2026-10-04 09:00+07'
                                                           else timestamptz '2026-10-07 09:00+07' end t) x
                where u.code between 'T-001' and 'T-010'""", cycle);
    }

    /** @param params name, value, name, value, … of the query */
    private String page(String... params) throws Exception {
        var request = get("/cycles/" + cycle).with(user(staff()));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return HtmlUtils.htmlUnescape(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static int rows(String html) {
        String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        Matcher m = Pattern.compile("<tr>").matcher(body);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void aHundredWardsAPageWithCountsOfAllWards() throws Exception {
        String first = page();
        assertThat(rows(first)).isEqualTo(100);
        assertThat(first).contains("Trang 1/3", "Đúng hạn: 7 (2,9%) · Trễ hạn: 3 (1,3%) · Chưa nộp: 228 (95,8%) · Chưa đến hạn: 0",
                "Đúng hạn (7)", "Trễ hạn (3)", "Chưa đến hạn (0)", "Chưa nộp (228)");
        // the choices in the order of the counts
        assertThat(first.indexOf("Chưa nộp (228)")).isLessThan(first.indexOf("Chưa đến hạn (0)"));
        VietnameseText.assertCorrect("completeness-paged.html", first);

        String last = page("page", "3");
        assertThat(rows(last)).isEqualTo(38);
        assertThat(last).contains("Trang 3/3", "Phường thử nghiệm 230");
        // a page beyond the last shows the last, one below 1 the first
        assertThat(rows(page("page", "99"))).isEqualTo(38);
        assertThat(page("page", "-4")).contains("Trang 1/3");
    }

    @Test
    void filteredByTimelinessAndName() throws Exception {
        String onTime = page("status", "ON_TIME");
        assertThat(rows(onTime)).isEqualTo(7);
        assertThat(onTime).contains("7 trên 238 phường khớp với điều kiện lọc.").doesNotContain("Trang 1/");

        String late = page("status", "LATE");
        assertThat(rows(late)).isEqualTo(3);
        assertThat(late).contains("Phường thử nghiệm 008", "Phường thử nghiệm 010").doesNotContain("Phường thử nghiệm 007");

        // words of the name without diacritics or case (129 missing test wards have a 1 in their number), with the
        // filter kept on the next page's link
        String named = page("status", "MISSING", "q", "THU NGHIEM 1");
        assertThat(rows(named)).isEqualTo(100);
        assertThat(named).contains("Trang 1/2", "129 trên 238 phường", "status=MISSING&q=THU%20NGHIEM%201&page=2");

        String none = page("q", "Không có phường này");
        assertThat(none).contains("Không có phường nào khớp với điều kiện lọc.", "Bỏ lọc").doesNotContain("0 trên 238 phường");
        assertThat(none).doesNotContain("<tbody>");
    }

    @Test
    void savingTheCycleDatesKeepsTheFilter() throws Exception {
        long version = jdbc.queryForObject("select version from reporting_cycle where id = ?", Long.class, cycle);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/cycles/" + cycle)
                        .param("version", String.valueOf(version)).param("opensOn", "01/09/2026").param("deadline", "06/10/2026")
                        .param("lockDate", "").param("periodFrom", "01/10/2025").param("periodTo", "30/09/2026")
                        .param("reason", "Gia hạn một ngày").param("status", "LATE").param("q", "thử nghiệm")
                        .with(user(staff())).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/cycles/" + cycle + "?status=LATE&q=th%E1%BB%AD+nghi%E1%BB%87m"));
        // a refused change shows the form again on the filtered list
        String refused = HtmlUtils.htmlUnescape(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/cycles/" + cycle).param("version", String.valueOf(version + 1)).param("opensOn", "01/09/2026")
                        .param("deadline", "31/02/2026").param("lockDate", "").param("periodFrom", "01/10/2025")
                        .param("periodTo", "30/09/2026").param("reason", "Sai ngày").param("status", "LATE")
                        .with(user(staff())).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(rows(refused)).isEqualTo(3);
        assertThat(refused).contains("3 trên 238 phường", "name=\"status\" value=\"LATE\"");
    }

    @Test
    void theWardsByYearTableOfTheCyclesPageIsPagedToo() throws Exception {
        String first = HtmlUtils.htmlUnescape(mvc.perform(get("/cycles").with(user(staff()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(rows(first)).isEqualTo(100);
        assertThat(first).contains("238 phường, 100 phường mỗi trang.", "Trang 1/3");
        String last = HtmlUtils.htmlUnescape(mvc.perform(get("/cycles").param("page", "7").with(user(staff())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(rows(last)).isEqualTo(38);
        assertThat(last).contains("Trang 3/3", "Phường thử nghiệm 230");
    }

    @Test
    void anUnknownStatusIsABadRequestWithTheVietnamesePage() throws Exception {
        String body = mvc.perform(get("/cycles/" + cycle).param("status", "<b>BOGUS</b>").with(user(staff())))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("<b>BOGUS</b>", "Exception");
    }
}
