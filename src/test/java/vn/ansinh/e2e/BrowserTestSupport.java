package vn.ansinh.e2e;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.ansinh.FixedClock;
import vn.ansinh.user.AccountService;
import vn.ansinh.user.Role;

/**
 * Base of the browser tests: the whole app on a random port over the test PostgreSQL, "now" frozen by
 * {@link FixedClock} at 30/11/2026 10:00 (the app runs in the test's JVM and context, so the clock applies to every
 * request the browser makes). Nothing is rolled back here: each test makes its own accounts with unique login names
 * (removed after the test) and {@link #clearValuesAndReports()} brings entered values and ward reports back to the
 * seed state (none), as the other web tests expect.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
abstract class BrowserTestSupport {

    /** Every test account's password. */
    static final String PASSWORD = "Mật-khẩu-2025";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    private final List<String> created = new ArrayList<>();

    /**
     * Creates an account with {@link #PASSWORD}.
     *
     * @param prefix   start of the login name (a unique suffix is added)
     * @param fullName name shown in the app
     * @param role     role
     * @param unitCode org_unit.code of their unit, or null
     * @return the login name
     */
    String account(String prefix, String fullName, Role role, String unitCode) {
        String username = "e2e." + prefix + "." + Long.toString(System.nanoTime(), 36);
        accounts.create(username, PASSWORD, fullName, role, unitCode == null ? null : unit(unitCode));
        created.add(username);
        return username;
    }

    long unit(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    long target(String code) {
        return jdbc.queryForObject("select id from target where code = ?", Long.class, code);
    }

    /** Removes every entered value, ward report and reporting cycle (the seed has none). */
    void clearValuesAndReports() {
        for (String table : List.of("indicator_value_change", "indicator_value", "reminder_sent", "ward_report_scan",
                "ward_report_transition", "ward_report_result", "ward_report", "reporting_cycle_change", "reporting_cycle")) {
            jdbc.update("delete from " + table);
        }
    }

    @AfterEach
    void removeAccounts() {
        for (String username : created) {
            jdbc.update("delete from app_user where username = ?", username);
        }
        created.clear();
    }
}
