package org.scrutiny.accounts.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.scrutiny.accounts.domain.LoginThrottle;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/** Counts failed sign-ins per account and per client address, and turns away locked ones. */
class ThrottledLogin {

    private final LoginThrottle throttle;

    ThrottledLogin(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    private boolean locked(HttpServletRequest request) {
        return throttle.isLocked(request.getParameter("email"), request.getRemoteAddr());
    }

    OncePerRequestFilter lockoutFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI()
                        .substring(request.getContextPath().length());
                return !("POST".equals(request.getMethod()) && "/login".equals(path));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (locked(request)) {
                    response.sendRedirect(request.getContextPath() + "/login?locked");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            throttle.recordFailure(request.getParameter("email"), request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + (locked(request) ? "/login?locked" : "/login?error"));
        };
    }

    AuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler savedRequest =
                new SavedRequestAwareAuthenticationSuccessHandler();
        savedRequest.setDefaultTargetUrl("/account");
        return (request, response, authentication) -> {
            throttle.recordSuccess(request.getParameter("email"));
            savedRequest.onAuthenticationSuccess(request, response, authentication);
        };
    }
}
