package vn.ansinh.user;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
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
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Form login with BCrypt-hashed passwords; sessions (and so logins) live in PostgreSQL through Spring Session
 * JDBC. CSRF protection is on for every form. Finer rules (a department officer enters only their unit's targets)
 * are checked in the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /**
     * Content Security Policy of every response: scripts, styles, images and fonts only from the app itself, no
     * inline script or event handler (behaviour is in static/js), no plugins, no framing, forms post only to the app.
     * {@code style-src-attr 'unsafe-inline'}: ECharts draws its SVG charts with {@code style="…"} attributes
     * (set with setAttribute, which a bare {@code style-src 'self'} blocks, leaving charts unpositioned); this allows
     * style attributes only, never {@code <style>} elements, and a style attribute cannot run script.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'";

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
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
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
                .formLogin(form -> form.loginPage("/login").successHandler(SecurityConfig.loggedIn(throttle))
                        .failureHandler((request, response, failure) -> loginFailed(throttle, request, response, failure))
                        .permitAll())
                .addFilterBefore((request, response, chain) -> refuseLocked(throttle, (HttpServletRequest) request,
                        (HttpServletResponse) response, chain), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(e -> e.accessDeniedHandler(new ExpiredFormHandler()))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * After login: to the page in {@code continue} when it is a local path (the page of a form posted after the
     * session ended), else to the page asked for before login, else home.
     */
    private static AuthenticationSuccessHandler loggedIn(LoginThrottle throttle) {
        SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
        saved.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            throttle.succeeded(request.getParameter("username"));
            String next = request.getParameter("continue");
            if (ExpiredFormHandler.isLocalPath(next)) {
                response.sendRedirect(request.getContextPath() + next);
                return;
            }
            saved.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /**
     * A login form posted for a name locked by {@link LoginThrottle}: back to the form with "Tài khoản tạm khóa …
     * thử lại sau N phút", without checking the password. Every other request passes.
     */
    private static void refuseLocked(LoginThrottle throttle, HttpServletRequest request, HttpServletResponse response,
                                     FilterChain chain) throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            long minutes = throttle.minutesLocked(request.getParameter("username"));
            if (minutes > 0) {
                response.sendRedirect(request.getContextPath() + "/login?locked=" + minutes + keptFields(request));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Back to the login form with the error and the login name typed (never the password) kept in the box; the
     * failure is counted, and the one that locks the name shows the lock instead.
     */
    private static void loginFailed(LoginThrottle throttle, HttpServletRequest request, HttpServletResponse response,
                                    AuthenticationException failure) throws IOException {
        throttle.failed(request.getParameter("username"));
        long minutes = throttle.minutesLocked(request.getParameter("username"));
        if (minutes > 0) {
            response.sendRedirect(request.getContextPath() + "/login?locked=" + minutes + keptFields(request));
            return;
        }
        String kind = failure instanceof org.springframework.security.authentication.DisabledException ? "disabled" : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + kind + keptFields(request));
    }

    /** The login name typed and the page to continue to, as query parameters starting with {@code &}. */
    private static String keptFields(HttpServletRequest request) {
        String username = request.getParameter("username");
        boolean keep = username != null && !username.isBlank() && username.length() <= 60;
        String query = keep ? "&username=" + URLEncoder.encode(username.strip(), StandardCharsets.UTF_8) : "";
        String next = request.getParameter("continue");
        if (ExpiredFormHandler.isLocalPath(next) && next.length() <= 500) {
            query += "&continue=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        }
        return query;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Sign-in against the accounts table, with the account's state (disabled) checked only after the password:
     * Spring's default checks it first, so "Tài khoản này đã bị khóa" told anyone who typed a login name, without its
     * password, that the account exists and is disabled. Now a wrong password always gets the generic message.
     */
    @Bean
    org.springframework.security.authentication.dao.DaoAuthenticationProvider authenticationProvider(
            AccountService accounts, PasswordEncoder passwordEncoder) {
        var provider = new org.springframework.security.authentication.dao.DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(new org.springframework.security.authentication.AccountStatusUserDetailsChecker());
        return provider;
    }
}
