package vn.ansinh.shared.web;

import java.security.Principal;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the session timeout in seconds ({@code sessionSeconds}), so the page script can warn a logged-in
 * user before the session ends (0 for anonymous pages), and {@code staleForm}, read from the query string only (never
 * from a request body, which may be a failed upload).
 */
@ControllerAdvice(basePackages = "vn.ansinh")
class SessionInfoAdvice {

    private final long timeoutSeconds;

    SessionInfoAdvice(@Value("${spring.session.timeout:30m}") Duration timeout) {
        this.timeoutSeconds = timeout.toSeconds();
    }

    /** @return whether the page was reached after a form went stale (see ExpiredFormHandler), read from the query */
    @ModelAttribute("staleForm")
    boolean staleForm(jakarta.servlet.http.HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.matches("(.*&)?staleForm(=.*)?(&.*)?");
    }

    @ModelAttribute("sessionSeconds")
    long sessionSeconds(Principal principal) {
        return principal == null ? 0 : timeoutSeconds;
    }
}
