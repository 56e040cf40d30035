package vn.ansinh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * scripts/backup.sh and scripts/restore.sh, end to end, never skipped. The round trip: a new database migrated with the
 * app's Flyway scripts (classpath:db/migration and classpath:db/demo: the Hải An plan, demo accounts, values and ward
 * reports) plus a value whose narrative holds markup and an emoji and an {@code audit_entry} row (append-only: its
 * triggers must not stop pg_restore from loading it) is backed up (pg_dump, custom format) and restored into another
 * new database; both must give the same row count of every table, the same sequence positions and the same md5 of the
 * full contents of the tables in {@link #CHECKSUMMED}; the restored audit trail must still refuse a delete, and the
 * restored database must validate against the app's migrations (the app would start on it).
 * <p>
 * pg_dump refuses a server of a newer major version. Where a pg_dump at least as new as the shared test server
 * (PostgreSQL 17) is found, the round trip runs there; otherwise (Debian 12 ships only pg_dump 15) on a second
 * embedded server of the release whose binaries Maven copied into target/postgres-binaries (pom.xml,
 * {@code backup-test-postgres-binaries.version}: 15.18), when a pg_dump at least as new as that exists. With neither,
 * the test fails, naming what to install. Figures of the run are printed: tables, rows, dump size, milliseconds.
 */
@SpringBootTest
class BackupRestoreTests {

    /** Tables whose full, ordered contents are compared by md5; every table's row count is compared as well. */
    static final List<String> CHECKSUMMED = List.of("plan", "plan_section", "target", "task", "org_unit",
            "indicator_value", "ward_report", "app_user", "audit_entry");
    static final String NARRATIVE = "Sao lưu: <b>Phường</b> 😀";

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String username;

    @Value("${spring.datasource.password:}")
    String password;

    @Test
    void aBackupRestoredIntoANewDatabaseHoldsEveryRecord() throws Exception {
        Db shared = new Db(url, username, password);
        int sharedMajor = shared.major();
        if (hasTool("pg_dump", sharedMajor)) {
            roundTrip(shared);
            return;
        }
        try (EmbeddedPostgres older = OlderPostgres.start(sharedMajor)) {
            Db db = new Db(older.getJdbcUrl("postgres", "postgres"), "postgres", "");
            assertThat(db.major()).isEqualTo(OlderPostgres.major());
            roundTrip(db);
        }
    }

    @Test
    void backupStopsWithAdviceAndWritesNothingWhenNoPgDumpIsAsNewAsTheServer() throws Exception {
        Db shared = new Db(url, username, password);
        int major = shared.major();
        // this machine (Debian 12: pg_dump 15) against the PostgreSQL 17 test server; where a new enough pg_dump is
        // installed, a stand-in psql on the PATH makes backup.sh see a server of major 99 instead
        Path fakeBin = null;
        if (hasTool("pg_dump", major)) {
            major = 99;
            fakeBin = Files.createTempDirectory("ansinh-fake-psql");
            Path psql = Files.writeString(fakeBin.resolve("psql"), "#!/bin/sh\necho 990000\n");
            assertThat(psql.toFile().setExecutable(true)).isTrue();
        }
        Path dump = Files.createTempDirectory("ansinh-backup").resolve("refused.dump");
        Result backup = run(shared, fakeBin, "scripts/backup.sh", dump.toString());
        assertThat(backup.code).isNotZero();
        assertThat(backup.output).isEqualTo("No pg_dump of PostgreSQL " + major + " or newer found (the server is "
                + major + "). Install the client of that version (Debian/Ubuntu: postgresql-client-" + major
                + " from the PostgreSQL apt repository) or set PG_BIN to its bin folder.\n");
        assertThat(dump).doesNotExist();
        Files.delete(dump.getParent());
        if (fakeBin != null) {
            Files.delete(fakeBin.resolve("psql"));
            Files.delete(fakeBin);
        }
    }

    private static void roundTrip(Db server) throws Exception {
        long pid = ProcessHandle.current().pid();
        String source = "ansinh_backup_" + pid;
        String copy = "ansinh_restore_" + pid;
        server.jdbc().execute("create database " + source);
        Path dump = Files.createTempFile("ansinh-backup", ".dump");
        Files.delete(dump);
        try {
            Db sourceDb = server.database(source);
            sourceDb.flyway().migrate();
            JdbcTemplate db = sourceDb.jdbc();
            db.update("""
                    insert into indicator_value (target_id, org_unit_id, year, value, narrative, updated_by, updated_at)
                    values ((select id from target where code = 'CT07'), (select id from org_unit where code = '306'),
                            2025, 1.8, ?, 'test', now())""", NARRATIVE);
            db.update("""
                    insert into audit_entry (at, username, entity_kind, entity_id, action, before_json, after_json)
                    values (now(), 'canbo', 'indicator_value', (select max(id) from indicator_value)::text,
                            'indicatorValue.save', '{"value":1.5}', ?)""",
                    "{\"value\":1.8,\"narrative\":\"" + NARRATIVE + "\"}");

            long start = System.nanoTime();
            Result backup = run(sourceDb, null, "scripts/backup.sh", dump.toString());
            assertThat(backup.code).as(backup.output).isZero();
            assertThat(backup.output).startsWith("Backed up " + source);
            long backedUp = System.nanoTime();
            Result restore = run(sourceDb, null, "scripts/restore.sh", dump.toString(), copy);
            assertThat(restore.code).as(restore.output).isZero();
            long restored = System.nanoTime();

            JdbcTemplate copyDb = server.database(copy).jdbc();
            Map<String, Object> expected = fingerprint(db);
            assertThat(fingerprint(copyDb)).isEqualTo(expected);
            assertThat(copyDb.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(1);
            assertThat(copyDb.queryForObject("select narrative from indicator_value where narrative like 'Sao lưu%'",
                    String.class)).isEqualTo(NARRATIVE);
            assertThatThrownBy(() -> copyDb.update("delete from audit_entry")).rootCause()
                    .hasMessageContaining("Nhật ký thao tác chỉ được ghi thêm, không được sửa hay xóa (DELETE)");
            assertThat(server.database(copy).flyway().validateWithResult().validationSuccessful).isTrue();
            long tables = expected.keySet().stream().filter(k -> !k.contains(" ")).count();
            long sequences = expected.keySet().stream().filter(k -> k.startsWith("sequence ")).count();
            long rows = expected.entrySet().stream().filter(e -> !e.getKey().contains(" "))
                    .mapToLong(e -> (Long) e.getValue()).sum();
            System.out.printf("Backup round trip on PostgreSQL %s: %d tables (%d checksummed), %d rows, %d sequences,"
                    + " dump %d bytes, backup %d ms, restore %d ms%n", db.queryForObject("show server_version", String.class),
                    tables, CHECKSUMMED.size(), rows, sequences, Files.size(dump), (backedUp - start) / 1_000_000,
                    (restored - backedUp) / 1_000_000);
        } finally {
            Files.deleteIfExists(dump);
            server.jdbc().execute("drop database if exists " + copy + " with (force)");
            server.jdbc().execute("drop database if exists " + source + " with (force)");
        }
    }

    /** Row count of every table, position of every sequence, md5 of the full, ordered contents of a few tables. */
    private static Map<String, Object> fingerprint(JdbcTemplate db) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String table : db.queryForList("select tablename from pg_tables where schemaname = 'public' order by 1", String.class)) {
            out.put(table, db.queryForObject("select count(*) from \"" + table + "\"", Long.class));
        }
        db.queryForList("select sequencename, last_value from pg_sequences where schemaname = 'public' order by 1")
                .forEach(row -> out.put("sequence " + row.get("sequencename"), row.get("last_value")));
        for (String table : CHECKSUMMED) {
            out.put("md5 " + table, db.queryForObject(
                    "select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from \"" + table + "\" t", String.class));
        }
        return out;
    }

    /** A database to connect to: a JDBC URL naming it, user and password. */
    private record Db(String url, String user, String password) {

        JdbcTemplate jdbc() {
            return new JdbcTemplate(new DriverManagerDataSource(url, user, password));
        }

        int major() {
            return jdbc().queryForObject("show server_version_num", Integer.class) / 10000;
        }

        /** Another database of the same server. */
        Db database(String name) {
            return new Db(url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"), user, password);
        }

        /** The app's migrations as the demo profile runs them: the plan, demo accounts, values and reports. */
        Flyway flyway() {
            return Flyway.configure().dataSource(url, user, password)
                    .locations("classpath:db/migration", "classpath:db/demo").load();
        }
    }

    /** Whether scripts/pg-tools.sh finds a {@code tool} (pg_dump, pg_restore) of PostgreSQL {@code major} or newer. */
    static boolean hasTool(String tool, int major) {
        try {
            Process p = new ProcessBuilder("bash", "-c", "source scripts/pg-tools.sh && find_tool \"$0\" \"$1\"",
                    tool, String.valueOf(major)).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (Exception e) {
            throw new IllegalStateException("Could not run scripts/pg-tools.sh", e);
        }
    }

    private record Result(int code, String output) {
    }

    /** Runs a script against {@code db}, with {@code extraPath} (may be null) first on the PATH. */
    private static Result run(Db db, Path extraPath, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(new File(".")).redirectErrorStream(true);
        pb.environment().put("SPRING_DATASOURCE_URL", db.url());
        pb.environment().put("SPRING_DATASOURCE_USERNAME", db.user());
        pb.environment().put("SPRING_DATASOURCE_PASSWORD", db.password());
        if (extraPath != null) {
            pb.environment().put("PATH", extraPath + File.pathSeparator + System.getenv("PATH"));
        }
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), output);
    }
}
