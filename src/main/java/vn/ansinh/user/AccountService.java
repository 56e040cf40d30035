package vn.ansinh.user;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: loads users for login and creates them. Passwords are stored as BCrypt hashes only.
 */
@Service
public class AccountService implements UserDetailsService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    AccountService(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * @param username login name, case-insensitive
     * @return the user for Spring Security
     * @throws UsernameNotFoundException when no such account exists
     */
    @Override
    @Transactional(readOnly = true)
    public CurrentUser loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username.strip())
                .map(CurrentUser::of)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /**
     * @param usernames login names (as stored in "updated by" columns)
     * @return full name by login name, for those that exist; one query
     */
    @Transactional(readOnly = true)
    public Map<String, String> fullNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return users.findByUsernameIn(usernames).stream()
                .collect(Collectors.toMap(AppUser::getUsername, AppUser::getFullName, (a, b) -> a));
    }

    /**
     * Creates an account.
     *
     * @param username    login name, unique
     * @param rawPassword the password, stored hashed with BCrypt
     * @param fullName    name shown in the app
     * @param role        role
     * @param orgUnitId   the person's unit (department or ward), or null for district-wide roles
     * @return the saved account
     */
    @Transactional
    public AppUser create(String username, String rawPassword, String fullName, Role role, Long orgUnitId) {
        return users.save(new AppUser(username, passwordEncoder.encode(rawPassword), fullName, role, orgUnitId));
    }
}
