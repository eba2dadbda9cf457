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
            "/updates/new",
            "/updates/check-email",
            "/attendance?year=2021",
            "/attendance?year=2022",
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
            "/account");

    public static final List<String> ADMIN = List.of("/admin/users", "/admin/users/new", "/admin/users/1/edit");

    public static String html(MockMvc mvc, RequestPostProcessor user, String path) throws Exception {
        return mvc.perform(get(path).with(user)).andReturn().getResponse().getContentAsString();
    }
}
