package org.scrutiny.membership.web;

import org.scrutiny.membership.domain.Membership;

public class MembershipForm extends TermForm {

    private String kind = "COUNCILLOR";
    private String authorityId;

    static MembershipForm of(Membership membership) {
        MembershipForm form = new MembershipForm();
        form.kind = membership.getKind().name();
        form.authorityId = membership.getAuthority() == null
                ? ""
                : membership.getAuthority().getId().toString();
        form.fill(membership.term(), membership.getVersion());
        return form;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getAuthorityId() {
        return authorityId;
    }

    public void setAuthorityId(String authorityId) {
        this.authorityId = authorityId;
    }
}
