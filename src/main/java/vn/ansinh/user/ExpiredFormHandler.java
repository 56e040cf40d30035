package vn.ansinh.user;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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
 * page, an anonymous user is sent to the login page with "Phiên làm việc đã hết hạn" ({@code /login?expired}, with
 * {@code continue} set to the form's page so that logging in leads back to it and its saved text), and
 * a user who has logged in again since is sent back to the page the form came from with {@code staleForm}, where
 * the layout says the form was not saved. Every other denial gets the 403 page.
 */
class ExpiredFormHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean loggedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        String back = sameSitePath(request);
        if (denied instanceof CsrfException && !loggedIn) {
            String next = back == null ? "" : "&continue=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
            response.sendRedirect(request.getContextPath() + "/login?expired" + next);
            return;
        }
        if (denied instanceof CsrfException && back != null) {
            response.sendRedirect(back + (back.contains("?") ? "&" : "?") + "staleForm");
            return;
        }
        forbidden.handle(request, response, denied);
    }

    /**
     * @param path a path given by the browser
     * @return whether it is a path of this application (starts with one slash, no scheme or host)
     */
    static boolean isLocalPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && !path.contains("\r") && !path.contains("\n");
    }

    /** The path of the Referer when it is a page of this application, else null (never an open redirect). */
    private static String sameSitePath(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())
                    || !isLocalPath(uri.getRawPath())) {
                return null;
            }
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
