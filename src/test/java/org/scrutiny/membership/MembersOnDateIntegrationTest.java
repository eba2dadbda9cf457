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
    void on_the_day_of_the2022_precept_meeting_the_panel_had_eleven_councillors_and_two_independents() {
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
    void in_march2023_the_chair_and_vice_chair_come_first_and_the_new_members_are_there() {
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
    void a_member_is_still_a_member_on_the_last_day_of_their_term_and_not_the_day_after() {
        assertThat(panelMembership.membersOn(LocalDate.of(2022, 7, 19)))
                .extracting(PanelMember::name)
                .contains("A Collis");
        assertThat(panelMembership.membersOn(LocalDate.of(2022, 7, 20)))
                .extracting(PanelMember::name)
                .doesNotContain("A Collis");
    }

    @Test
    void nobody_was_a_member_before_the_panels_records_begin() {
        assertThat(panelMembership.membersOn(LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void one_persons_memberships_cannot_overlap() {
        Person person = membership.addPerson(new Person.Details("T", "Overlap", null, null));
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
    void only_one_chair_per_municipal_year() {
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
