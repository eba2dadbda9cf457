package org.scrutiny.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

class PublicPageValidatorsTest {

    /** Changed last at 20:01:30 on 7 December 2026. */
    private static final PublicPageValidators.Validator VALIDATOR = new PublicPageValidators.Validator(
            "key",
            "W/\"abc-20-29944561\"",
            Instant.parse("2026-12-07T20:01:30Z").toEpochMilli());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "W/\"abc-20-29944561\"                 | true",
                "\"abc-20-29944561\"                   | true",
                "\"other\", W/\"abc-20-29944561\"      | true",
                "*                                     | true",
                "W/\"abc-21-29944561\"                 | false",
                "W/\"abc-20-29944562\", \"x\"          | false",
                "garbage                               | false"
            })
    void a_visit_is_unchanged_when_it_holds_the_current_tag_compared_weakly(String ifNoneMatch, boolean unchanged) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/meetings/4");
        request.addHeader("If-None-Match", ifNoneMatch);
        // An entity tag decides, whatever the date says.
        request.addHeader("If-Modified-Since", "Mon, 07 Dec 2026 20:05:00 GMT");
        assertThat(PublicPageValidators.unchanged(VALIDATOR, request)).isEqualTo(unchanged);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Mon, 07 Dec 2026 20:01:30 GMT | true",
                "Mon, 07 Dec 2026 21:00:00 GMT | true",
                "Mon, 07 Dec 2026 20:01:29 GMT | false",
                "Sat, 07 Dec 2026 20:05:00 GMT | false",
                "yesterday                     | false"
            })
    void without_a_tag_a_visit_is_unchanged_when_nothing_changed_since_its_date(String since, boolean unchanged) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/meetings/4");
        request.addHeader("If-Modified-Since", since);
        assertThat(PublicPageValidators.unchanged(VALIDATOR, request)).isEqualTo(unchanged);
    }

    @Test
    void a_visit_without_a_validator_is_not_unchanged() {
        assertThat(PublicPageValidators.unchanged(VALIDATOR, new MockHttpServletRequest("GET", "/")))
                .isFalse();
    }
}
