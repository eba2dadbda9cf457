package org.scrutiny.accounts;

import java.util.List;

/** Who to write to: the email addresses of the enabled accounts holding given roles. */
public interface UserDirectory {

    List<String> emailsOf(Role... roles);
}
