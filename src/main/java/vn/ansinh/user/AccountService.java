package vn.ansinh.user;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;

/**
 * Accounts: loads users for login and creates them. Passwords are stored as BCrypt hashes only.
 */
@Service
public class AccountService implements UserDetailsService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;

    AccountService(AppUserRepository users, PasswordEncoder passwordEncoder, AuditLog audit) {
        this.audit = audit;
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
     * @param username a login name
     * @return the account as stored now, if any (used on every request to follow changes made by administrators)
     */
    @Transactional(readOnly = true)
    public java.util.Optional<AppUser> find(String username) {
        return users.findByUsernameIgnoreCase(username);
    }

    /** @return every account, by login name */
    @Transactional(readOnly = true)
    public List<AppUser> all() {
        return users.findAll(org.springframework.data.domain.Sort.by("username"));
    }

    /**
     * @param id account id
     * @return the account
     * @throws vn.ansinh.shared.NotFoundException when there is none
     */
    @Transactional(readOnly = true)
    public AppUser get(long id) {
        return users.findById(id).orElseThrow(() -> new vn.ansinh.shared.NotFoundException("account " + id));
    }

    /**
     * Creates an account with a temporary password that the person must change at first login.
     *
     * @param admin    who creates it (ADMIN, or DISTRICT_STAFF for non-administrator accounts)
     * @param username login name, 3–60 of a–z, 0–9, dot, dash, underscore; unique
     * @param password the temporary password, at least 10 characters (PasswordPolicy)
     * @param fullName the person's name
     * @param role     role
     * @param unitId   their unit (required for ward and department officers)
     * @return the account
     * @throws AccountException {@code account.error.usernameTaken} (other checks are done by {@link UserForm})
     * @throws org.springframework.security.access.AccessDeniedException when district staff try to create an administrator
     */
    @Transactional
    public AppUser createTemporary(CurrentUser admin, String username, String password, String fullName, Role role,
                                   Long unitId) {
        requireManager(admin, role);
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            throw new AccountException("account.error.usernameTaken");
        }
        AppUser u = new AppUser(username, passwordEncoder.encode(password), fullName, role, unitId);
        u.setPassword(passwordEncoder.encode(password), true);
        AppUser saved = users.saveAndFlush(u);
        audit.record(admin.getUsername(), "app_user", saved.getId(), "account.create", null, audited(saved));
        return saved;
    }

    /**
     * Changes an account's name, role, unit and whether it may log in.
     *
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException when changed since the form was opened
     */
    @Transactional
    public AppUser update(CurrentUser admin, long id, String fullName, Role role, Long unitId, boolean enabled, long version) {
        AppUser u = get(id);
        requireManager(admin, u.getRole());
        requireManager(admin, role);
        if (u.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(AppUser.class, id);
        }
        if (u.getUsername().equals(admin.getUsername()) && !enabled) {
            throw new AccountException("account.error.disableSelf");
        }
        boolean losesAdmin = u.getRole() == Role.ADMIN && u.isEnabled() && (role != Role.ADMIN || !enabled);
        if (losesAdmin && users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new AccountException("account.error.lastAdmin");
        }
        Map<String, Object> before = audited(u);
        // the login name identifies the account: kept in "after" even when unchanged, so a search by it finds the entry
        before.remove("username");
        u.update(fullName, role, unitId, enabled);
        AppUser saved = users.saveAndFlush(u);
        audit.record(admin.getUsername(), "app_user", id, "account.update", before, audited(saved));
        return saved;
    }

    /**
     * Sets a temporary password; the person must set a new one at next login.
     *
     * @param admin    who resets it
     * @param id       account
     * @param password the temporary password, at least 10 characters (PasswordPolicy)
     */
    @Transactional
    public void resetPassword(CurrentUser admin, long id, String password) {
        AppUser u = get(id);
        requireManager(admin, u.getRole());
        boolean before = u.isMustChangePassword();
        u.setPassword(passwordEncoder.encode(password), true);
        // the password itself (even hashed) is never written to the audit trail
        audit.record(admin.getUsername(), "app_user", id, "account.resetPassword",
                AuditLog.fields("mustChangePassword", before),
                AuditLog.fields("username", u.getUsername(), "mustChangePassword", true, "passwordReset", true));
    }

    /**
     * The person sets their own new password.
     *
     * @param user        who is logged in
     * @param current     their current (temporary) password
     * @param newPassword the new one, at least 10 characters (PasswordPolicy) and different from the current one
     * @return the refreshed principal (no longer required to change the password)
     * @throws AccountException {@code account.error.wrongPassword} or {@code account.error.samePassword}
     */
    @Transactional
    public CurrentUser changeOwnPassword(CurrentUser user, String current, String newPassword) {
        AppUser u = users.findByUsernameIgnoreCase(user.getUsername()).orElseThrow();
        if (current == null || !passwordEncoder.matches(current, u.getPasswordHash())) {
            throw new AccountException("account.error.wrongPassword");
        }
        if (passwordEncoder.matches(newPassword, u.getPasswordHash())) {
            throw new AccountException("account.error.samePassword");
        }
        boolean before = u.isMustChangePassword();
        u.setPassword(passwordEncoder.encode(newPassword), false);
        audit.record(u.getUsername(), "app_user", u.getId(), "account.changePassword",
                AuditLog.fields("mustChangePassword", before),
                AuditLog.fields("mustChangePassword", false, "passwordChanged", true));
        // flushed first, so that the returned principal carries the new account version: otherwise the next request
        // sees an older version, refreshes the session and redirects once more, losing the confirmation shown there
        users.saveAndFlush(u);
        return CurrentUser.of(u);
    }

    private static void requireManager(CurrentUser admin, Role role) {
        if (!admin.hasAnyRole(Role.ADMIN, Role.DISTRICT_STAFF) || (role == Role.ADMIN && admin.getRole() != Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("account management");
        }
    }

    /** An account's fields for the audit trail (never the password hash). */
    private static Map<String, Object> audited(AppUser u) {
        return AuditLog.fields("username", u.getUsername(), "fullName", u.getFullName(), "role", u.getRole(),
                "orgUnitId", u.getOrgUnitId(), "enabled", u.isEnabled(), "mustChangePassword", u.isMustChangePassword());
    }

    /**
     * Creates an account (recorded in the audit trail as written by {@link AuditLog#SYSTEM}: no person is named).
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
        AppUser saved = users.saveAndFlush(new AppUser(username, passwordEncoder.encode(rawPassword), fullName, role, orgUnitId));
        audit.record(AuditLog.SYSTEM, "app_user", saved.getId(), "account.create", null, audited(saved));
        return saved;
    }
}
