package org.scrutiny.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask of membership. "Who were the members on date D" is first-class:
 * the two-thirds veto threshold and attendance are computed from it.
 */
public interface PanelMembership {

    PanelDetails panel();

    /** Everyone who was a member of the panel on {@code date}, Chair first, then Vice-Chair, then by name. */
    List<PanelMember> membersOn(LocalDate date);

    /** The named substitutes on {@code date}, as the papers list them: "Councillor A Smith (Fenland District Council)". */
    List<String> substitutesNamedOn(LocalDate date);

    /** The officers supporting the panel on {@code date}, as "Name, title". */
    List<String> panelOfficersOn(LocalDate date);

    /** The substitutes named on {@code date}, with their authority. */
    List<PanelSubstitute> namedSubstitutesOn(LocalDate date);

    /** Everyone holding a post around the panel on {@code date}: officers, the Commissioner's side, the police. */
    List<PanelOfficial> officialsOn(LocalDate date);

    /** The email address recorded for someone around the panel, if any. */
    Optional<String> emailOf(long personId);

    /**
     * The last day {@code personId} held {@code office} (their latest appointment to it); empty
     * while they still hold it, or if they never did.
     */
    Optional<LocalDate> lastDayIn(long personId, Office office);

    /** The names of the councils whose area the panel covers, by name. */
    List<String> authorityNames();

    /** The person whose email this is, such as a member's signing-in address; empty if no one's. */
    Optional<Long> personWithEmail(String email);
}
