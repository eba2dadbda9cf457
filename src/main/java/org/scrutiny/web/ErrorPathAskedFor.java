package org.scrutiny.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error page is where the server sends a request that failed; asked for directly, with no
 * error to show, it is a page that does not exist, not a server error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ErrorPathAskedFor extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean noError = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null;
        if (noError && request.getRequestURI().equals(request.getContextPath() + "/error")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
