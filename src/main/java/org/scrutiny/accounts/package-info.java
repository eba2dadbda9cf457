/**
 * Who may sign in and what they may do: user accounts with one role each (ADMIN, SECRETARIAT,
 * MEMBER, OPCC), form login, throttling of repeated failures, security headers, and the first
 * administrator.
 */
@ApplicationModule(displayName = "Accounts")
package org.scrutiny.accounts;

import org.springframework.modulith.ApplicationModule;
