package vn.ansinh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A fault: the app process is killed (SIGKILL, as in a crash or {@code kill -9}) while ward reports are being
 * submitted. A submission writes three things in one transaction (ReportService.submit): the report row and its
 * results, a {@code ward_report_transition} and an {@code audit_entry}. Afterwards every report is either fully
 * submitted (state SUBMITTED, version 1, the submitted text, one transition, one audit entry) or still exactly the
 * draft it was (state DRAFT, version 0, the draft text, no transition, no audit entry), never in between.
 * <p>
 * The app runs as a process of its own ({@link AppProcess}) on the test database, with {@value #WARDS} wards made for
 * this test (codes KT01…), each with an officer and a draft report of a cycle open today.
 */
@SpringBootTest
class KilledDuringSubmissionTests {

    static final int WARDS = 20;
    private static final String PASSWORD = "mat-khau-kiem-thu-01";
    private static final String DRAFT = "Bản nháp ban đầu.";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String username;

    @Value("${spring.datasource.password:}")
    String password;

    private final Map<String, Long> reportOfOfficer = new LinkedHashMap<>();

    @BeforeEach
    void create() {
        clean();
        long plan = jdbc.queryForObject("select id from plan where code = 'HAI-AN-2024'", Long.class);
        long district = jdbc.queryForObject("select id from org_unit where code = '306' and valid_to is null", Long.class);
        long cycle = jdbc.queryForObject("""
                insert into reporting_cycle (plan_id, year, opens_on, deadline, period_from, period_to, created_by, created_at)
                values (?, 2026, current_date - 30, current_date + 30, '2025-10-01', '2026-09-30', 'canbo', now()) returning id""",
                Long.class, plan);
        String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
        for (int i = 1; i <= WARDS; i++) {
            String code = String.format("KT%02d", i);
            long ward = jdbc.queryForObject("""
                    insert into org_unit (code, name, short_name, kind, parent_id, valid_from)
                    values (?, ?, ?, 'WARD', ?, '2026-01-01') returning id""", Long.class, code, "Phường thử nghiệm " + i,
                    "Thử nghiệm " + i, district);
            jdbc.update("""
                    insert into app_user (username, password_hash, full_name, role, org_unit_id)
                    values (?, ?, ?, 'WARD_OFFICER', ?)""", code.toLowerCase(), hash, "Cán bộ phường thử nghiệm " + i, ward);
            long report = jdbc.queryForObject("""
                    insert into ward_report (cycle_id, ward_id, state, strengths, updated_by, updated_at, version)
                    values (?, ?, 'DRAFT', ?, ?, now(), 0) returning id""", Long.class, cycle, ward, DRAFT, code.toLowerCase());
            jdbc.update("insert into ward_report_result (report_id, section_code, results) values (?, 'III.1', ?)", report, DRAFT);
            reportOfOfficer.put(code.toLowerCase(), report);
        }
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from spring_session where principal_name like 'kt__'");
        jdbc.update("delete from login_throttle where username like 'kt__'");
        jdbc.update("delete from app_user where username like 'kt__'");
        for (String table : List.of("reminder_sent", "ward_report_scan", "ward_report_transition", "ward_report_result",
                "ward_report")) {
            jdbc.update("delete from " + table);
        }
        jdbc.update("delete from reporting_cycle_change");
        jdbc.update("delete from reporting_cycle");
        jdbc.update("delete from org_unit where code like 'KT__'");
    }

    private Map<String, String> submission(String officer, long report) {
        return Map.of("action", "submit", "version", "0",
                "results[0]", "Kết quả nộp của " + officer + ".", "strengths", "Ưu điểm nộp của " + officer + ".");
    }

    private SignedInClient signedIn(AppProcess app, String officer) throws Exception {
        SignedInClient client = new SignedInClient(app.base()).signIn(officer, PASSWORD);
        assertThat(client.get("/reports/" + reportOfOfficer.get(officer)).statusCode()).isEqualTo(200);
        return client;
    }

    /** What the database holds of one report, in one line, for exact comparison. */
    private String stored(long report) {
        return jdbc.queryForObject("""
                select r.state || ' v' || r.version || ' | ' || r.strengths
                       || ' | ' || (select string_agg(x.results, ' / ' order by x.section_code) from ward_report_result x where x.report_id = r.id)
                       || ' | submitted at ' || case when r.first_submitted_at is null then 'none' else 'set' end
                       || ' | transitions ' || (select count(*) from ward_report_transition t where t.report_id = r.id)
                       || ' | audit ' || (select count(*) from audit_entry a
                                          where a.entity_kind = 'ward_report' and a.entity_id = r.id::text and a.action = 'report.submit')
                from ward_report r where r.id = ?""", String.class, report);
    }

    private static String draft() {
        return "DRAFT v0 | " + DRAFT + " | " + DRAFT + " | submitted at none | transitions 0 | audit 0";
    }

    private static String submitted(String officer) {
        return "SUBMITTED v1 | Ưu điểm nộp của " + officer + ". | Kết quả nộp của " + officer
                + ". | submitted at set | transitions 1 | audit 1";
    }

    @Test
    void killedWhileTheSubmissionWaitsToWriteItsAuditEntryTheReportStaysADraft() throws Exception {
        String officer = "kt01";
        long report = reportOfOfficer.get(officer);
        try (AppProcess app = AppProcess.start(url, username, password);
             Connection lock = dataSource.getConnection()) {
            SignedInClient client = signedIn(app, officer);
            lock.setAutoCommit(false);
            try (Statement s = lock.createStatement()) {
                // the submission's last write waits here, after the report row and its transition are written
                s.execute("lock table audit_entry in exclusive mode");
            }
            CompletableFuture<HttpResponse<String>> response = client.postAsync("/reports/" + report, submission(officer, report));
            int backend = awaitBackendWaitingOn("insert into audit_entry");
            // inside the app's open transaction the report is already SUBMITTED; nothing of it is visible outside
            assertThat(stored(report)).isEqualTo(draft());

            app.kill();
            lock.rollback();
            awaitGone(backend);

            // the client notices the closed connection a moment after the kill
            assertThat(response).failsWithin(java.time.Duration.ofSeconds(30))
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class);
            assertThat(stored(report)).isEqualTo(draft());
        }
        // and the draft can still be submitted by the next app process
        try (AppProcess app = AppProcess.start(url, username, password)) {
            SignedInClient client = signedIn(app, officer);
            assertThat(client.post("/reports/" + report, submission(officer, report)).statusCode()).isEqualTo(302);
            assertThat(stored(report)).isEqualTo(submitted(officer));
        }
    }

    @Test
    void killedWhileTwentySubmissionsAreUnderWayEachReportIsEitherSubmittedOrStillADraft() throws Exception {
        List<String> officers = new ArrayList<>(reportOfOfficer.keySet());
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        try (AppProcess app = AppProcess.start(url, username, password)) {
            List<SignedInClient> clients = new ArrayList<>();
            for (String officer : officers) {
                clients.add(signedIn(app, officer));
            }
            for (int i = 0; i < officers.size(); i++) {
                responses.add(clients.get(i).postAsync("/reports/" + reportOfOfficer.get(officers.get(i)),
                        submission(officers.get(i), reportOfOfficer.get(officers.get(i)))));
            }
            // killed as soon as the first submission is answered, with the others at every stage
            CompletableFuture.anyOf(responses.toArray(CompletableFuture[]::new)).exceptionally(e -> null).get(60, TimeUnit.SECONDS);
            app.kill();
        }
        awaitNoBackendOf(officers.size());

        int answered = 0;
        int submittedCount = 0;
        for (int i = 0; i < officers.size(); i++) {
            String officer = officers.get(i);
            String state = stored(reportOfOfficer.get(officer));
            CompletableFuture<HttpResponse<String>> r = responses.get(i);
            boolean redirected = r.isDone() && !r.isCompletedExceptionally() && r.join().statusCode() == 302;
            if (redirected) {
                answered++;
                // a confirmed submission is never lost
                assertThat(state).as(officer).isEqualTo(submitted(officer));
            } else {
                assertThat(state).as(officer).isIn(draft(), submitted(officer));
            }
            if (state.startsWith("SUBMITTED")) {
                submittedCount++;
            }
        }
        assertThat(answered).isGreaterThanOrEqualTo(1);
        System.out.printf("KilledDuringSubmissionTests: %d submissions, %d answered before the kill, %d submitted, %d still drafts%n",
                officers.size(), answered, submittedCount, officers.size() - submittedCount);
    }

    /** Waits (up to 30 s) for a backend of the app blocked on a lock in the statement starting with {@code sql}. */
    private int awaitBackendWaitingOn(String sql) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            List<Integer> pids = jdbc.queryForList("""
                    select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'
                    and lower(query) like ?""", Integer.class, sql + "%");
            if (!pids.isEmpty()) {
                return pids.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No submission reached: " + sql);
    }

    /** Waits (up to 30 s) until the killed app's backend has ended, and so rolled back what it had not committed. */
    private void awaitGone(int pid) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (jdbc.queryForObject("select count(*) from pg_stat_activity where pid = ?", Integer.class, pid) == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Backend " + pid + " of the killed app is still there");
    }

    /** Waits until no backend of the killed app is inside a transaction. */
    private void awaitNoBackendOf(int submissions) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Integer open = jdbc.queryForObject("""
                    select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()
                    and backend_type = 'client backend' and xact_start is not null""", Integer.class);
            if (open == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Transactions of the killed app are still open (" + submissions + " submissions sent)");
    }
}
