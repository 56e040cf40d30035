package vn.ansinh.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An account: login name, BCrypt password hash, role, and the org unit the person works for
 * (department or ward; null for district-wide roles).
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "full_name")
    private String fullName;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "org_unit_id")
    private Long orgUnitId;

    private boolean enabled = true;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Version
    private long version;

    protected AppUser() {
    }

    /**
     * @param username     login name
     * @param passwordHash BCrypt hash
     * @param fullName     the person's name as shown in the app
     * @param role         role
     * @param orgUnitId    the unit the person works for, or null
     */
    public AppUser(String username, String passwordHash, String fullName, Role role, Long orgUnitId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.orgUnitId = orgUnitId;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public Role getRole() {
        return role;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** @return whether the password was set by an administrator and must be replaced at next login */
    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void update(String fullName, Role role, Long orgUnitId, boolean enabled) {
        this.fullName = fullName;
        this.role = role;
        this.orgUnitId = orgUnitId;
        this.enabled = enabled;
    }

    void setPassword(String hash, boolean temporary) {
        this.passwordHash = hash;
        this.mustChangePassword = temporary;
    }

    public long getVersion() {
        return version;
    }
}
