package org.scrutiny.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutiny.membership.domain.MembershipService;
import org.scrutiny.membership.domain.Person;
import org.scrutiny.membership.domain.Term;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;

/** "Who were the members on date D", on the real database with the seed panel. */
@ScrutinyTest
class MembersOnDateIntegrationTest {

    @Autowired
    PanelMembership panelMembership;

    @Autowired
    MembershipService membership;

    @Test
    void onTheDayOfThe2022PreceptMeetingThePanelHadElevenCouncillorsAndTwoIndependents() {
        List<PanelMember> members = panelMembership.membersOn(LocalDate.of(2022, 2, 2));

        assertThat(members).hasSize(13);
        assertThat(members).filteredOn(m -> m.kind() == MemberKind.COUNCILLOR).hasSize(11);
        assertThat(members)
                .extracting(PanelMember::formalName)
                .contains("Councillor A Collis", "Councillor S Bywater", "Claire George")
                .doesNotContain("Councillor A Gilderdale");
        assertThat(members.get(0).formalName()).isEqualTo("Edward Leigh");
        assertThat(members.get(0).role()).isEqualTo(MemberRole.CHAIR);
    }

    @Test
    void inMarch2023TheChairAndViceChairComeFirstAndTheNewMembersAreThere() {
        List<PanelMember> members = panelMembership.membersOn(LocalDate.of(2023, 3, 15));

        assertThat(members).hasSize(13);
        assertThat(members.get(0).name()).isEqualTo("Edward Leigh");
        assertThat(members.get(1).name()).isEqualTo("Claire George");
        assertThat(members.get(1).role()).isEqualTo(MemberRole.VICE_CHAIR);
        assertThat(members)
                .extracting(PanelMember::name)
                .contains("A Gilderdale", "S Count", "SA Hart")
                .doesNotContain("A Collis", "C Daunton");
    }

    @Test
    void aMemberIsStillAMemberOnTheLastDayOfTheirTermAndNotTheDayAfter() {
        assertThat(panelMembership.membersOn(LocalDate.of(2022, 7, 19)))
                .extracting(PanelMember::name)
                .contains("A Collis");
        assertThat(panelMembership.membersOn(LocalDate.of(2022, 7, 20)))
                .extracting(PanelMember::name)
                .doesNotContain("A Collis");
    }

    @Test
    void nobodyWasAMemberBeforeThePanelsRecordsBegin() {
        assertThat(panelMembership.membersOn(LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void onePersonsMembershipsCannotOverlap() {
        Person person = membership.addPerson("T", "Overlap", null, null);
        long authority = membership.authorities().get(0).getId();
        membership.appointMember(
                person.getId(),
                MemberKind.COUNCILLOR,
                authority,
                new Term(LocalDate.of(2030, 5, 1), LocalDate.of(2031, 4, 30)));

        assertThatThrownBy(() -> membership.appointMember(
                        person.getId(), MemberKind.COUNCILLOR, authority, new Term(LocalDate.of(2031, 4, 30), null)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("cannot overlap");

        membership.appointMember(
                person.getId(), MemberKind.COUNCILLOR, authority, new Term(LocalDate.of(2031, 5, 1), null));
        assertThat(membership.membershipsOf(person.getId())).hasSize(2);
    }

    @Test
    void onlyOneChairPerMunicipalYear() {
        long georgeMembership = panelMembership.membersOn(LocalDate.of(2023, 3, 15)).stream()
                .filter(m -> m.name().equals("Claire George"))
                .findFirst()
                .orElseThrow()
                .membershipId();

        assertThatThrownBy(() -> membership.assignRole(georgeMembership, 2022, MemberRole.CHAIR))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("Edward Leigh is already Chair for 2022/23");
    }
}
