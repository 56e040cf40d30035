package vn.ansinh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ansinh.FixedClock;
import vn.ansinh.plan.PlanService;
import vn.ansinh.report.ReportService;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * {@value #WRITERS} officials save the same value (and the same ward report draft) at the same moment, all from the
 * same version, through the whole MVC stack from {@value #WRITERS} threads, each request in its own transaction (this
 * test is not transactional and cleans up after itself). Exactly one write wins; every other one gets the form back
 * with the Vietnamese conflict message; the stored row and its history are exactly the winner's, never a mix.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedClock.class)
class ConcurrentEditTests {

    static final int WRITERS = 100;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportService reports;

    @Autowired
    PlanService plans;

    @BeforeEach
    @AfterEach
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
    }

    private long id(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static CurrentUser staff() {
        return new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
    }

    /** Sends the requests from {@value #WRITERS} threads released together; returns the responses in writer order. */
    private List<MockHttpServletResponse> all(IntFunction<MockHttpServletRequestBuilder> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                MockHttpServletRequestBuilder r = request.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(r).andReturn().getResponse();
                }));
            }
            start.countDown();
            List<MockHttpServletResponse> out = new ArrayList<>();
            for (Future<MockHttpServletResponse> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void oneOfAHundredSimultaneousEditsOfAValueWinsAndTheOthersAreToldOfTheConflict() throws Exception {
        long target = id("select id from target where code = 'CT07'");
        long district = id("select id from org_unit where code = '306'");
        jdbc.update("""
                insert into indicator_value (target_id, org_unit_id, year, value, source, updated_by, updated_at, version)
                values (?, ?, 2025, 1.5, 'Báo cáo cũ', 'test', now(), 0)""", target, district);
        // writer i types 2,0 … 11,9 (distinct values), all from version 0
        List<MockHttpServletResponse> responses = all(i -> post("/targets/{id}/values", target)
                .param("year", "2025").param("orgUnitId", String.valueOf(district))
                .param("value", (2 + i / 10) + "," + (i % 10)).param("source", "Người nhập số " + i)
                .param("version", "0").with(csrf()).with(user(staff())));

        List<Integer> won = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            MockHttpServletResponse r = responses.get(i);
            if (r.getStatus() == 302) {
                won.add(i);
            } else {
                assertThat(r.getStatus()).as("writer " + i).isEqualTo(200);
                assertThat(r.getContentAsString()).as("writer " + i).contains("Giá trị này vừa được")
                        .doesNotContain("Exception");
            }
        }
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
        CurrentUser ward = new CurrentUser("pb.11422", "x", "Cán bộ phường Cát Bi", Role.WARD_OFFICER, catBi, true);
        mvc.perform(post("/reports").param("cycleId", String.valueOf(cycle)).with(csrf()).with(user(ward)));
        long report = id("select id from ward_report where cycle_id = " + cycle + " and ward_id = " + catBi);
        long version = id("select version from ward_report where id = " + report);

        List<MockHttpServletResponse> responses = all(i -> post("/reports/{id}", report).param("action", "save")
                .param("version", String.valueOf(version)).param("results[0]", "Kết quả của người thứ " + i + ".")
                .param("results[3]", "Việc làm của người thứ " + i + ".").param("strengths", "Ưu điểm của người thứ " + i + ".")
                .with(csrf()).with(user(ward)));

        List<Integer> won = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            MockHttpServletResponse r = responses.get(i);
            if (r.getStatus() == 302) {
                won.add(i);
            } else {
                assertThat(r.getStatus()).as("writer " + i).isEqualTo(200);
                assertThat(r.getContentAsString()).as("writer " + i).contains("Báo cáo vừa được").doesNotContain("Exception");
            }
        }
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
