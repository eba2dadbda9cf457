package org.scrutiny.shared.audit;

import java.time.Instant;
import org.hibernate.envers.RevisionListener;
import org.scrutiny.shared.database.ChangeCounter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps every revision with the signed-in user, or with "system" for work done at start-up
 * (demo data, the first administrator) or by scheduled jobs, and tells this node's change counter
 * that a change is being made.
 */
public class AuditRevisionListener implements RevisionListener {

    public static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).stamp(Instant.now(), currentUser());
        ChangeCounter.changedHere();
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
