package vn.ansinh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ansinh.FixedClock;
import vn.ansinh.target.Target;
import vn.ansinh.target.TargetService;
import vn.ansinh.target.ValueEntryService;
import vn.ansinh.target.ValueInput;
import vn.ansinh.user.CurrentUser;
import vn.ansinh.user.Role;

/**
 * The audit trail cannot be lost or rewritten: an entry lives and dies with its write's transaction, and the
 * database refuses UPDATE, DELETE and TRUNCATE on {@code audit_entry}. Not {@code @Transactional}: these tests
 * manage their own transactions and roll every one back, so nothing is left in the database.
 */
@SpringBootTest
@Import(FixedClock.class)
class AuditIntegrityTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ValueEntryService values;

    @Autowired
    TargetService targets;

    @Autowired
    AuditLog audit;

    @Autowired
    DataSource dataSource;

    private long count() {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }

    @Test
    void aRolledBackWriteLeavesNoEntry() {
        long before = count();
        long values0 = jdbc.queryForObject("select count(*) from indicator_value", Long.class);
        CurrentUser staff = new CurrentUser("canbo", "x", "Cán bộ quận", Role.DISTRICT_STAFF, null, true);
        long district = jdbc.queryForObject("select id from org_unit where code = '306'", Long.class);
        long targetId = jdbc.queryForObject("select id from target where code = 'CT07'", Long.class);
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            Target t = targets.get(targetId);
            values.save(staff, t, new ValueInput(2024, district, new BigDecimal("1.9"), null, null, null, null, null,
                    "Báo cáo", null, null));
            // the entry was written in this transaction …
            assertThat(count()).isEqualTo(before + 1);
            throw new IllegalStateException("the write fails after the entry");
        })).hasMessage("the write fails after the entry");
        // … and went with it
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from indicator_value", Long.class)).isEqualTo(values0);
    }

    @Test
    void anEntryOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> audit.record("canbo", "plan", 1, "plan.edit", null, AuditLog.fields("title", "x")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theTableRefusesUpdateDeleteAndTruncate() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("insert into audit_entry (at, username, entity_kind, entity_id, action, after_json) "
                        + "values (now(), 'canbo', 'plan', '1', 'plan.edit', '{\"title\":\"Kế hoạch\"}')");
                for (String sql : new String[]{"update audit_entry set username = 'ai-do'",
                        "update audit_entry set after_json = null where username = 'canbo'",
                        "delete from audit_entry", "delete from audit_entry where username = 'canbo'",
                        "truncate audit_entry"}) {
                    Savepoint sp = c.setSavepoint();
                    assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                            .hasMessageContaining("Nhật ký thao tác chỉ được ghi thêm, không được sửa hay xóa")
                            .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
                    c.rollback(sp);
                }
            } finally {
                c.rollback();
            }
        }
    }
}
