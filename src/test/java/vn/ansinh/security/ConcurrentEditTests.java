package vn.ansinh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.web.util.HtmlUtils;

import vn.ansinh.FixedClock;
import vn.ansinh.plan.PlanService;
import vn.ansinh.report.ReportService;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * {@value #WRITERS} officials save the same value (and the same ward report draft) at the same moment, all from the
 * same version, over real HTTP: {@value #WRITERS} signed-in sessions (Spring Session in PostgreSQL) sending their
 * forms together to the embedded Tomcat, each request in its own transaction (this test is not transactional and
 * cleans up after itself). Exactly one write wins; every other one gets the form back with the Vietnamese conflict
 * message; the stored row and its history are exactly the winner's, never a mix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class ConcurrentEditTests {

    static final int WRITERS = 100;
    private static final String PASSWORD = "mat-khau-dong-thoi-01";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportService reports;

    @Autowired
    PlanService plans;

    @BeforeEach
    @AfterEach
    void clean() {
        jdbc.update("delete from spring_session where principal_name in ('canbo.dongthoi', 'pb.dongthoi')");
        jdbc.update("delete from app_user where username in ('canbo.dongthoi', 'pb.dongthoi')");
        jdbc.update("delete from indicator_value_change");
        jdbc.update("delete from indicator_value");
        jdbc.update("delete from reminder_sent");
        jdbc.update("delete from ward_report_scan");
        jdbc.update("delete from ward_report_transition");
        jdbc.update("delete from ward_report_result");
        jdbc.update("delete from ward_report");
        jdbc.update("delete from reporting_cycle_change");
        jdbc.update("delete from reporting_cycle");
    }

    private long id(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static CurrentUser staff() {
        return new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
    }

    private void account(String username, String role, Long unit) {
        jdbc.update("insert into app_user (username, password_hash, full_name, role, org_unit_id) values (?, ?, ?, ?, ?)",
                username, new BCryptPasswordEncoder(4).encode(PASSWORD), "Người thử " + username, role, unit);
    }

    /**
     * Signs {@code username} in {@value #WRITERS} times (one session each), opens {@code page} in each, then sends
     * every session's POST at once; returns the responses in writer order.
     */
    private List<HttpResponse<String>> all(String username, String page, String action, IntFunction<Map<String, String>> form)
            throws Exception {
        List<SignedInClient> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            SignedInClient client = new SignedInClient("http://localhost:" + port).signIn(username, PASSWORD);
            assertThat(client.get(page).statusCode()).isEqualTo(200);
            writers.add(client);
        }
        List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            futures.add(writers.get(i).postAsync(action, form.apply(i)));
        }
        List<HttpResponse<String>> out = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> f : futures) {
            out.add(f.get(120, TimeUnit.SECONDS));
        }
        return out;
    }

    /** The writers whose POST was redirected (saved); every other one must have the form back with {@code conflict}. */
    private static List<Integer> winners(List<HttpResponse<String>> responses, String conflict) {
        List<Integer> won = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            HttpResponse<String> r = responses.get(i);
            if (r.statusCode() == 302) {
                won.add(i);
            } else {
                assertThat(r.statusCode()).as("writer " + i).isEqualTo(200);
                assertThat(HtmlUtils.htmlUnescape(r.body())).as("writer " + i).contains(conflict).doesNotContain("Exception");
            }
        }
        return won;
    }

    @Test
    void oneOfAHundredSimultaneousEditsOfAValueWinsAndTheOthersAreToldOfTheConflict() throws Exception {
        account("canbo.dongthoi", "DISTRICT_STAFF", null);
        long target = id("select id from target where code = 'CT07'");
        long district = id("select id from org_unit where code = '306'");
        jdbc.update("""
                insert into indicator_value (target_id, org_unit_id, year, value, source, updated_by, updated_at, version)
                values (?, ?, 2025, 1.5, 'Báo cáo cũ', 'test', now(), 0)""", target, district);
        // writer i types 2,0 … 11,9 (distinct values), all from version 0
        List<HttpResponse<String>> responses = all("canbo.dongthoi", "/targets/" + target, "/targets/" + target + "/values",
                i -> Map.of("year", "2025", "orgUnitId", String.valueOf(district), "value", (2 + i / 10) + "," + (i % 10),
                        "source", "Người nhập số " + i, "version", "0"));

        List<Integer> won = winners(responses, "Giá trị này vừa được");
        assertThat(won).hasSize(1);
        int w = won.get(0);
        var stored = jdbc.queryForMap("select id, value, source, version from indicator_value where target_id = ? and org_unit_id = ? and year = 2025",
                target, district);
        assertThat((BigDecimal) stored.get("value")).isEqualByComparingTo((2 + w / 10) + "." + (w % 10));
        assertThat(stored.get("source")).isEqualTo("Người nhập số " + w);
        assertThat(stored.get("version")).isEqualTo(1L);
        var history = jdbc.queryForList("select old_value, new_value from indicator_value_change where indicator_value_id = ?",
                stored.get("id"));
        assertThat(history).hasSize(1);
        assertThat((BigDecimal) history.get(0).get("old_value")).isEqualByComparingTo("1.5");
        assertThat((BigDecimal) history.get(0).get("new_value")).isEqualByComparingTo((2 + w / 10) + "." + (w % 10));
        assertThat(jdbc.queryForObject("select count(*) from indicator_value", Integer.class)).isEqualTo(1);
    }

    @Test
    void oneOfAHundredSimultaneousSavesOfAWardReportDraftWins() throws Exception {
        long cycle = reports.openCycle(staff(), plans.current(), 2026).getId();
        long catBi = id("select id from org_unit where code = '11422'");
        account("pb.dongthoi", "WARD_OFFICER", catBi);
        long report = id("""
                insert into ward_report (cycle_id, ward_id, state, updated_by, updated_at, version)
                values (%d, %d, 'DRAFT', 'pb.dongthoi', now(), 0) returning id""".formatted(cycle, catBi));
        long version = 0;

        List<HttpResponse<String>> responses = all("pb.dongthoi", "/reports/" + report, "/reports/" + report,
                i -> Map.of("action", "save", "version", String.valueOf(version),
                        "results[0]", "Kết quả của người thứ " + i + ".", "results[3]", "Việc làm của người thứ " + i + ".",
                        "strengths", "Ưu điểm của người thứ " + i + "."));

        List<Integer> won = winners(responses, "Báo cáo vừa được");
        assertThat(won).hasSize(1);
        int w = won.get(0);
        assertThat(jdbc.queryForObject("select strengths from ward_report where id = ?", String.class, report))
                .isEqualTo("Ưu điểm của người thứ " + w + ".");
        assertThat(jdbc.queryForObject("select version from ward_report where id = ?", Long.class, report)).isEqualTo(version + 1);
        assertThat(jdbc.queryForList("select results from ward_report_result where report_id = ? order by section_code",
                String.class, report))
                .containsExactly("Kết quả của người thứ " + w + ".", "Việc làm của người thứ " + w + ".");
    }
}
