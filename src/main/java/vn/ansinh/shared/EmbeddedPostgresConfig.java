package vn.ansinh.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs the app on an embedded PostgreSQL 17 (real server binaries from Maven Central, io.zonky) when no
 * {@code spring.datasource.url} is configured, so that {@code ./mvnw spring-boot:run} works on a fresh machine.
 * Data is kept between runs in {@code ansinh.embedded-postgres.data-dir} (default {@code ./data/postgres});
 * the server listens on {@code ansinh.embedded-postgres.port} (default 54329) on localhost only.
 * Set {@code SPRING_DATASOURCE_URL} (and user and password) to use an external PostgreSQL instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfig.NoDatasourceUrl.class)
public class EmbeddedPostgresConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${ansinh.embedded-postgres.data-dir:./data/postgres}") String dataDir,
                                      @Value("${ansinh.embedded-postgres.port:54329}") int port) throws IOException {
        Path dir = Path.of(dataDir).toAbsolutePath();
        Files.createDirectories(dir.getParent());
        log.info("Starting embedded PostgreSQL on port {} with data in {}", port, dir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "localhost")
                .start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create()
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
    }

    /** Matches when no datasource URL is configured and the embedded server is not switched off. */
    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            return !StringUtils.hasText(env.getProperty("spring.datasource.url"))
                    && env.getProperty("ansinh.embedded-postgres.enabled", Boolean.class, true);
        }
    }
}
