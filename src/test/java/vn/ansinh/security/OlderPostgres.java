package vn.ansinh.security;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A second embedded PostgreSQL for {@link BackupRestoreTests}, of the release whose io.zonky server binaries Maven
 * copies into target/postgres-binaries (pom.xml: {@code backup-test-postgres-binaries.version}, 15.18.0, because 15 is
 * the major of the only pg_dump Debian 12 ships, and pg_dump refuses newer servers). The jar cannot be on the test
 * classpath (same artifactId as the PostgreSQL 17 binaries the app and the other tests use), so its
 * {@code postgres-linux-x86_64.txz} is handed to zonky by path. The server gets a free port and its own temporary data
 * folder, deleted by {@link EmbeddedPostgres#close()}.
 */
final class OlderPostgres {

    /** Set by Surefire (pom.xml) to the copied jar. */
    static final String JAR_PROPERTY = "ansinh.backup-test.postgres-binaries";

    private OlderPostgres() {
    }

    /** @return the copied jar; fails, naming the Maven step, when it is not there */
    static Path jar() {
        String jar = System.getProperty(JAR_PROPERTY);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("No PostgreSQL server binaries for the backup round trip at " + jar
                    + " (system property " + JAR_PROPERTY + "): run the test through Maven (./mvnw test), whose"
                    + " maven-dependency-plugin execution backup-test-postgres-binaries copies them");
        }
        return Path.of(jar);
    }

    /** @return the major version of the copied binaries, read from the jar's name (…-15.18.0.jar: 15) */
    static int major() {
        Matcher m = Pattern.compile("-(\\d+)\\.\\d+\\.\\d+\\.jar$").matcher(jar().getFileName().toString());
        if (!m.find()) {
            throw new IllegalStateException("No version in the name of " + jar());
        }
        return Integer.parseInt(m.group(1));
    }

    /**
     * Starts the server, after checking that a pg_dump and a pg_restore at least as new exist.
     *
     * @param sharedMajor the major of the shared test server, for the message when no pg_dump fits either server
     * @throws IllegalStateException naming what to install when this machine has no pg_dump for either server, or
     *         when it is not a Linux x86_64 machine (the only binaries copied)
     */
    static EmbeddedPostgres start(int sharedMajor) throws IOException {
        int major = major();
        if (!BackupRestoreTests.hasTool("pg_dump", major) || !BackupRestoreTests.hasTool("pg_restore", major)) {
            throw new IllegalStateException("The backup round trip needs pg_dump and pg_restore of PostgreSQL "
                    + sharedMajor + " or newer (the shared test server), or of " + major + " or newer (the second"
                    + " server, binaries " + jar().getFileName() + "); none found by scripts/pg-tools.sh. Install"
                    + " postgresql-client (Debian 12: version 15; scripts/test-tools.sh does it as root)");
        }
        Path jar = jar();
        return EmbeddedPostgres.builder().setPgBinaryResolver((system, machine) -> {
            if (!"linux".equalsIgnoreCase(system) || !"x86_64".equals(machine)) {
                throw new IOException("The copied PostgreSQL binaries are for Linux x86_64, not " + system + " "
                        + machine);
            }
            return URI.create("jar:" + jar.toUri() + "!/postgres-linux-x86_64.txz").toURL().openStream();
        }).start();
    }
}
