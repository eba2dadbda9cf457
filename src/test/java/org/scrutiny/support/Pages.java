package org.scrutiny.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The pages the accessibility and HTML checks run on. */
public final class Pages {

    private Pages() {}

    /** Every public page; in the seed data meeting 3 was cancelled and meeting 12 moved from 22 to 15 March 2023. */
    public static final List<String> PUBLIC = List.of(
            "/",
            "/meetings",
            "/meetings?year=2022",
            "/meetings/2",
            "/meetings/3",
            "/meetings/12",
            "/meetings/12/agenda",
            "/meetings/4/agenda",
            "/meetings/4/reports/2",
            "/meetings/2/minutes",
            "/meetings/12/minutes",
            "/meetings/11/minutes",
            "/meetings/4/actions-review",
            "/meetings/4/versions/1/actions-review",
            "/actions",
            "/meetings/4/questions",
            "/questions/new",
            "/questions/sent",
            "/complaints/new",
            "/complaints/sent",
            "/complaint-reviews/new",
            "/complaint-reviews/sent",
            "/meetings/4/complaint-reviews",
            "/plan",
            "/plan?theme=2&status=IN_PROGRESS",
            "/plan/deliverables/1",
            "/decisions",
            "/decisions?year=2022&key=true",
            "/decisions/1",
            "/decisions/11",
            "/updates/new",
            "/updates/check-email",
            "/attendance?year=2021",
            "/attendance?year=2022",
            "/annual-report",
            "/annual-report/2021",
            "/annual-report/2022",
            "/statistics/recommendations",
            "/statistics/questions?year=2021",
            "/statistics/questions?year=2024",
            "/search",
            "/search?q=PCSO",
            "/search?q=PCSO&kind=Minutes&year=2021&sort=date",
            "/search?q=precept&meeting=Meeting%2C%202%20February%202022",
            "/search?q=zzzzqqqq",
            "/search?q=precept&from.day=1&from.month=1&from.year=2022&to.day=31&to.month=3&to.year=2022",
            "/search?q=precept&from.day=31&from.month=2&from.year=2022",
            "/search?q=police&kind=Plan%20deliverable",
            "/open-data",
            "/costs",
            "/costs/2022",
            "/attendance/1?year=2022",
            "/recommendations",
            "/recommendations?status=OVERDUE&year=2022",
            "/recommendations/1",
            "/recommendations/2",
            "/precept",
            "/precept/2022",
            "/precept/2022/report",
            "/hearings",
            "/work-programme",
            "/work-programme?year=2023",
            "/members",
            "/about",
            "/people/1",
            "/accessibility",
            "/cookies",
            "/login",
            "/login?error",
            "/meetings/999999");

    /** Every secretariat page and form. */
    public static final List<String> SECRETARIAT = List.of(
            "/manage",
            "/manage/panel",
            "/manage/panel/documents",
            "/manage/authorities",
            "/manage/authorities/new",
            "/manage/authorities/1/edit",
            "/manage/people",
            "/manage/people/new",
            "/manage/people/1",
            "/manage/people/1/edit",
            "/manage/people/1/memberships/new",
            "/manage/memberships/1/edit",
            "/manage/memberships/1/role",
            "/manage/people/1/substitutes/new",
            "/manage/substitutes/1/edit",
            "/manage/people/1/appointments/new",
            "/manage/appointments/1/edit",
            "/manage/meetings",
            "/manage/meetings/new",
            "/manage/meetings/11",
            "/manage/meetings/11/edit",
            "/manage/meetings/11/reschedule",
            "/manage/meetings/11/cancel",
            "/manage/meetings/11/held",
            "/manage/meetings/11/agenda",
            "/manage/meetings/4/agenda",
            "/manage/meetings/2/minutes",
            "/manage/meetings/2/minutes/attendance",
            "/manage/meetings/2/minutes/items/7",
            "/manage/meetings/11/minutes",
            "/manage/actions/1",
            "/manage/recommendations",
            "/manage/questions",
            "/manage/questions/1",
            "/manage/questions/2",
            "/manage/questions/rules",
            "/manage/email-updates",
            "/manage/quorum",
            "/manage/precept",
            "/manage/precept/2022",
            "/manage/hearings",
            "/manage/annual-report",
            "/manage/annual-report/2022",
            "/manage/costs",
            "/manage/costs/2022",
            "/manage/costs/2022/claim",
            "/manage/costs/2022/claim?from.day=1&from.month=4&from.year=2022&to.day=30&to.month=9&to.year=2022",
            "/manage/costs/2022/claim?from.day=1&from.month=4&from.year=2030&to.day=30&to.month=9&to.year=2022",
            "/manage/recommendations/new",
            "/reports/recommendations/3",
            "/reports/recommendations",
            "/manage/reports/2",
            "/reports",
            "/reports/2",
            "/reports/2/upload?kind=REPORT",
            "/reports/2/upload?kind=APPENDIX",
            "/manage/venues",
            "/manage/venues/new",
            "/manage/venues/1/edit",
            "/manage/venues/1/delete",
            "/manage/standing-items",
            "/manage/standing-items/new",
            "/manage/standing-items/1/edit",
            "/manage/notice-rules",
            "/manage/complaints",
            "/manage/complaints/new",
            "/manage/complaints/1",
            "/manage/complaints/2",
            "/manage/complaints/3",
            "/manage/complaints/4",
            "/manage/complaints/5",
            "/manage/complaints/figures",
            "/manage/complaints/figures?from.day=1&from.month=4&from.year=2022&to.day=31&to.month=12&to.year=2022",
            "/manage/plan",
            "/opcc/review-figures",
            "/opcc/review-figures?from.day=1&from.month=1&from.year=2019&to.day=31&to.month=3&to.year=2019",
            "/account");

    /**
     * Every page of the office's complaint reviews, for a senior manager (who sees every form): in
     * the demo data request 1 was not progressed, 11 is invalid, 18 upheld and final, 47 waits for
     * the force's handling to be checked, 48 is being reviewed, 49 waits for quality assurance, 50
     * is late and not acknowledged, 51 is for the IOPC, 52 waits for a review officer and 53 is
     * suspended.
     */
    public static final List<String> OFFICE = List.of(
            "/opcc/complaint-reviews",
            "/opcc/complaint-reviews/new",
            "/opcc/complaint-reviews/1",
            "/opcc/complaint-reviews/11",
            "/opcc/complaint-reviews/18",
            "/opcc/complaint-reviews/47",
            "/opcc/complaint-reviews/48",
            "/opcc/complaint-reviews/49",
            "/opcc/complaint-reviews/50",
            "/opcc/complaint-reviews/51",
            "/opcc/complaint-reviews/52",
            "/opcc/complaint-reviews/53",
            "/opcc/chief-constable-complaints",
            "/opcc/chief-constable-complaints/new",
            "/opcc/chief-constable-complaints/1",
            "/opcc/review-figures",
            "/account");

    /** The office's pages of the Police and Crime Plan and the Commissioner's decisions, for the OPCC. */
    public static final List<String> PLAN_OFFICE = List.of(
            "/opcc/plan",
            "/opcc/plan/themes/1",
            "/opcc/plan/themes/1/deliverables/new",
            "/opcc/plan/deliverables/1",
            "/opcc/decisions",
            "/opcc/decisions/new",
            "/opcc/decisions/1",
            "/opcc/decisions/11");

    public static final List<String> ADMIN =
            List.of("/admin/users", "/admin/users/new", "/admin/users/1/edit", "/admin/search");

    public static String html(MockMvc mvc, RequestPostProcessor user, String path) throws Exception {
        return mvc.perform(get(path).with(user)).andReturn().getResponse().getContentAsString();
    }
}
