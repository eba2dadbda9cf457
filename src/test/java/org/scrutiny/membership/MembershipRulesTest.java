package org.scrutiny.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scrutiny.membership.domain.Authority;
import org.scrutiny.membership.domain.Membership;
import org.scrutiny.membership.domain.Person;
import org.scrutiny.membership.domain.Substitute;
import org.scrutiny.membership.domain.Term;
import org.scrutiny.shared.BusinessRuleViolation;
import org.springframework.test.util.ReflectionTestUtils;

class MembershipRulesTest {

    private static final Term SINCE_2021 = new Term(LocalDate.of(2021, 5, 1), null);

    private static Authority authority(long id, String name) {
        Authority authority = new Authority(name);
        ReflectionTestUtils.setField(authority, "id", id);
        return authority;
    }

    @Test
    void a_councillor_must_be_appointed_by_an_authority() {
        assertThatThrownBy(() -> new Membership(new Person("A", "Collis"), MemberKind.COUNCILLOR, null, SINCE_2021))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("Select the authority");
    }

    @Test
    void an_independent_member_is_not_appointed_by_an_authority() {
        assertThatThrownBy(() -> new Membership(
                        new Person("Edward", "Leigh"),
                        MemberKind.INDEPENDENT_CO_OPTED,
                        authority(1, "Fenland District Council"),
                        SINCE_2021))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void a_role_holds_for_one_municipal_year_only() {
        Membership leigh =
                new Membership(new Person("Edward", "Leigh"), MemberKind.INDEPENDENT_CO_OPTED, null, SINCE_2021);

        leigh.assignRole(2022, MemberRole.CHAIR);

        assertThat(leigh.roleIn(2022)).isEqualTo(MemberRole.CHAIR);
        assertThat(leigh.roleIn(2023)).isEqualTo(MemberRole.MEMBER);
    }

    @Test
    void changing_a_role_replaces_it_and_member_clears_it() {
        Membership george =
                new Membership(new Person("Claire", "George"), MemberKind.INDEPENDENT_CO_OPTED, null, SINCE_2021);

        george.assignRole(2022, MemberRole.VICE_CHAIR);
        george.assignRole(2022, MemberRole.CHAIR);
        assertThat(george.roleIn(2022)).isEqualTo(MemberRole.CHAIR);
        assertThat(george.getRoles()).hasSize(1);

        george.assignRole(2022, MemberRole.MEMBER);
        assertThat(george.getRoles()).isEmpty();
    }

    @Test
    void a_substitute_can_stand_in_only_for_a_member_of_the_same_authority() {
        Authority southCambs = authority(1, "South Cambridgeshire District Council");
        Authority fenland = authority(2, "Fenland District Council");
        Membership bradnam = new Membership(new Person("A", "Bradnam"), MemberKind.COUNCILLOR, southCambs, SINCE_2021);

        assertThatThrownBy(() -> new Substitute(new Person("D", "Connor"), fenland, bradnam, SINCE_2021))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("same authority")
                .hasMessageContaining("South Cambridgeshire District Council");

        Substitute wilson = new Substitute(new Person("G", "Wilson"), southCambs, bradnam, SINCE_2021);
        assertThat(wilson.getMembership()).isSameAs(bradnam);
    }

    @Test
    void independent_members_have_no_substitutes() {
        Membership leigh =
                new Membership(new Person("Edward", "Leigh"), MemberKind.INDEPENDENT_CO_OPTED, null, SINCE_2021);

        assertThatThrownBy(() -> new Substitute(
                        new Person("J", "Huffer"),
                        authority(3, "East Cambridgeshire District Council"),
                        leigh,
                        SINCE_2021))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("do not have substitutes");
    }

    @Test
    void councillors_are_named_as_the_panels_papers_name_them() {
        PanelMember collis = new PanelMember(
                1,
                1,
                "A Collis",
                MemberKind.COUNCILLOR,
                "Cambridge City Council",
                3L,
                MemberRole.MEMBER,
                LocalDate.of(2021, 5, 1),
                null);
        PanelMember leigh = new PanelMember(
                2,
                2,
                "Edward Leigh",
                MemberKind.INDEPENDENT_CO_OPTED,
                null,
                null,
                MemberRole.CHAIR,
                LocalDate.of(2021, 5, 1),
                null);

        assertThat(collis.formalName()).isEqualTo("Councillor A Collis");
        assertThat(leigh.formalName()).isEqualTo("Edward Leigh");
    }
}
