package org.scrutiny.membership.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.scrutiny.membership.MemberKind;
import org.scrutiny.membership.MemberRole;
import org.scrutiny.membership.Office;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.membership.PanelMember;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.membership.PanelOfficial;
import org.scrutiny.membership.PanelSubstitute;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.MunicipalYear;
import org.scrutiny.shared.PanelRegion;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.scrutiny.shared.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class MembershipService implements PanelMembership, PanelRegion {

    private final Panels panels;
    private final Authorities authorities;
    private final People people;
    private final Memberships memberships;
    private final Substitutes substitutes;
    private final Appointments appointments;

    MembershipService(
            Panels panels,
            Authorities authorities,
            People people,
            Memberships memberships,
            Substitutes substitutes,
            Appointments appointments) {
        this.panels = panels;
        this.authorities = authorities;
        this.people = people;
        this.memberships = memberships;
        this.substitutes = substitutes;
        this.appointments = appointments;
    }

    // --- queries -------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public PanelDetails panel() {
        return panels.findFirstByOrderByIdAsc().map(Panel::details).orElseGet(PanelDetails::unconfigured);
    }

    /** The version of the panel's record for an edit form; 0 before the details are first saved. */
    @Transactional(readOnly = true)
    public long panelVersion() {
        return panels.findFirstByOrderByIdAsc().map(Panel::getVersion).orElse(0L);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PanelMember> membersOn(LocalDate date) {
        int year = panel().municipalYearOf(date).startYear();
        return memberships.findActiveOn(date).stream()
                .map(m -> toPanelMember(m, year))
                .sorted(BY_ROLE_THEN_NAME)
                .toList();
    }

    /**
     * The Chair and Vice-Chair of the latest municipal year up to {@code year} for which they are
     * recorded, named as they were that year; empty when none ever was.
     */
    @Transactional(readOnly = true)
    public Optional<RolesOfYear> latestRolesUpTo(int year) {
        List<Membership> holders = memberships.findWithLatestRolesUpTo(year);
        if (holders.isEmpty()) {
            return Optional.empty();
        }
        int latest = holders.get(0).getRoles().stream()
                .mapToInt(MembershipRole::getMunicipalYear)
                .filter(y -> y <= year)
                .max()
                .orElse(year);
        return Optional.of(new RolesOfYear(
                new MunicipalYear(latest, panel().municipalYearStart()),
                holders.stream()
                        .map(m -> toPanelMember(m, latest))
                        .filter(m -> m.role() != MemberRole.MEMBER)
                        .sorted(BY_ROLE_THEN_NAME)
                        .toList()));
    }

    /** Who held the panel's roles in a municipal year. */
    public record RolesOfYear(MunicipalYear year, List<PanelMember> holders) {}

    /** Everyone whose membership ended before {@code date}, most recent first. */
    @Transactional(readOnly = true)
    public List<PanelMember> pastMembers(LocalDate date) {
        List<Membership> all = memberships.findAllWithPeople();
        var stillMembers = all.stream()
                .filter(m -> m.isMemberOn(date))
                .map(m -> m.getPerson().getId())
                .collect(Collectors.toSet());
        PanelDetails panel = panel();
        return all.stream()
                .filter(m -> m.term().endedBefore(date))
                .filter(m -> !stillMembers.contains(m.getPerson().getId()))
                .map(m -> toPanelMember(m, panel.municipalYearOf(m.getEndDate()).startYear()))
                .sorted(Comparator.comparing(PanelMember::endDate).reversed().thenComparing(PanelMember::name))
                .toList();
    }

    private static final Comparator<PanelMember> BY_ROLE_THEN_NAME = Comparator.comparing(PanelMember::role)
            .thenComparing(PanelMember::kind, Comparator.reverseOrder())
            .thenComparing(p -> familyName(p.name()))
            .thenComparing(PanelMember::name);

    private static String familyName(String name) {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }

    private static PanelMember toPanelMember(Membership m, int municipalYear) {
        return new PanelMember(
                m.getId(),
                m.getPerson().getId(),
                m.getPerson().name(),
                m.getKind(),
                m.getAuthority() == null ? null : m.getAuthority().getName(),
                m.getAuthority() == null ? null : m.getAuthority().getId(),
                m.roleIn(municipalYear),
                m.getStartDate(),
                m.getEndDate());
    }

    @Transactional(readOnly = true)
    public List<Substitute> substitutesOn(LocalDate date) {
        return substitutes.findActiveOn(date);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> substitutesNamedOn(LocalDate date) {
        return substitutesOn(date).stream()
                .sorted(Comparator.comparing((Substitute s) -> s.getAuthority().getName())
                        .thenComparing(s -> s.getPerson().getFamilyName()))
                .map(s -> "Councillor " + s.getPerson().name() + " ("
                        + s.getAuthority().getName() + ")")
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> panelOfficersOn(LocalDate date) {
        return appointmentsOn(date).stream()
                .filter(a -> a.getOffice().side() == Office.Side.PANEL)
                .map(a -> a.getPerson().name() + ", " + a.title())
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PanelSubstitute> namedSubstitutesOn(LocalDate date) {
        return substitutesOn(date).stream()
                .map(s -> new PanelSubstitute(
                        s.getPerson().getId(),
                        s.getPerson().name(),
                        s.getAuthority().getName(),
                        s.getAuthority().getId(),
                        s.getMembership() == null ? null : s.getMembership().getId()))
                .sorted(Comparator.comparing(PanelSubstitute::authority).thenComparing(PanelSubstitute::name))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PanelOfficial> officialsOn(LocalDate date) {
        return appointmentsOn(date).stream()
                .map(a -> new PanelOfficial(a.getPerson().getId(), a.getPerson().name(), a.title(), a.getOffice()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> personWithEmail(String email) {
        return email == null || email.isBlank()
                ? Optional.empty()
                : people.findByEmailIgnoreCase(email.trim()).stream()
                        .map(Person::getId)
                        .findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> emailOf(long personId) {
        return people.findById(personId).map(Person::getEmail).filter(email -> !email.isBlank());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> lastDayIn(long personId, Office office) {
        return appointments.findByPersonIdOrderByStartDateDesc(personId).stream()
                .filter(a -> a.getOffice() == office)
                .findFirst()
                .map(Appointment::getEndDate);
    }

    @Transactional(readOnly = true)
    public List<Appointment> appointmentsOn(LocalDate date) {
        return appointments.findActiveOn(date);
    }

    @Transactional(readOnly = true)
    public List<Authority> authorities() {
        return authorities.findAllByOrderByNameAsc();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> authorityNames() {
        return authorities().stream().map(Authority::getName).toList();
    }

    @Transactional(readOnly = true)
    public Authority authority(long id) {
        return authorities.findById(id).orElseThrow(() -> new RecordNotFoundException("Authority", id));
    }

    @Transactional(readOnly = true)
    public List<Person> people() {
        return people.findAllByOrderByFamilyNameAscGivenNameAsc();
    }

    @Transactional(readOnly = true)
    public Person person(long id) {
        return people.findById(id).orElseThrow(() -> new RecordNotFoundException("Person", id));
    }

    @Transactional(readOnly = true)
    public List<Membership> membershipsOf(long personId) {
        return memberships.findByPersonIdOrderByStartDateDesc(personId);
    }

    @Transactional(readOnly = true)
    public Membership membership(long id) {
        return memberships.findWithDetails(id).orElseThrow(() -> new RecordNotFoundException("Membership", id));
    }

    @Transactional(readOnly = true)
    public List<Substitute> substitutesOf(long personId) {
        return substitutes.findByPersonIdOrderByStartDateDesc(personId);
    }

    @Transactional(readOnly = true)
    public Substitute substitute(long id) {
        return substitutes.findWithDetails(id).orElseThrow(() -> new RecordNotFoundException("Substitute", id));
    }

    @Transactional(readOnly = true)
    public List<Appointment> appointmentsOf(long personId) {
        return appointments.findByPersonIdOrderByStartDateDesc(personId);
    }

    @Transactional(readOnly = true)
    public Appointment appointment(long id) {
        return appointments.findWithDetails(id).orElseThrow(() -> new RecordNotFoundException("Appointment", id));
    }

    // --- the panel ---------------------------------------------------------------------

    public Panel describePanel(long expectedVersion, PanelDetails details) {
        Panel panel = panels.findFirstByOrderByIdAsc().orElseGet(() -> new Panel(details));
        if (panel.getId() != null) {
            StaleRecordException.check(expectedVersion, panel.getVersion());
        }
        panel.describe(details);
        return panels.saveAndFlush(panel);
    }

    /** Whose bank holidays the panel's working days follow, for the shared calendar. */
    @Override
    @Transactional(readOnly = true)
    public WorkingDays.Region region() {
        return panel().region();
    }

    // --- authorities -------------------------------------------------------------------

    public Authority addAuthority(String name) {
        if (authorities.existsByNameIgnoreCase(name)) {
            throw new BusinessRuleViolation("name", "There is already an authority called " + name);
        }
        return authorities.save(new Authority(name));
    }

    public Authority renameAuthority(long id, long expectedVersion, String name) {
        Authority authority = authority(id);
        StaleRecordException.check(expectedVersion, authority.getVersion());
        if (authorities.existsByNameIgnoreCaseAndIdNot(name, id)) {
            throw new BusinessRuleViolation("name", "There is already an authority called " + name);
        }
        authority.rename(name);
        return authorities.saveAndFlush(authority);
    }

    // --- people ------------------------------------------------------------------------

    public Person addPerson(Person.Details details) {
        Person person = new Person(details.givenName(), details.familyName());
        person.contactAt(details.email(), details.telephone());
        return people.save(person);
    }

    public Person editPerson(long id, long expectedVersion, Person.Details details) {
        Person person = person(id);
        StaleRecordException.check(expectedVersion, person.getVersion());
        person.rename(details.givenName(), details.familyName());
        person.contactAt(details.email(), details.telephone());
        return people.saveAndFlush(person);
    }

    // --- memberships -------------------------------------------------------------------

    public Membership appointMember(long personId, MemberKind kind, Long authorityId, Term term) {
        Person person = person(personId);
        refuseOverlap(personId, null, term);
        return memberships.save(new Membership(person, kind, authorityOrNull(authorityId), term));
    }

    public Membership changeMembership(long id, long expectedVersion, MemberKind kind, Long authorityId, Term term) {
        Membership membership = membership(id);
        StaleRecordException.check(expectedVersion, membership.getVersion());
        refuseOverlap(membership.getPerson().getId(), id, term);
        membership.change(kind, authorityOrNull(authorityId), term);
        return memberships.saveAndFlush(membership);
    }

    public Membership assignRole(long membershipId, int municipalYear, MemberRole role) {
        Membership membership = membership(membershipId);
        if (role != MemberRole.MEMBER) {
            memberships.findAllWithPeople().stream()
                    .filter(other -> !other.getId().equals(membershipId))
                    .filter(other -> other.roleIn(municipalYear) == role)
                    .findFirst()
                    .ifPresent(other -> {
                        throw new BusinessRuleViolation(
                                "role",
                                other.getPerson().name() + " is already " + role.label() + " for "
                                        + panel().municipalYearOf(
                                                        LocalDate.of(municipalYear, panel().municipalYearStart(), 1))
                                                .label()
                                        + ": change their role first");
                    });
        }
        membership.assignRole(municipalYear, role);
        return memberships.saveAndFlush(membership);
    }

    private void refuseOverlap(long personId, Long exceptMembershipId, Term term) {
        for (Membership existing : memberships.findByPersonIdOrderByStartDateDesc(personId)) {
            if (!existing.getId().equals(exceptMembershipId) && existing.term().overlaps(term)) {
                throw new BusinessRuleViolation(
                        "start",
                        existing.getPerson().name() + " is already a member from " + describe(existing.term())
                                + ": one person's memberships cannot overlap");
            }
        }
    }

    private static String describe(Term term) {
        return DisplayFormats.dayOf(term.start())
                + (term.end() == null ? " with no end date" : " to " + DisplayFormats.dayOf(term.end()));
    }

    private Authority authorityOrNull(Long authorityId) {
        return authorityId == null ? null : authority(authorityId);
    }

    // --- substitutes -------------------------------------------------------------------

    public Substitute nameSubstitute(long personId, long authorityId, Long membershipId, Term term) {
        return substitutes.save(new Substitute(
                person(personId),
                authority(authorityId),
                membershipId == null ? null : membership(membershipId),
                term));
    }

    public Substitute changeSubstitute(long id, long expectedVersion, long authorityId, Long membershipId, Term term) {
        Substitute substitute = substitute(id);
        StaleRecordException.check(expectedVersion, substitute.getVersion());
        substitute.change(authority(authorityId), membershipId == null ? null : membership(membershipId), term);
        return substitutes.saveAndFlush(substitute);
    }

    // --- officers and the Commissioner's office ---------------------------------------

    public Appointment appoint(long personId, Appointment.Post post) {
        return appointments.save(new Appointment(person(personId), post));
    }

    public Appointment changeAppointment(long id, long expectedVersion, Appointment.Post post) {
        Appointment appointment = appointment(id);
        StaleRecordException.check(expectedVersion, appointment.getVersion());
        appointment.change(post.office(), post.jobTitle(), post.organisation(), post.term());
        return appointments.saveAndFlush(appointment);
    }
}
