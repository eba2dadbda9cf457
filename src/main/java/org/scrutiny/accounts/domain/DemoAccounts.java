package org.scrutiny.accounts.domain;

import java.util.List;
import org.scrutiny.accounts.Role;
import org.scrutiny.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One account per role for trying the software, documented in the README. Only in the demo
 * profile, which a production deployment never activates. The accounts share one password, so it
 * is hashed once: a hash is slow on purpose, and one for each account took a second of the very
 * first start.
 */
@Component
@Profile("demo & !prod")
class DemoAccounts extends DemoData {

    static final String PASSWORD = "scrutiny-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private record Account(String email, String name, Role role) {}

    private static final List<Account> ACCOUNTS = List.of(
            new Account("admin@demo.scrutiny.test", "Demo administrator", Role.ADMIN),
            new Account("secretariat@demo.scrutiny.test", "Demo secretariat officer", Role.SECRETARIAT),
            new Account("member@demo.scrutiny.test", "Demo panel member", Role.MEMBER),
            new Account("opcc@demo.scrutiny.test", "Demo OPCC officer", Role.OPCC),
            new Account("monitoring@demo.scrutiny.test", "Demo monitoring officer", Role.MONITORING_OFFICER),
            new Account(
                    "complaints@demo.scrutiny.test",
                    "Demo complaints handler (OPCC chief executive)",
                    Role.COMPLAINTS_HANDLER),
            new Account("review@demo.scrutiny.test", "Demo OPCC review officer", Role.REVIEW_OFFICER),
            new Account("senior@demo.scrutiny.test", "Demo OPCC senior manager", Role.SENIOR_MANAGER));

    private final UserAccounts users;
    private final PasswordEncoder passwords;

    DemoAccounts(UserAccounts users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @Override
    protected void load() {
        List<Account> missing = ACCOUNTS.stream()
                .filter(account -> !users.existsByEmail(account.email()))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        String passwordHash = passwords.encode(PASSWORD);
        for (Account account : missing) {
            users.save(new UserAccount(account.email(), account.name(), passwordHash, account.role()));
            log.info("Demo account {} ({}) created", account.email(), account.role());
        }
    }
}
