package vn.ansinh;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Chooses the real PostgreSQL every test context runs on, in this order:
 * <ol>
 * <li>an external server named by {@code SPRING_DATASOURCE_URL} (with {@code SPRING_DATASOURCE_USERNAME} and
 * {@code SPRING_DATASOURCE_PASSWORD}): nothing to do, Spring Boot binds it;</li>
 * <li>a Testcontainers {@code postgres:17} container when a Docker engine answers;</li>
 * <li>otherwise an embedded PostgreSQL 17 (io.zonky binaries from Maven Central) in a temporary folder.</li>
 * </ol>
 * One server per JVM, shared by all contexts and stopped at JVM exit. Registered in
 * {@code META-INF/spring.factories}, so every {@code @SpringBootTest} and slice test gets it.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static volatile String[] properties;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var env = context.getEnvironment();
        // slice tests must keep this real database instead of looking for an in-memory one
        TestPropertyValues.of("spring.test.database.replace=none").applyTo(context);
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            return;
        }
        TestPropertyValues.of(start()).applyTo(context);
    }

    /** @return which server the tests use, for logs and reports */
    static synchronized String[] start() {
        if (properties != null) {
            return properties;
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            log.info("Tests run on Testcontainers PostgreSQL at {}", container.getJdbcUrl());
            properties = new String[]{"spring.datasource.url=" + container.getJdbcUrl(),
                    "spring.datasource.username=" + container.getUsername(),
                    "spring.datasource.password=" + container.getPassword()};
            return properties;
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    log.warn("Could not stop embedded PostgreSQL", e);
                }
            }));
            String url = postgres.getJdbcUrl("postgres", "postgres");
            log.info("No Docker engine: tests run on embedded PostgreSQL at {}", url);
            properties = new String[]{"spring.datasource.url=" + url, "spring.datasource.username=postgres",
                    "spring.datasource.password="};
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL for the tests", e);
        }
    }
}
