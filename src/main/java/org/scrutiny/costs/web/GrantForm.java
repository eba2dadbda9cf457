package org.scrutiny.costs.web;

/** The grant of a year as the Home Office set it: a fixed sum, an amount for each member, and the members. */
public class GrantForm {

    private String fixedSum;
    private String perMember;
    private String members;
    private long version;

    public String getFixedSum() {
        return fixedSum;
    }

    public void setFixedSum(String fixedSum) {
        this.fixedSum = fixedSum;
    }

    public String getPerMember() {
        return perMember;
    }

    public void setPerMember(String perMember) {
        this.perMember = perMember;
    }

    public String getMembers() {
        return members;
    }

    public void setMembers(String members) {
        this.members = members;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
