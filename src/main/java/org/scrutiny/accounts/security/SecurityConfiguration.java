package org.scrutiny.accounts.security;

import org.scrutiny.accounts.Role;
import org.scrutiny.accounts.domain.LoginThrottle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Pages and files anyone may see without signing in. */
    static final String[] PUBLIC = {
        "/",
        "/meetings",
        "/meetings/**",
        "/meetings.ics",
        "/work-programme",
        "/members",
        "/about",
        "/people/*",
        "/about/documents/*",
        "/actions",
        "/complaint-reviews/new",
        "/complaint-reviews/sent",
        "/accessibility",
        "/cookies",
        "/login",
        "/error",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/images/**",
        "/favicon.ico",
        "/actuator/health",
        "/actuator/health/**"
    };

    /**
     * Spring Security would otherwise time each of its filters, and each check of access, on every
     * request: a tenth of what a kept public page costs. The requests themselves are still measured.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        ThrottledLogin throttledLogin = new ThrottledLogin(throttle);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/manage/complaints", "/manage/complaints/**")
                        .hasAnyRole(
                                Role.SECRETARIAT.name(), Role.MONITORING_OFFICER.name(), Role.COMPLAINTS_HANDLER.name())
                        .requestMatchers("/opcc/review-figures")
                        .hasAnyRole(
                                Role.SECRETARIAT.name(),
                                Role.OPCC.name(),
                                Role.REVIEW_OFFICER.name(),
                                Role.SENIOR_MANAGER.name())
                        .requestMatchers(
                                HttpMethod.POST,
                                "/opcc/complaint-reviews/*/quality-assurance",
                                "/opcc/complaint-reviews/*/return")
                        .hasRole(Role.SENIOR_MANAGER.name())
                        .requestMatchers("/opcc/plan", "/opcc/plan/**", "/opcc/decisions", "/opcc/decisions/**")
                        .hasRole(Role.OPCC.name())
                        .requestMatchers("/opcc/**")
                        .hasAnyRole(Role.REVIEW_OFFICER.name(), Role.SENIOR_MANAGER.name())
                        .requestMatchers("/manage/**")
                        .hasAnyRole(Role.SECRETARIAT.name(), Role.ADMIN.name())
                        .requestMatchers("/members/**")
                        .hasAnyRole(Role.MEMBER.name(), Role.SECRETARIAT.name(), Role.ADMIN.name())
                        .requestMatchers("/reports", "/reports/**")
                        .hasAnyRole(Role.OPCC.name(), Role.SECRETARIAT.name(), Role.ADMIN.name())
                        .requestMatchers("/account")
                        .authenticated()
                        // Anything else is public so that a mistyped address gets the "page not found"
                        // page, not a sign-in form. RouteSecurityMatrixTest fails for any route that
                        // has not been classified, so nothing new is left open by accident.
                        .anyRequest()
                        .permitAll())
                // Mail programs stop email updates with a bare POST (RFC 8058): the token in the
                // address is the proof, and there is no form to carry a CSRF token.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/updates/unsubscribe/*"))
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .successHandler(throttledLogin.successHandler())
                        .failureHandler(throttledLogin.failureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signed-out"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(throttledLogin.lockoutFilter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ContentSecurityPolicyFilter(), UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers.frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions ->
                                permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }

    /**
     * Sessions are kept in PostgreSQL so that every node knows them; its upsert lets two requests
     * of one session that arrive together (a double click) both store the same attribute, where
     * the default insert would fail the second with a duplicate key.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionsOnPostgreSql() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the algorithm recorded in each hash so it can be raised later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
