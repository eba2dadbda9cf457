package org.scrutiny.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Every form the application renders carries a one-time token beside its CSRF token. The first
 * sending of a token is handled; a second sending of the same token (a double click, a resend
 * after a slow answer) is not handled again: it is sent where the first one led, or told that the
 * form has already been sent. The tokens are kept in the database, so this holds on every node.
 * A sending answered with an error forgets its token, so that the person can send it again.
 */
@Configuration(proxyBeanMethods = false)
public class OneTimeSubmissions implements HandlerInterceptor, WebMvcConfigurer {

    /** The name of the hidden field that carries the token. */
    public static final String PARAMETER = "_submission";

    private static final String HANDLING = OneTimeSubmissions.class.getName() + ".token";
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f-]{36}");
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(10);
    private static final Duration KEEP = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** Without a database (a test of the web layer alone) forms are sent as they come. */
    OneTimeSubmissions(ObjectProvider<JdbcTemplate> jdbc, Clock clock) {
        this.jdbc = jdbc.getIfAvailable();
        this.clock = clock;
    }

    /** Adds the token to every form that gets a CSRF token, that is every form that posts. */
    @Bean
    static BeanPostProcessor oneTimeTokenInForms() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestDataValueProcessor processor && !(bean instanceof WithToken)) {
                    return new WithToken(processor);
                }
                return bean;
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (jdbc != null) {
            registry.addInterceptor(this);
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        String token = request.getParameter(PARAMETER);
        if (token == null || !TOKEN.matcher(token).matches()) {
            return true;
        }
        long giveUp = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
        while (true) {
            if (claim(token)) {
                request.setAttribute(HANDLING, token);
                return true;
            }
            List<String> outcome =
                    jdbc.queryForList("select outcome from form_submission where token = ?", String.class, token);
            if (!outcome.isEmpty() && outcome.get(0) != null) {
                if (outcome.get(0).isEmpty()) {
                    throw new AlreadySubmitted();
                }
                response.setStatus(HttpStatus.SEE_OTHER.value());
                response.setHeader("Location", outcome.get(0));
                return false;
            }
            if (outcome.isEmpty()) {
                continue; // the first sending failed and gave its token back: this one is handled
            }
            if (System.nanoTime() - giveUp > 0) {
                throw new AlreadySubmitted();
            }
            Thread.sleep(100);
        }
    }

    private boolean claim(String token) {
        return jdbc.update(
                        "insert into form_submission (token, sent_at) values (?, ?) on conflict (token) do nothing",
                        token,
                        Timestamp.from(clock.instant()))
                == 1;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!(request.getAttribute(HANDLING) instanceof String token)) {
            return;
        }
        int status = response.getStatus();
        String location = response.getHeader("Location");
        if (failure != null || status >= 400) {
            jdbc.update("delete from form_submission where token = ?", token);
        } else if (status >= 300 && location != null && location.length() <= 2000) {
            jdbc.update("update form_submission set outcome = ? where token = ?", location, token);
        } else {
            jdbc.update("update form_submission set outcome = '' where token = ?", token);
        }
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    void scheduledCleanUp() {
        forgetOld();
    }

    /** Forgets tokens sent more than a day ago; harmless when several nodes do it at once. */
    public int forgetOld() {
        if (jdbc == null) {
            return 0;
        }
        return jdbc.update(
                "delete from form_submission where sent_at < ?",
                Timestamp.from(clock.instant().minus(KEEP)));
    }

    /** Spring Security's CSRF processor, with the one-time token added wherever it adds its own. */
    private record WithToken(RequestDataValueProcessor delegate) implements RequestDataValueProcessor {

        @Override
        public String processAction(HttpServletRequest request, String action, String httpMethod) {
            return delegate.processAction(request, action, httpMethod);
        }

        @Override
        public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
            return delegate.processFormFieldValue(request, name, value, type);
        }

        @Override
        public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
            Map<String, String> fields = delegate.getExtraHiddenFields(request);
            if (fields == null || fields.isEmpty()) {
                return fields;
            }
            Map<String, String> withToken = new LinkedHashMap<>(fields);
            withToken.put(PARAMETER, UUID.randomUUID().toString());
            return withToken;
        }

        @Override
        public String processUrl(HttpServletRequest request, String url) {
            return delegate.processUrl(request, url);
        }
    }
}
