package vn.ansinh.user;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person as the app sees them. Serializable because sessions are stored in PostgreSQL.
 * Obtain it in controllers with {@code @AuthenticationPrincipal CurrentUser user}.
 */
public final class CurrentUser implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private final String passwordHash;
    private final String fullName;
    private final Role role;
    private final Long orgUnitId;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final long accountVersion;

    /**
     * @param username     login name
     * @param passwordHash BCrypt hash (erased after login by Spring Security)
     * @param fullName     name shown in the header
     * @param role         the person's role
     * @param orgUnitId    their unit, or null
     * @param enabled      whether the account may log in
     */
    public CurrentUser(String username, String passwordHash, String fullName, Role role, Long orgUnitId,
                       boolean enabled) {
        this(username, passwordHash, fullName, role, orgUnitId, enabled, false, -1);
    }

    /**
     * @param username           login name
     * @param passwordHash       BCrypt hash
     * @param fullName           name shown in the header
     * @param role               the person's role
     * @param orgUnitId          their unit, or null
     * @param enabled            whether the account may log in
     * @param mustChangePassword whether the person must set a new password before anything else
     * @param accountVersion     the account's version when this principal was made (-1 when not from the database);
     *                           a newer version means the account changed and the session is refreshed or ended
     */
    public CurrentUser(String username, String passwordHash, String fullName, Role role, Long orgUnitId,
                       boolean enabled, boolean mustChangePassword, long accountVersion) {
        this.mustChangePassword = mustChangePassword;
        this.accountVersion = accountVersion;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.orgUnitId = orgUnitId;
        this.enabled = enabled;
    }

    static CurrentUser of(AppUser u) {
        return new CurrentUser(u.getUsername(), u.getPasswordHash(), u.getFullName(), u.getRole(), u.getOrgUnitId(),
                u.isEnabled(), u.isMustChangePassword(), u.getVersion());
    }

    /**
     * @param roles roles to test
     * @return whether the user has one of them
     */
    public boolean hasAnyRole(Role... roles) {
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }

    /** @return the account version this principal reflects, or -1 */
    public long getAccountVersion() {
        return accountVersion;
    }

    /** @return whether the person must set a new password before using the app */
    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public String getFullName() {
        return fullName;
    }

    public Role getRole() {
        return role;
    }

    /** @return the id of the unit the person works for (department or ward), or null */
    public Long getOrgUnitId() {
        return orgUnitId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
