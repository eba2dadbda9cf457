package org.scrutiny.accounts.domain;

import org.scrutiny.accounts.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first administrator from {@code SCRUTINY_ADMIN_EMAIL} and
 * {@code SCRUTINY_ADMIN_PASSWORD} when no administrator exists yet. There is no built-in
 * password: without those variables, nobody can sign in until an administrator is created.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdministrator implements ApplicationModuleInitializer {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final String email;
    private final String password;
    private final String name;

    FirstAdministrator(
            AccountService accounts,
            @Value("${scrutiny.admin.email:}") String email,
            @Value("${scrutiny.admin.password:}") String password,
            @Value("${scrutiny.admin.name:Administrator}") String name) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
        this.name = name;
    }

    @Override
    public void initialize() {
        if (accounts.anyWithRole(Role.ADMIN)) {
            return;
        }
        if (!StringUtils.hasText(email) || !StringUtils.hasText(password)) {
            log.warn(
                    "No administrator account exists. Set SCRUTINY_ADMIN_EMAIL and SCRUTINY_ADMIN_PASSWORD"
                            + " (at least {} characters) and restart to create one.",
                    AccountService.MINIMUM_PASSWORD_LENGTH);
            return;
        }
        accounts.create(email, name, password, Role.ADMIN);
        log.info("Created the first administrator account for {}", email);
    }
}
