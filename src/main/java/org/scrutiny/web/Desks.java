package org.scrutiny.web;

import java.util.EnumSet;
import java.util.Set;
import org.scrutiny.accounts.CurrentUser;
import org.scrutiny.accounts.Role;
import org.scrutiny.shared.tasks.Desk;

/** The desks a signed-in person works at, from their roles: an administrator works the secretariat's. */
final class Desks {

    private Desks() {}

    static Set<Desk> of(CurrentUser user) {
        Set<Desk> desks = EnumSet.noneOf(Desk.class);
        if (user == null) {
            return desks;
        }
        if (user.canManage()) {
            desks.add(Desk.SECRETARIAT);
        }
        if (user.roles().contains(Role.OPCC)) {
            desks.add(Desk.OPCC);
        }
        if (user.roles().contains(Role.MEMBER)) {
            desks.add(Desk.MEMBER);
        }
        if (user.handlesComplaints()) {
            desks.add(Desk.COMPLAINTS);
        }
        if (user.handlesComplaintReviews()) {
            desks.add(Desk.REVIEWS);
        }
        return desks;
    }
}
