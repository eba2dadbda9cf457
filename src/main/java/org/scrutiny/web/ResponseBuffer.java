package org.scrutiny.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a page in memory until it is complete (up to 128 KB), so that a page is never sent half
 * written: the CSRF token of a form far down a page can still start a session, and an error late
 * in rendering still gets the error page instead of a truncated one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ResponseBuffer extends OncePerRequestFilter {

    static final int BYTES = 128 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setBufferSize(BYTES);
        chain.doFilter(request, response);
    }
}
