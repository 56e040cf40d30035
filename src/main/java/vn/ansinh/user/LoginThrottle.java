package vn.ansinh.user;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Temporary lockout after repeated failed logins, stored in PostgreSQL (table {@code login_throttle}, V018) so that
 * all app nodes share it: {@value #MAX_FAILURES} wrong passwords in a row lock the login name for
 * {@link #LOCK} (15 minutes). Counted per name typed, existing or not, so the lock reveals no account.
 */
@Component
class LoginThrottle {

    /** Failed attempts in a row that lock the name. */
    static final int MAX_FAILURES = 5;

    /** How long a name stays locked. */
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param username the login name typed
     * @return whole minutes (at least 1) until the name may try again, or 0 when it is not locked
     */
    long minutesLocked(String username) {
        List<Timestamp> until = jdbc.queryForList("select locked_until from login_throttle where username = ?",
                Timestamp.class, key(username));
        if (until.isEmpty() || until.get(0) == null) {
            return 0;
        }
        Duration left = Duration.between(clock.instant(), until.get(0).toInstant());
        return left.isNegative() || left.isZero() ? 0 : Math.max(1, (left.getSeconds() + 59) / 60);
    }

    /**
     * Counts a failed login (one atomic statement, safe across nodes); the {@value #MAX_FAILURES}th in a row locks
     * the name and starts the count again.
     */
    void failed(String username) {
        Instant now = clock.instant();
        jdbc.update("""
                insert into login_throttle (username, failures, locked_until, updated_at) values (?, 1, null, ?)
                on conflict (username) do update set
                  failures = case when login_throttle.failures + 1 >= ? then 0 else login_throttle.failures + 1 end,
                  locked_until = case when login_throttle.failures + 1 >= ? then ? else login_throttle.locked_until end,
                  updated_at = excluded.updated_at""",
                key(username), Timestamp.from(now), MAX_FAILURES, MAX_FAILURES, Timestamp.from(now.plus(LOCK)));
    }

    /** A successful login clears the count. */
    void succeeded(String username) {
        jdbc.update("delete from login_throttle where username = ?", key(username));
    }

    private static String key(String username) {
        String k = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return k.length() > 200 ? k.substring(0, 200) : k;
    }
}
