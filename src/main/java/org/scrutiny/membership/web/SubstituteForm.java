package org.scrutiny.membership.web;

import org.scrutiny.membership.domain.Substitute;

public class SubstituteForm extends TermForm {

    private String authorityId;
    private String membershipId;

    static SubstituteForm of(Substitute substitute) {
        SubstituteForm form = new SubstituteForm();
        form.authorityId = substitute.getAuthority().getId().toString();
        form.membershipId = substitute.getMembership() == null
                ? ""
                : substitute.getMembership().getId().toString();
        form.fill(substitute.term(), substitute.getVersion());
        return form;
    }

    public String getAuthorityId() {
        return authorityId;
    }

    public void setAuthorityId(String authorityId) {
        this.authorityId = authorityId;
    }

    public String getMembershipId() {
        return membershipId;
    }

    public void setMembershipId(String membershipId) {
        this.membershipId = membershipId;
    }
}
