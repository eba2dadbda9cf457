package org.scrutiny.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.support.MeetingBuilder.aMeeting;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.recommendations.domain.Recommendation;
import org.scrutiny.recommendations.domain.RecommendationService;
import org.scrutiny.support.ScrutinyTest;
import org.scrutiny.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The SQL statements a public page costs do not grow with the data it shows: each page is read
 * with a year of a few records and again with twenty times as many, and must cost the same (no
 * statement per row, the N+1 that makes twenty years of history slow).
 */
@ScrutinyTest
class StatementsPerPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingService meetings;

    @Autowired
    RecommendationService recommendations;

    private int renderings;

    /**
     * The statements of rendering the page, the second time it is rendered. Each request is made
     * at an address of its own (an extra parameter the page ignores), so that the page is rendered
     * each time rather than sent as this node kept it.
     */
    private int statementsFor(String path) throws Exception {
        mvc.perform(get(rendered(path))).andReturn();
        StatementCounter.reset();
        int status = mvc.perform(get(rendered(path))).andReturn().getResponse().getStatus();
        assertThat(status).as(path).isEqualTo(200);
        assertThat(StatementCounter.count())
                .as(path + " is rendered from the records")
                .isPositive();
        return StatementCounter.count();
    }

    private String rendered(String path) {
        return path + (path.contains("?") ? "&" : "?") + "rendering=" + ++renderings;
    }

    /** Adds {@code count} meetings, each with three planned items and a recommendation, in the year from May 2016. */
    private final IntConsumer history = count -> {
        for (int i = 0; i < count; i++) {
            LocalDate day = LocalDate.of(2016, 5, 4).plusWeeks(i);
            long meeting = aMeeting().on(day).plannedWith(meetings).getId();
            for (int item = 1; item <= 3; item++) {
                meetings.planItem(meeting, "Item " + item + " of " + day, null);
            }
            recommendations.send(Recommendation.Sending.recommendation(
                    meeting, "Recommendation of " + day, "That the Commissioner reports back.", day.plusDays(1)));
        }
    };

    @Test
    void the_lists_cost_as_many_statements_for_twenty_meetings_as_for_one() throws Exception {
        history.accept(1);
        String[] pages = {
            "/meetings?year=2016",
            "/work-programme?year=2016",
            "/recommendations?year=2016",
            "/recommendations",
            "/meetings.ics",
            "/recommendations.atom",
            "/"
        };
        int[] few = new int[pages.length];
        for (int i = 0; i < pages.length; i++) {
            few[i] = statementsFor(pages[i]);
        }
        history.accept(20);
        for (int i = 0; i < pages.length; i++) {
            assertThat(statementsFor(pages[i]))
                    .as(pages[i] + " with 21 meetings, against " + few[i] + " statements with one")
                    .isEqualTo(few[i]);
        }
    }
}
