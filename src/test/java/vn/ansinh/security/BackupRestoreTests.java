package vn.ansinh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * scripts/backup.sh and scripts/restore.sh against the test database: back it up (pg_dump, custom format), restore
 * the file into a new scratch database on the same server, and find every record again: the row count of every table
 * and an md5 checksum of the full contents of the plan, target, task, org_unit and indicator_value tables. When this
 * machine has no pg_dump as new as the server (pg_dump refuses newer servers), backup.sh must stop with the advice
 * naming the client to install and write no file.
 */
@SpringBootTest
class BackupRestoreTests {

    private static final List<String> CHECKSUMMED = List.of("plan", "plan_section", "target", "task", "org_unit", "indicator_value");

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String username;

    @Value("${spring.datasource.password:}")
    String password;

    @Test
    void aBackupRestoredIntoANewDatabaseHoldsEveryRecord() throws Exception {
        jdbc.update("delete from indicator_value_change");
        jdbc.update("delete from indicator_value");
        jdbc.update("""
                insert into indicator_value (target_id, org_unit_id, year, value, narrative, updated_by, updated_at)
                values ((select id from target where code = 'CT07'), (select id from org_unit where code = '306'), 2025, 1.8,
                        'Sao lưu: <b>Phường</b> 😀', 'test', now())""");
        Path dump = Files.createTempFile("ansinh-backup", ".dump");
        Files.delete(dump);
        String scratch = "ansinh_restore_" + ProcessHandle.current().pid();
        try {
            Result backup = run("scripts/backup.sh", dump.toString());
            if (backup.code != 0) {
                assertThat(backup.output).contains("No pg_dump of PostgreSQL").contains("postgresql-client-");
                assertThat(dump).doesNotExist();
            }
            // reported as skipped, not passed, where no pg_dump as new as the server exists (Debian 12 ships 15)
            org.junit.jupiter.api.Assumptions.assumeTrue(backup.code == 0,
                    "the backup round trip needs a pg_dump as new as the server; only the script's refusal was checked");
            assertThat(backup.output).contains("Backed up");
            Result restore = run("scripts/restore.sh", dump.toString(), scratch);
            assertThat(restore.code).as(restore.output).isZero();

            JdbcTemplate restored = new JdbcTemplate(DataSourceBuilder.create()
                    .url(url.replaceFirst("/[^/?]+(\\?|$)", "/" + scratch + "$1")).username(username).password(password).build());
            assertThat(fingerprint(restored)).isEqualTo(fingerprint(jdbc));
            assertThat(restored.queryForObject("select narrative from indicator_value", String.class))
                    .isEqualTo("Sao lưu: <b>Phường</b> 😀");
        } finally {
            Files.deleteIfExists(dump);
            jdbc.execute("drop database if exists " + scratch + " with (force)");
            jdbc.update("delete from indicator_value");
        }
    }

    /** Row count of every table of the public schema, and md5 of the full, ordered contents of a few. */
    private static Map<String, Object> fingerprint(JdbcTemplate db) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String table : db.queryForList("select tablename from pg_tables where schemaname = 'public' order by 1", String.class)) {
            out.put(table, db.queryForObject("select count(*) from \"" + table + "\"", Long.class));
        }
        for (String table : CHECKSUMMED) {
            out.put("md5 " + table, db.queryForObject(
                    "select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from \"" + table + "\" t", String.class));
        }
        return out;
    }

    private record Result(int code, String output) {
    }

    private Result run(String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(new File(".")).redirectErrorStream(true);
        pb.environment().put("SPRING_DATASOURCE_URL", url);
        pb.environment().put("SPRING_DATASOURCE_USERNAME", username);
        pb.environment().put("SPRING_DATASOURCE_PASSWORD", password);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), output);
    }
}
