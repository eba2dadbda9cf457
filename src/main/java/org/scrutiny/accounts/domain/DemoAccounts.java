package org.scrutiny.accounts.domain;

import org.scrutiny.accounts.Role;
import org.scrutiny.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * One account per role for trying the software, documented in the README. Only in the demo
 * profile, which a production deployment never activates.
 */
@Component
@Profile("demo & !prod")
class DemoAccounts extends DemoData {

    static final String PASSWORD = "scrutiny-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accounts;
    private final UserAccounts users;

    DemoAccounts(AccountService accounts, UserAccounts users) {
        this.accounts = accounts;
        this.users = users;
    }

    @Override
    protected void load() {
        create("admin@demo.scrutiny.test", "Demo administrator", Role.ADMIN);
        create("secretariat@demo.scrutiny.test", "Demo secretariat officer", Role.SECRETARIAT);
        create("member@demo.scrutiny.test", "Demo panel member", Role.MEMBER);
        create("opcc@demo.scrutiny.test", "Demo OPCC officer", Role.OPCC);
        create("monitoring@demo.scrutiny.test", "Demo monitoring officer", Role.MONITORING_OFFICER);
        create(
                "complaints@demo.scrutiny.test",
                "Demo complaints handler (OPCC chief executive)",
                Role.COMPLAINTS_HANDLER);
        create("review@demo.scrutiny.test", "Demo OPCC review officer", Role.REVIEW_OFFICER);
        create("senior@demo.scrutiny.test", "Demo OPCC senior manager", Role.SENIOR_MANAGER);
    }

    private void create(String email, String name, Role role) {
        if (!users.existsByEmail(email)) {
            accounts.create(email, name, PASSWORD, role);
            log.info("Demo account {} ({}) created", email, role);
        }
    }
}
