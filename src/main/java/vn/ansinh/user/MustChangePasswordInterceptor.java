package vn.ansinh.user;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Follows account changes in sessions already open, on every request (one query by login name):
 * a disabled account's session ends (to {@code /login?disabled}); a changed account (role, unit, password reset) gets
 * its session refreshed and the request is sent again so the new rights apply; and a person whose password was set by
 * an administrator is sent to {@code /account/password} before any other page.
 */
@Configuration(proxyBeanMethods = false)
class MustChangePasswordInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final AccountService accounts;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    MustChangePasswordInterceptor(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/logout", "/login", "/error", "/css/**", "/js/**", "/webjars/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof CurrentUser user) || user.getAccountVersion() < 0) {
            return true;
        }
        Optional<AppUser> stored = accounts.find(user.getUsername());
        if (stored.isEmpty() || !stored.get().isEnabled()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?disabled");
            return false;
        }
        if (stored.get().getVersion() != user.getAccountVersion()) {
            CurrentUser fresh = CurrentUser.of(stored.get());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            String back = "GET".equals(request.getMethod()) ? request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) : request.getContextPath() + "/";
            response.sendRedirect(back);
            return false;
        }
        if (user.isMustChangePassword() && !request.getRequestURI().endsWith("/account/password")) {
            response.sendRedirect(request.getContextPath() + "/account/password");
            return false;
        }
        return true;
    }
}
