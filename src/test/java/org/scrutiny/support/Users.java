package org.scrutiny.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The demo's signed-in users, one for each role, for requests made in tests. */
public final class Users {

    public static final RequestPostProcessor ADMIN =
            user("admin@demo.scrutiny.test").roles("ADMIN");
    public static final RequestPostProcessor SECRETARIAT =
            user("secretariat@demo.scrutiny.test").roles("SECRETARIAT");
    public static final RequestPostProcessor MEMBER =
            user("member@demo.scrutiny.test").roles("MEMBER");
    public static final RequestPostProcessor OPCC =
            user("opcc@demo.scrutiny.test").roles("OPCC");

    public static final RequestPostProcessor MONITORING_OFFICER =
            user("monitoring@demo.scrutiny.test").roles("MONITORING_OFFICER");
    public static final RequestPostProcessor COMPLAINTS_HANDLER =
            user("complaints@demo.scrutiny.test").roles("COMPLAINTS_HANDLER");

    public static final RequestPostProcessor REVIEW_OFFICER =
            user("review@demo.scrutiny.test").roles("REVIEW_OFFICER");
    public static final RequestPostProcessor SENIOR_MANAGER =
            user("senior@demo.scrutiny.test").roles("SENIOR_MANAGER");

    private Users() {}
}
