package vn.ansinh.user;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form posted after the session ended carries a CSRF token that no longer matches: instead of the "no permission"
 * page, the user is sent to the login page with "Phiên làm việc đã hết hạn" ({@code /login?expired}).
 * Every other denial gets the 403 page.
 */
class ExpiredFormHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean loggedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        if (denied instanceof CsrfException && !loggedIn) {
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        forbidden.handle(request, response, denied);
    }
}
