package vn.ansinh.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When PostgreSQL cannot be reached, Spring's own error page cannot be rendered either (the sessions live in the same
 * database), so the browser would get the servlet container's English page. This outermost filter answers such a
 * failure with a static Vietnamese page ({@code static/unavailable.html}, status 503) instead. Other exceptions pass
 * through to the usual error pages.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!databaseUnreachable(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("text/html;charset=UTF-8");
            try (InputStream page = new ClassPathResource("static/unavailable.html").getInputStream()) {
                page.transferTo(response.getOutputStream());
            }
        }
    }

    /** @return whether the failure, or one of its causes, is the database being out of reach */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
