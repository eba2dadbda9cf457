package org.scrutiny.accounts;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in person as pages need them: a name and what their role lets them do. */
public record CurrentUser(String name, Set<Role> roles) {

    /** Null for an anonymous visitor. */
    public static CurrentUser from(Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(granted.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return new CurrentUser(authentication.getName(), roles);
    }

    public boolean canManage() {
        return roles.contains(Role.SECRETARIAT) || roles.contains(Role.ADMIN);
    }

    /** The people the panel has authorised to see and handle its complaints register (reg 7 and 34). */
    public boolean handlesComplaints() {
        return roles.contains(Role.SECRETARIAT)
                || roles.contains(Role.MONITORING_OFFICER)
                || roles.contains(Role.COMPLAINTS_HANDLER);
    }

    /** The Commissioner's office's people who handle requests to review police complaints. */
    public boolean handlesComplaintReviews() {
        return roles.contains(Role.REVIEW_OFFICER) || roles.contains(Role.SENIOR_MANAGER);
    }

    /** Who may see the figures of complaint reviews, never the cases: the office and the panel's secretariat. */
    public boolean seesReviewFigures() {
        return handlesComplaintReviews() || roles.contains(Role.OPCC) || roles.contains(Role.SECRETARIAT);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
