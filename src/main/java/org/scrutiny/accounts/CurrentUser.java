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

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
