package org.scrutiny.membership.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.Map;
import org.scrutiny.membership.MemberKind;
import org.scrutiny.membership.MemberRole;
import org.scrutiny.membership.Office;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.shared.DemoData;
import org.scrutiny.shared.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The Cambridgeshire Police and Crime Panel as its agenda pack of 23 March 2022 and its minutes
 * of 2 February 2022 and 15 March 2023 record it. Loaded once, on the first start of the demo.
 *
 * <p>What the seed documents do not say, and is therefore an assumption to be checked against
 * the panel's own records: the appointing council of each councillor and substitute (the
 * documents give names only; Councillor Wilson substituting for Councillor Bradnam puts both at
 * South Cambridgeshire), that terms began with the 2021/22 municipal year, and that members
 * listed in 2022 but not in 2023 left at the 2022 AGM (20 July 2022).
 */
@Component
@Profile("demo & !prod")
class MembershipDemoData extends DemoData {

    private static final Logger log = LoggerFactory.getLogger(MembershipDemoData.class);

    static final LocalDate TERM_START = LocalDate.of(2021, 5, 1);
    static final LocalDate COMMISSIONER_TERM_START = LocalDate.of(2021, 5, 13);
    static final LocalDate LEFT_AT_2022_AGM = LocalDate.of(2022, 7, 19);
    static final LocalDate JOINED_AT_2022_AGM = LocalDate.of(2022, 7, 20);

    private final MembershipService membership;
    private final Panels panels;
    private final Map<String, Authority> authorities = new HashMap<>();

    MembershipDemoData(MembershipService membership, Panels panels) {
        this.membership = membership;
        this.panels = panels;
    }

    @Override
    protected void load() {
        if (panels.count() > 0) {
            return;
        }
        Panel panel = new Panel(new PanelDetails(
                "Cambridgeshire Police and Crime Panel",
                "Cambridgeshire and Peterborough",
                "Peterborough City Council",
                "jane.webb@peterborough.gov.uk",
                "01733 452281",
                "Peterborough City Council, Sand Martin House, Bittern Way, Fletton Quays, Peterborough",
                null,
                Month.MAY,
                WorkingDays.Region.ENGLAND));
        panels.save(panel);

        for (String name : new String[] {
            "Cambridge City Council",
            "Cambridgeshire County Council",
            "East Cambridgeshire District Council",
            "Fenland District Council",
            "Huntingdonshire District Council",
            "Peterborough City Council",
            "South Cambridgeshire District Council"
        }) {
            authorities.put(name, membership.addAuthority(name));
        }

        // Independent co-opted members: Edward Leigh chaired in 2021/22 and 2022/23; Claire George was Vice-Chair in
        // 2022/23.
        Membership leigh = independent("Edward", "Leigh");
        membership.assignRole(leigh.getId(), 2021, MemberRole.CHAIR);
        membership.assignRole(leigh.getId(), 2022, MemberRole.CHAIR);
        Membership george = independent("Claire", "George");
        membership.assignRole(george.getId(), 2022, MemberRole.VICE_CHAIR);

        // Councillors in both the 2022 and the 2023 documents.
        councillor("S", "Tierney", "Fenland District Council", TERM_START, null);
        councillor("A", "Bradnam", "South Cambridgeshire District Council", TERM_START, null);
        // The demo member account signs in as Councillor Sharp, to see their own expense claims.
        councillor(
                new Person.Details("A", "Sharp", "member@demo.scrutiny.test", null),
                "East Cambridgeshire District Council",
                TERM_START,
                null);
        councillor("S", "Ferguson", "Huntingdonshire District Council", TERM_START, null);
        councillor("S", "Warren", "Peterborough City Council", TERM_START, null);
        councillor("C", "Hogg", "Peterborough City Council", TERM_START, null);
        // Councillors in 2022 only.
        councillor("A", "Collis", "Cambridge City Council", TERM_START, LEFT_AT_2022_AGM);
        councillor("A", "Ali", "Peterborough City Council", TERM_START, LEFT_AT_2022_AGM);
        councillor("C", "Daunton", "Cambridgeshire County Council", TERM_START, LEFT_AT_2022_AGM);
        councillor("A", "Lynn", "Fenland District Council", TERM_START, LEFT_AT_2022_AGM);
        councillor("S", "Bywater", "Cambridgeshire County Council", TERM_START, LEFT_AT_2022_AGM);
        // Councillors in 2023 only.
        councillor("A", "Gilderdale", "Cambridge City Council", JOINED_AT_2022_AGM, null);
        councillor("D", "Jones", "Peterborough City Council", JOINED_AT_2022_AGM, null);
        councillor("S", "Count", "Cambridgeshire County Council", JOINED_AT_2022_AGM, null);
        councillor("M", "Beuttell", "Huntingdonshire District Council", JOINED_AT_2022_AGM, null);
        councillor("SA", "Hart", "Cambridgeshire County Council", JOINED_AT_2022_AGM, null);

        // Substitutes named in the agenda pack of 23 March 2022.
        substitute("J", "Huffer", "East Cambridgeshire District Council", null);
        substitute("S", "Baigent", "Cambridge City Council", null);
        substitute("D", "Connor", "Fenland District Council", null);
        substitute("G", "Wilson", "South Cambridgeshire District Council", null);
        substitute("T", "Sanderson", "Huntingdonshire District Council", null);
        substitute("L", "Ayres", "Peterborough City Council", null);
        substitute("E", "Murphy", "Peterborough City Council", null);
        substitute("C", "Wiggin", "Peterborough City Council", null);
        substitute("F", "Whelan", "Cambridgeshire County Council", null);
        substitute("H", "Masson", "Cambridgeshire County Council", null);

        // The panel's officers.
        appoint(
                "Jane",
                "Webb",
                Office.SECRETARIAT,
                "Senior Democratic Services Officer, Police and Crime",
                "Peterborough City Council",
                TERM_START,
                null);
        appoint(
                "Paulina",
                "Ford",
                Office.SECRETARIAT,
                "Secretariat",
                "Peterborough City Council",
                TERM_START,
                LEFT_AT_2022_AGM);
        appoint(
                "Fiona",
                "McMillan",
                Office.MONITORING_OFFICER,
                null,
                "Peterborough City Council",
                TERM_START,
                LEFT_AT_2022_AGM);
        appoint(
                "Rochelle",
                "Tapping",
                Office.MONITORING_OFFICER,
                null,
                "Peterborough City Council",
                JOINED_AT_2022_AGM,
                null);

        // The Commissioner, his office and the force, as recorded among "others present".
        appoint(
                "Darryl",
                "Preston",
                Office.COMMISSIONER,
                "Police and Crime Commissioner for Cambridgeshire and Peterborough",
                null,
                COMMISSIONER_TERM_START,
                null);
        appoint("John", "Peach", Office.DEPUTY_COMMISSIONER, null, null, COMMISSIONER_TERM_START, null);
        appoint("Jim", "Haylett", Office.CHIEF_EXECUTIVE, "Chief Executive", "OPCC", COMMISSIONER_TERM_START, null);
        appoint(
                "Matthew",
                "Warren",
                Office.CHIEF_FINANCE_OFFICER,
                "Chief Finance Officer",
                "OPCC",
                COMMISSIONER_TERM_START,
                null);
        appoint(
                "Jack",
                "Hudson",
                Office.OPCC_STAFF,
                "Director – Governance & Compliance",
                "OPCC",
                COMMISSIONER_TERM_START,
                null);
        appoint(
                "Catherine",
                "Kimberley",
                Office.OPCC_STAFF,
                "Communications & Engagement Manager",
                "OPCC",
                COMMISSIONER_TERM_START,
                null);
        appoint(
                "Cristina",
                "Turner",
                Office.OPCC_STAFF,
                "Director – Strategic Partnerships",
                "OPCC",
                COMMISSIONER_TERM_START,
                null);
        appoint(
                "Nick",
                "Dean",
                Office.CHIEF_CONSTABLE,
                "Chief Constable",
                "Cambridgeshire Constabulary",
                COMMISSIONER_TERM_START,
                null);
        appoint(
                "Jon",
                "Lee",
                Office.POLICE_STAFF,
                "Director of Finance and Resources",
                "Cambridgeshire Constabulary",
                COMMISSIONER_TERM_START,
                null);

        log.info("Demo data: the Cambridgeshire Police and Crime Panel, its members, substitutes and officers");
    }

    private Membership independent(String given, String family) {
        Person person = membership.addPerson(new Person.Details(given, family, null, null));
        return membership.appointMember(
                person.getId(), MemberKind.INDEPENDENT_CO_OPTED, null, new Term(TERM_START, null));
    }

    private Membership councillor(String initials, String family, String authority, LocalDate from, LocalDate to) {
        return councillor(new Person.Details(initials, family, null, null), authority, from, to);
    }

    private Membership councillor(Person.Details details, String authority, LocalDate from, LocalDate to) {
        Person person = membership.addPerson(details);
        return membership.appointMember(
                person.getId(),
                MemberKind.COUNCILLOR,
                authorities.get(authority).getId(),
                new Term(from, to));
    }

    private void substitute(String initials, String family, String authority, Membership forMember) {
        Person person = membership.addPerson(new Person.Details(initials, family, null, null));
        membership.nameSubstitute(
                person.getId(),
                authorities.get(authority).getId(),
                forMember == null ? null : forMember.getId(),
                new Term(TERM_START, null));
    }

    private void appoint(
            String given,
            String family,
            Office office,
            String title,
            String organisation,
            LocalDate from,
            LocalDate to) {
        Person person = membership.addPerson(new Person.Details(given, family, null, null));
        membership.appoint(person.getId(), new Appointment.Post(office, title, organisation, new Term(from, to)));
    }
}
