package vn.ansinh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.util.HtmlUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A fault: PostgreSQL stops while the app runs and comes back. The request made while it is down fails cleanly with
 * a Vietnamese page (503, within the pool's connection timeout, no internals), and the app serves again once the
 * server is back, without a restart.
 * Runs on a PostgreSQL of its own (fixed port 54777, its own data folder), so stopping it disturbs no other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:postgresql://localhost:54777/postgres",
        "spring.datasource.username=postgres", "spring.datasource.password=postgres",
        "spring.datasource.hikari.connection-timeout=3000"})
class DatabaseRestartTests {

    private static final int PORT = 54777;
    private static Path dir;
    private static EmbeddedPostgres postgres;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("ansinh-restart");
        postgres = server();
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
        // the server's data folder, so that repeated runs leave nothing in /tmp
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static EmbeddedPostgres server() throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(PORT).start();
    }

    /** The login page: it needs the session store (Spring Session JDBC) and so the database. */
    private java.net.http.HttpResponse<String> login() throws Exception {
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRequestWhileTheDatabaseIsDownFailsCleanlyAndTheAppRecoversWithoutARestart() throws Exception {
        assertThat(login().statusCode()).isEqualTo(200);

        postgres.close();
        var down = login();
        // fails, and does not hang (the pool gives up after its 3 s connection timeout), with a Vietnamese page
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("Hệ thống tạm thời gián đoạn", "chưa được lưu")
                .doesNotContain("Exception", "org.postgresql", "Tomcat", "HTTP Status");

        postgres = server();
        // the pool reconnects on its own: the first request may still meet a connection of the old server (a 503
        // page again), so the app is given up to 15 s, without a restart, to serve the page
        var back = login();
        for (int i = 0; i < 30 && back.statusCode() != 200; i++) {
            Thread.sleep(500);
            back = login();
        }
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(back.body())).contains("Đăng nhập");
    }
}
