package org.scrutiny.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application serves, for an anonymous visitor and for each role: allowed or
 * refused. The expected access is written here, not read from the security configuration, and a
 * route that is not classified below fails the test until someone decides who may use it.
 */
@ScrutinyTest
class RouteSecurityMatrixTest {

    enum Who {
        ANONYMOUS,
        ADMIN,
        SECRETARIAT,
        MEMBER,
        OPCC,
        MONITORING_OFFICER,
        COMPLAINTS_HANDLER,
        REVIEW_OFFICER,
        SENIOR_MANAGER
    }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> SECRETARIAT = EnumSet.of(Who.ADMIN, Who.SECRETARIAT);
    private static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);
    private static final Set<Who> MEMBERS = EnumSet.of(Who.ADMIN, Who.SECRETARIAT, Who.MEMBER);
    private static final Set<Who> REPORT_WRITERS = EnumSet.of(Who.ADMIN, Who.SECRETARIAT, Who.OPCC);
    /**
     * The complaints register: only those the panel authorised (reg 7 and 34). Not the
     * administrator, not the OPCC without a delegation, never a member or the public.
     */
    private static final Set<Who> COMPLAINT_HANDLERS =
            EnumSet.of(Who.SECRETARIAT, Who.MONITORING_OFFICER, Who.COMPLAINTS_HANDLER);

    /** Requests to review police complaints: the office's review officer and senior managers only. */
    private static final Set<Who> REVIEWERS = EnumSet.of(Who.REVIEW_OFFICER, Who.SENIOR_MANAGER);
    /** Their figures, never a case: the office and the panel's secretariat too. */
    private static final Set<Who> REVIEW_FIGURES =
            EnumSet.of(Who.SECRETARIAT, Who.OPCC, Who.REVIEW_OFFICER, Who.SENIOR_MANAGER);

    private static final List<String> PUBLIC_ROUTES = List.of(
            "/",
            "/meetings",
            "/meetings/{id}",
            "/meetings/{id}/calendar.ics",
            "/meetings/{meetingId}/agenda",
            "/meetings/{meetingId}/agenda.pdf",
            "/meetings/{meetingId}/agenda-pack.pdf",
            "/meetings/{meetingId}/reports/{reportId}",
            "/meetings/{meetingId}/reports/{reportId}.pdf",
            "/meetings/{meetingId}/reports/{reportId}/files/{fileId}",
            "/meetings/{meetingId}/versions/{number}/agenda.pdf",
            "/meetings/{meetingId}/minutes",
            "/meetings/{meetingId}/minutes.pdf",
            "/meetings/{meetingId}/actions-review",
            "/meetings/{meetingId}/versions/{number}/actions-review",
            "/actions",
            "/attendance",
            "/annual-report",
            "/annual-report/{year}",
            "/annual-report/{year}.pdf",
            "/attendance.csv",
            "/statistics/recommendations",
            "/statistics/recommendations.csv",
            "/statistics/questions",
            "/statistics/questions.csv",
            "/search",
            "/costs",
            "/costs/{year}",
            "/costs/{year}.pdf",
            "/costs/{year}/members.csv",
            "/recommendations",
            "/recommendations.csv",
            "/oparl/v1",
            "/oparl/v1/",
            "/oparl/v1/system",
            "/oparl/v1/{segment}",
            "/oparl/v1/{segment}/{key}",
            "/oparl/v1/**",
            "/open-data",
            "/open-data/scrutiny-open-data.zip",
            "/precept",
            "/hearings",
            "/hearings/{id}",
            "/hearings/{id}/report.pdf",
            "/precept/{year}",
            "/precept/{year}/report",
            "/precept/{year}/report.pdf",
            "/recommendations/{id}",
            "/recommendations/{id}/letter",
            "/recommendations/{id}/letter/{number}",
            "/attendance/{personId}",
            "/meetings/{meetingId}/versions/{number}/agenda-pack.pdf",
            "/meetings.ics",
            "/meetings.atom",
            "/documents.atom",
            "/recommendations.atom",
            "/questions/new",
            "/complaints/new",
            "/complaints/sent",
            "/complaint-reviews/new",
            "/complaint-reviews/sent",
            "/meetings/{meetingId}/complaint-reviews",
            "/plan",
            "/plan/deliverables/{id}",
            "/decisions",
            "/decisions.atom",
            "/decisions/{id}",
            "/decisions/{id}/notice",
            "/questions/sent",
            "/meetings/{meetingId}/questions",
            "/updates/new",
            "/updates/check-email",
            "/updates/confirm/{token}",
            "/updates/unsubscribe/{token}",
            "/work-programme",
            "/members",
            "/about",
            "/people/{id}",
            "/about/documents/{id}",
            "/accessibility",
            "/cookies",
            "/login",
            "/error");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Route(HttpMethod method, String pattern) {}

    static Set<Who> whoMayUse(Route route) {
        String path = route.pattern();
        if (PUBLIC_ROUTES.contains(path)) {
            return EVERYONE;
        }
        if (path.equals("/manage/complaints") || path.startsWith("/manage/complaints/")) {
            return COMPLAINT_HANDLERS;
        }
        if (path.equals("/opcc/review-figures")) {
            return REVIEW_FIGURES;
        }
        if (route.method() == HttpMethod.POST
                && (path.equals("/opcc/complaint-reviews/{id}/quality-assurance")
                        || path.equals("/opcc/complaint-reviews/{id}/return"))) {
            return EnumSet.of(Who.SENIOR_MANAGER);
        }
        if (path.startsWith("/opcc/plan") || path.startsWith("/opcc/decisions")) {
            return EnumSet.of(Who.OPCC);
        }
        if (path.startsWith("/opcc/")) {
            return REVIEWERS;
        }
        if (path.equals("/reports") || path.startsWith("/reports/")) {
            return REPORT_WRITERS;
        }
        if (path.startsWith("/members/")) {
            return MEMBERS;
        }
        if (path.equals("/account")) {
            return SIGNED_IN;
        }
        if (path.startsWith("/admin/")) {
            return ADMIN;
        }
        if (path.equals("/manage") || path.startsWith("/manage/")) {
            return SECRETARIAT;
        }
        throw new AssertionError("Route " + route + " is not classified in the security matrix: decide who may use it");
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add(new Route(HttpMethod.GET, pattern));
                }
                for (RequestMethod method : methods) {
                    routes.add(new Route(HttpMethod.valueOf(method.name()), pattern));
                }
            }
        });
        return routes;
    }

    private static RequestPostProcessor as(Who who) {
        return who == Who.ANONYMOUS
                ? anonymous()
                : user(who.name().toLowerCase() + "@demo.scrutiny.test").roles(who.name());
    }

    /**
     * Reads use records of the seed data; writes use ids that do not exist, so the matrix changes
     * nothing. Reports are checked record by record (an OPCC officer writes only the OPCC's), so
     * their routes are tried with an id that does not exist; ReportWorkflowIntegrationTest covers the rest.
     */
    private static String concrete(Route route) {
        boolean realRecord =
                route.method() == HttpMethod.GET && !route.pattern().startsWith("/reports/");
        String id = realRecord ? "1" : "999999";
        return route.pattern().replaceAll("\\{[^}]+}", id);
    }

    private static boolean refused(Who who, MockHttpServletResponse response) {
        if (who == Who.ANONYMOUS) {
            return response.getStatus() == 302
                    && String.valueOf(response.getRedirectedUrl()).endsWith("/login");
        }
        return response.getStatus() == 403;
    }

    @Test
    void every_route_is_open_to_exactly_the_roles_that_should_use_it_and_none_fails_with_a_server_error()
            throws Exception {
        List<Route> routes = routes();
        assertThat(routes).hasSizeGreaterThan(50);
        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            Set<Who> allowed = whoMayUse(route);
            for (Who who : Who.values()) {
                MockHttpServletResponse response = mvc.perform(request(route.method(), concrete(route))
                                .with(as(who))
                                .with(csrf()))
                        .andReturn()
                        .getResponse();
                if (response.getStatus() >= 500) {
                    wrong.add(route + " as " + who + ": server error " + response.getStatus());
                }
                boolean wasRefused = refused(who, response);
                if (allowed.contains(who) == wasRefused) {
                    wrong.add(route + " as " + who + ": expected " + (allowed.contains(who) ? "allowed" : "refused")
                            + " but got " + response.getStatus() + " " + response.getRedirectedUrl());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused() throws Exception {
        int status = mvc.perform(request(HttpMethod.POST, "/manage/venues/new").with(as(Who.SECRETARIAT)))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(403);
    }
}
