package org.scrutiny.accounts.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.scrutiny.accounts.domain.LoginThrottle;
import org.scrutiny.accounts.domain.UserAccount;
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

    private static String accountKey(HttpServletRequest request) {
        return "account:"
                + Optional.ofNullable(UserAccount.normalise(request.getParameter("email")))
                        .orElse("");
    }

    private static String addressKey(HttpServletRequest request) {
        return "address:" + request.getRemoteAddr();
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
                if (throttle.lockedUntil(accountKey(request)).isPresent()
                        || throttle.lockedUntil(addressKey(request)).isPresent()) {
                    response.sendRedirect(request.getContextPath() + "/login?locked");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            throttle.recordFailure(accountKey(request));
            throttle.recordFailure(addressKey(request));
            boolean nowLocked = throttle.lockedUntil(accountKey(request)).isPresent()
                    || throttle.lockedUntil(addressKey(request)).isPresent();
            response.sendRedirect(request.getContextPath() + (nowLocked ? "/login?locked" : "/login?error"));
        };
    }

    AuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler savedRequest =
                new SavedRequestAwareAuthenticationSuccessHandler();
        savedRequest.setDefaultTargetUrl("/account");
        return (request, response, authentication) -> {
            throttle.recordSuccess(accountKey(request));
            savedRequest.onAuthenticationSuccess(request, response, authentication);
        };
    }
}
