package vn.ansinh.user;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Form login with BCrypt-hashed passwords; sessions (and so logins) live in PostgreSQL through Spring Session
 * JDBC. CSRF protection is on for every form. Finer rules (a department officer enters only their unit's targets)
 * are checked in the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /**
     * Sessions live in PostgreSQL (Spring Session JDBC). Two requests of one session that set the same attribute at
     * once (a double-clicked confirm button) would both insert it and the second would fail on the primary key; the
     * PostgreSQL customizer writes attributes with {@code INSERT … ON CONFLICT DO UPDATE} instead.
     */
    @Bean
    org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpsert() {
        return new org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/targets/*/values").hasAnyRole(Role.ADMIN.name(),
                                Role.DISTRICT_STAFF.name(), Role.DEPARTMENT_OFFICER.name(), Role.WARD_OFFICER.name())
                        .requestMatchers("/targets/*/values/edit").hasAnyRole(Role.ADMIN.name(),
                                Role.DISTRICT_STAFF.name(), Role.DEPARTMENT_OFFICER.name(), Role.WARD_OFFICER.name())
                        .requestMatchers(HttpMethod.POST, "/cycles", "/cycles/*", "/reports/*/return", "/reports/*/accept",
                                "/reports/*/reopen")
                        .hasAnyRole(Role.ADMIN.name(), Role.DISTRICT_STAFF.name())
                        .requestMatchers(HttpMethod.POST, "/reports", "/reports/*", "/reports/*/scan").hasRole(Role.WARD_OFFICER.name())
                        .requestMatchers(HttpMethod.POST, "/tasks/*/progress").hasAnyRole(Role.ADMIN.name(),
                                Role.DISTRICT_STAFF.name(), Role.DEPARTMENT_OFFICER.name())
                        // the audit trail is for administrators only; must come before the /admin/** rule
                        .requestMatchers("/admin/audit", "/admin/audit/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/admin/**").hasAnyRole(Role.ADMIN.name(), Role.DISTRICT_STAFF.name())
                        .requestMatchers("/summary", "/summary/**").hasAnyRole(Role.ADMIN.name(), Role.DISTRICT_STAFF.name(), Role.LEADER.name())
                        .requestMatchers("/units/**").hasAnyRole(Role.ADMIN.name(), Role.DISTRICT_STAFF.name(), Role.LEADER.name())
                        .requestMatchers("/cycles", "/cycles/**").hasAnyRole(Role.ADMIN.name(), Role.DISTRICT_STAFF.name(),
                                Role.LEADER.name(), Role.DEPARTMENT_OFFICER.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(SecurityConfig.loggedIn())
                        .failureHandler(SecurityConfig::loginFailed).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(e -> e.accessDeniedHandler(new ExpiredFormHandler()));
        return http.build();
    }

    /**
     * After login: to the page in {@code continue} when it is a local path (the page of a form posted after the
     * session ended), else to the page asked for before login, else home.
     */
    private static AuthenticationSuccessHandler loggedIn() {
        SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
        saved.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            String next = request.getParameter("continue");
            if (ExpiredFormHandler.isLocalPath(next)) {
                response.sendRedirect(request.getContextPath() + next);
                return;
            }
            saved.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** Back to the login form with the error and the login name typed (never the password) kept in the box. */
    private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
                                    AuthenticationException failure) throws IOException {
        String username = request.getParameter("username");
        boolean keep = username != null && !username.isBlank() && username.length() <= 60;
        String query = keep ? "&username=" + URLEncoder.encode(username.strip(), StandardCharsets.UTF_8) : "";
        String next = request.getParameter("continue");
        if (ExpiredFormHandler.isLocalPath(next) && next.length() <= 500) {
            query += "&continue=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        }
        String kind = failure instanceof org.springframework.security.authentication.DisabledException ? "disabled" : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + kind + query);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
