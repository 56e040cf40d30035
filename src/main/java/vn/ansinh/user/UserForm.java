package vn.ansinh.user;

import org.springframework.validation.Errors;

/**
 * The account form as typed. {@link #check} validates: login name 3–60 of a–z, 0–9, dot, dash, underscore (new accounts
 * only); full name required (≤ 200); role required; a unit for ward and department officers; a temporary password of
 * at least 10 characters (PasswordPolicy) for new accounts.
 */
public class UserForm {

    private String username;
    private String fullName;
    private Role role;
    private Long orgUnitId;
    private boolean enabled = true;
    private String password;
    private long version;

    static UserForm of(AppUser u) {
        UserForm f = new UserForm();
        f.username = u.getUsername();
        f.fullName = u.getFullName();
        f.role = u.getRole();
        f.orgUnitId = u.getOrgUnitId();
        f.enabled = u.isEnabled();
        f.version = u.getVersion();
        return f;
    }

    boolean check(boolean creating, Errors errors) {
        if (creating && (username == null || !getUsername().matches("[a-z0-9._-]{3,60}"))) {
            errors.rejectValue("username", "account.error.username");
        }
        if (fullName == null || fullName.isBlank()) {
            errors.rejectValue("fullName", "account.error.fullName");
        } else if (fullName.length() > 200) {
            errors.rejectValue("fullName", "value.tooLong", new Object[]{200}, null);
        }
        if (role == null) {
            errors.rejectValue("role", "account.error.role");
        } else if ((role == Role.WARD_OFFICER || role == Role.DEPARTMENT_OFFICER) && orgUnitId == null) {
            errors.rejectValue("orgUnitId", "account.error.unitRequired");
        }
        String problem = creating ? PasswordPolicy.problem(username, password) : null;
        if (problem != null) {
            errors.rejectValue("password", problem);
        }
        return !errors.hasErrors();
    }

    public String getUsername() {
        return username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName == null ? null : fullName.strip();
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public void setOrgUnitId(Long orgUnitId) {
        this.orgUnitId = orgUnitId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
