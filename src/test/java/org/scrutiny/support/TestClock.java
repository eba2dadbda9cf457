package org.scrutiny.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.scrutiny.shared.London;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: the real time in London until a test sets it, so that a
 * deadline or a reminder can be tested on the day it falls rather than on the day the suite runs.
 * A test that sets it resets it afterwards, as every test class shares one context.
 */
public final class TestClock extends Clock {

    private volatile Instant fixed;

    public void set(LocalDateTime londonTime) {
        this.fixed = londonTime.atZone(London.ZONE).toInstant();
    }

    public void reset() {
        this.fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return London.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
