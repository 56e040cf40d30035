package vn.ansinh.user;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules for a new password, temporary or chosen by the person (issue 7): at least 10 characters, not the login
 * name (nor containing it), not a commonly used password (list in {@code security/common-passwords.txt}), not one
 * character repeated.
 */
final class PasswordPolicy {

    /** The shortest password accepted, in characters. */
    static final int MIN_LENGTH = 10;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /**
     * @param username the account's login name (may be null when not known yet)
     * @param password the new password
     * @return null when acceptable, else the message key: {@code account.error.password} (too short),
     * {@code account.error.passwordUsername} or {@code account.error.passwordCommon}
     */
    static String problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "account.error.password";
        }
        String p = password.toLowerCase(Locale.ROOT);
        if (username != null && username.strip().length() >= 3 && p.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return "account.error.passwordUsername";
        }
        if (COMMON.contains(p) || p.chars().distinct().count() == 1) {
            return "account.error.passwordCommon";
        }
        return null;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
