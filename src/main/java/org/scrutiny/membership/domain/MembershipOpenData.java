package org.scrutiny.membership.domain;

import static org.scrutiny.opendata.OParlType.BODY;
import static org.scrutiny.opendata.OParlType.MEMBERSHIP;
import static org.scrutiny.opendata.OParlType.ORGANIZATION;
import static org.scrutiny.opendata.OParlType.PERSON;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scrutiny.membership.MemberKind;
import org.scrutiny.opendata.OParlObject;
import org.scrutiny.opendata.OParlObject.Embedded;
import org.scrutiny.opendata.OParlObject.Page;
import org.scrutiny.opendata.OParlObject.Ref;
import org.scrutiny.opendata.OpenDataSources;
import org.scrutiny.shared.MunicipalYear;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people in public roles around the panel (members, substitutes, the Commissioner's side and
 * the panel's officers), their memberships of the panel on behalf of their councils, the Chair's
 * and Vice-Chair's roles year by year, and the councils. A person's name and roles only: never an
 * email address or a telephone number.
 */
@Component
class MembershipOpenData implements OpenDataSources {

    private final Memberships memberships;
    private final Substitutes substitutes;
    private final Appointments appointments;
    private final Authorities authorities;
    private final MembershipService service;

    MembershipOpenData(
            Memberships memberships,
            Substitutes substitutes,
            Appointments appointments,
            Authorities authorities,
            MembershipService service) {
        this.memberships = memberships;
        this.substitutes = substitutes;
        this.appointments = appointments;
        this.authorities = authorities;
        this.service = service;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OParlObject> objects() {
        Month yearStart = service.panel().municipalYearStart();
        List<OParlObject> objects = new ArrayList<>();
        Map<Long, Person> people = new TreeMap<>();
        Map<Long, List<Object>> membershipsOf = new TreeMap<>();
        Map<Long, List<String>> statusOf = new TreeMap<>();
        Map<Long, Boolean> councillor = new TreeMap<>();
        Map<Long, List<Object>> membersOf = new TreeMap<>();
        List<Object> panelMemberships = new ArrayList<>();

        for (Membership membership : memberships.findAllWithPeople()) {
            Person person = membership.getPerson();
            people.put(person.getId(), person);
            councillor.merge(person.getId(), membership.getKind() == MemberKind.COUNCILLOR, Boolean::logicalOr);
            String key = String.valueOf(membership.getId());
            objects.add(membership(
                    key,
                    person,
                    membership.getKind().label(),
                    membership.getAuthority(),
                    membership.getStartDate(),
                    membership.getEndDate()));
            add(membershipsOf, person.getId(), Embedded.of(MEMBERSHIP, key));
            panelMemberships.add(Ref.to(MEMBERSHIP, key));
            if (membership.getAuthority() != null) {
                add(membersOf, membership.getAuthority().getId(), Ref.to(MEMBERSHIP, key));
            }
            for (MembershipRole role : membership.getRoles()) {
                MunicipalYear year = new MunicipalYear(role.getMunicipalYear(), yearStart);
                String roleKey = key + "-" + role.getMunicipalYear();
                objects.add(membership(
                        roleKey,
                        person,
                        role.getRole().label(),
                        membership.getAuthority(),
                        later(year.firstDay(), membership.getStartDate()),
                        earlier(year.lastDay(), membership.getEndDate())));
                add(membershipsOf, person.getId(), Embedded.of(MEMBERSHIP, roleKey));
                panelMemberships.add(Ref.to(MEMBERSHIP, roleKey));
            }
        }
        for (Substitute substitute : substitutes.findAll()) {
            Person person = substitute.getPerson();
            people.put(person.getId(), person);
            councillor.put(person.getId(), true);
            String key = "substitute-" + substitute.getId();
            Map<String, Object> fields = membershipFields(
                    person,
                    "Substitute",
                    substitute.getAuthority(),
                    substitute.getStartDate(),
                    substitute.getEndDate());
            fields.put("votingRight", false);
            objects.add(OParlObject.of(MEMBERSHIP, key, fields));
            add(membershipsOf, person.getId(), Embedded.of(MEMBERSHIP, key));
            panelMemberships.add(Ref.to(MEMBERSHIP, key));
        }
        for (Appointment post : appointments.findAll()) {
            people.put(post.getPerson().getId(), post.getPerson());
            add(statusOf, post.getPerson().getId(), post.getOffice().label());
        }

        for (Person person : people.values()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("body", Ref.to(BODY, OParlObject.THE_PANEL));
            boolean isCouncillor = councillor.getOrDefault(person.getId(), false);
            fields.put("name", (isCouncillor ? "Councillor " : "") + person.name());
            fields.put("familyName", person.getFamilyName());
            fields.put("givenName", person.getGivenName());
            fields.put("formOfAddress", isCouncillor ? "Councillor" : null);
            fields.put(
                    "status",
                    statusOf.getOrDefault(person.getId(), List.of()).stream()
                            .distinct()
                            .toList());
            fields.put("membership", membershipsOf.getOrDefault(person.getId(), List.of()));
            fields.put("web", new Page("/people/" + person.getId()));
            objects.add(OParlObject.of(PERSON, person.getId(), fields));
        }
        for (Authority authority : authorities.findAllByOrderByNameAsc()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("body", Ref.to(BODY, OParlObject.THE_PANEL));
            fields.put("name", authority.getName());
            fields.put("organizationType", "Institution");
            fields.put("classification", "Council whose area the panel covers");
            fields.put("membership", membersOf.getOrDefault(authority.getId(), List.of()));
            objects.add(OParlObject.of(ORGANIZATION, "authority-" + authority.getId(), fields));
        }
        objects.add(OParlObject.extending(ORGANIZATION, OParlObject.THE_PANEL, Map.of("membership", panelMemberships)));
        return objects;
    }

    private static OParlObject membership(
            String key, Person person, String role, Authority authority, LocalDate start, LocalDate end) {
        Map<String, Object> fields = membershipFields(person, role, authority, start, end);
        fields.put("votingRight", true);
        return OParlObject.of(MEMBERSHIP, key, fields);
    }

    private static Map<String, Object> membershipFields(
            Person person, String role, Authority authority, LocalDate start, LocalDate end) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("person", Ref.to(PERSON, person.getId()));
        fields.put("organization", Ref.to(ORGANIZATION, OParlObject.THE_PANEL));
        fields.put("role", role);
        fields.put("startDate", start);
        fields.put("endDate", end);
        fields.put("onBehalfOf", authority == null ? null : Ref.to(ORGANIZATION, "authority-" + authority.getId()));
        return fields;
    }

    private static <T> void add(Map<Long, List<T>> map, long id, T value) {
        map.computeIfAbsent(id, ignored -> new ArrayList<>()).add(value);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return b == null || a.isBefore(b) ? a : b;
    }
}
