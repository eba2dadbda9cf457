package org.scrutiny.minutes.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.scrutiny.minutes.domain.AttendanceSheet;
import org.scrutiny.minutes.domain.AttendanceTaken;
import org.scrutiny.minutes.domain.Attendee;
import org.scrutiny.minutes.domain.Decision;
import org.scrutiny.minutes.domain.MeetingAction;
import org.scrutiny.minutes.domain.Minute;
import org.scrutiny.shared.web.DateInput;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.MultiLine;
import org.springframework.validation.BindingResult;

/** What the secretariat's minutes pages post. Plain holders: the aggregate decides what is valid. */
final class MinutesForms {

    private MinutesForms() {}

    public static class Start {
        private String firstNumber;

        public String getFirstNumber() {
            return firstNumber;
        }

        public void setFirstNumber(String firstNumber) {
            this.firstNumber = firstNumber;
        }
    }

    public static class Times {
        private String startedAt;
        private String endedAt;
        private long version;

        public String getStartedAt() {
            return startedAt;
        }

        public void setStartedAt(String startedAt) {
            this.startedAt = startedAt;
        }

        public String getEndedAt() {
            return endedAt;
        }

        public void setEndedAt(String endedAt) {
            this.endedAt = endedAt;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** One member on the attendance form. */
    public static class MemberLine {
        private Long membershipId;
        private Long personId;
        private String name;
        private String authority;
        private String presence = "PRESENT";

        public Long getMembershipId() {
            return membershipId;
        }

        public void setMembershipId(Long membershipId) {
            this.membershipId = membershipId;
        }

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getAuthority() {
            return authority;
        }

        public void setAuthority(String authority) {
            this.authority = authority;
        }

        public String getPresence() {
            return presence;
        }

        public void setPresence(String presence) {
            this.presence = presence;
        }
    }

    /** A substitute present, and the member they stood in for. */
    public static class SubstituteLine {
        private String substitute = "";
        private String forMember = "";

        public String getSubstitute() {
            return substitute;
        }

        public void setSubstitute(String substitute) {
            this.substitute = substitute;
        }

        public String getForMember() {
            return forMember;
        }

        public void setForMember(String forMember) {
            this.forMember = forMember;
        }
    }

    public static class Attendance {

        /** The form filled in with the attendance as it stands. */
        static Attendance of(AttendanceSheet sheet, long version) {
            Attendance form = new Attendance();
            form.version = version;
            for (AttendanceSheet.Member member : sheet.members()) {
                MemberLine line = new MemberLine();
                line.setMembershipId(member.membershipId());
                line.setPersonId(member.personId());
                line.setName(member.name());
                line.setAuthority(member.authority());
                line.setPresence(member.presence().name());
                if (member.chair()) {
                    form.chair = Long.toString(member.membershipId());
                }
                form.members.add(line);
            }
            for (AttendanceTaken.StandIn standIn : sheet.substitutes()) {
                SubstituteLine line = new SubstituteLine();
                line.setSubstitute(String.valueOf(standIn.personId()));
                line.setForMember(String.valueOf(standIn.forMembershipId()));
                form.substitutes.add(line);
            }
            form.officials.addAll(sheet.officials());
            form.others = String.join("\n", sheet.others());
            return form;
        }

        /** What the form records, by id; a presence that is not one of the choices is an error on the form. */
        AttendanceTaken taken(BindingResult result) {
            Map<Long, Attendee.Presence> presence = new LinkedHashMap<>();
            for (MemberLine line : members) {
                if (line.getMembershipId() == null) {
                    continue;
                }
                Attendee.Presence chosen = Forms.choice(
                        Attendee.Presence.class,
                        line.getPresence(),
                        result,
                        "chair",
                        "Say whether each member was present, sent apologies or was absent");
                presence.put(line.getMembershipId(), chosen == null ? Attendee.Presence.ABSENT : chosen);
            }
            List<AttendanceTaken.StandIn> standIns = new ArrayList<>();
            for (SubstituteLine line : substitutes) {
                Long personId = Forms.id(line.getSubstitute());
                if (personId != null) {
                    standIns.add(new AttendanceTaken.StandIn(personId, Forms.id(line.getForMember())));
                }
            }
            return new AttendanceTaken(
                    presence,
                    Forms.id(chair),
                    standIns,
                    officials.stream().filter(Objects::nonNull).toList(),
                    others == null ? List.of() : others.lines().toList());
        }

        private List<MemberLine> members = new ArrayList<>();
        private List<SubstituteLine> substitutes = new ArrayList<>();
        private List<Long> officials = new ArrayList<>();
        private String chair = "";

        @MultiLine
        private String others;

        private long version;

        public List<MemberLine> getMembers() {
            return members;
        }

        public void setMembers(List<MemberLine> members) {
            this.members = members;
        }

        public List<SubstituteLine> getSubstitutes() {
            return substitutes;
        }

        public void setSubstitutes(List<SubstituteLine> substitutes) {
            this.substitutes = substitutes;
        }

        public List<Long> getOfficials() {
            return officials;
        }

        public void setOfficials(List<Long> officials) {
            this.officials = officials;
        }

        public String getChair() {
            return chair;
        }

        public void setChair(String chair) {
            this.chair = chair;
        }

        public String getOthers() {
            return others;
        }

        public void setOthers(String others) {
            this.others = others;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    public static class Writing {
        @MultiLine
        private String summary;

        @MultiLine
        private String points;

        private String decision = "NONE";
        private String decisionText;
        private boolean unanimous;
        private String votesFor;
        private String votesAgainst;
        private String votesAbstaining;

        @MultiLine
        private String recordedVote;

        /** The minute as written, with a field error for each choice or count that cannot be read. */
        Minute.Writing writing(BindingResult result) {
            Decision chosen = Forms.choice(Decision.class, decision, result, "decision", "Choose the decision");
            Integer inFavour = count(votesFor, result, "votesFor", "votes for", 6);
            Integer opposed = count(votesAgainst, result, "votesAgainst", "votes against", 2);
            Integer abstained = count(votesAbstaining, result, "votesAbstaining", "abstentions", 1);
            List<String> numbered = points == null
                    ? List.of()
                    : points.lines()
                            .map(String::strip)
                            .filter(l -> !l.isEmpty())
                            .toList();
            return new Minute.Writing(
                    summary,
                    numbered,
                    chosen,
                    decisionText,
                    new Minute.Vote(unanimous, inFavour, opposed, abstained, recordedVote));
        }

        private static Integer count(String value, BindingResult result, String field, String what, int example) {
            return Forms.wholeNumber(
                    value,
                    result,
                    field,
                    "The number of " + what + " must be a whole number, like " + example,
                    false,
                    0,
                    99);
        }

        private long version;

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public String getPoints() {
            return points;
        }

        public void setPoints(String points) {
            this.points = points;
        }

        public String getDecision() {
            return decision;
        }

        public void setDecision(String decision) {
            this.decision = decision;
        }

        public String getDecisionText() {
            return decisionText;
        }

        public void setDecisionText(String decisionText) {
            this.decisionText = decisionText;
        }

        public boolean isUnanimous() {
            return unanimous;
        }

        public void setUnanimous(boolean unanimous) {
            this.unanimous = unanimous;
        }

        public String getVotesFor() {
            return votesFor;
        }

        public void setVotesFor(String votesFor) {
            this.votesFor = votesFor;
        }

        public String getVotesAgainst() {
            return votesAgainst;
        }

        public void setVotesAgainst(String votesAgainst) {
            this.votesAgainst = votesAgainst;
        }

        public String getVotesAbstaining() {
            return votesAbstaining;
        }

        public void setVotesAbstaining(String votesAbstaining) {
            this.votesAbstaining = votesAbstaining;
        }

        public String getRecordedVote() {
            return recordedVote;
        }

        public void setRecordedVote(String recordedVote) {
            this.recordedVote = recordedVote;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    public static class NewDeclaration {
        private String memberName = "";
        private String kind;

        @MultiLine
        private String details;

        public String getMemberName() {
            return memberName;
        }

        public void setMemberName(String memberName) {
            this.memberName = memberName;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getDetails() {
            return details;
        }

        public void setDetails(String details) {
            this.details = details;
        }
    }

    public static class NewAction {
        @MultiLine
        private String description;

        private String owner;
        private DateInput dueDate = new DateInput();
        private String dueMeeting = "";

        /** The action to raise under the minute, with a field error for an owner or date that cannot be read. */
        MeetingAction.Raising raising(long minuteId, BindingResult result) {
            MeetingAction.Owner chosen =
                    Forms.choice(MeetingAction.Owner.class, owner, result, "owner", "Choose who owns the action");
            LocalDate due = dueDate.toDate(result, "dueDate", "the date the action is due", false);
            return new MeetingAction.Raising(minuteId, description, chosen, due, Forms.id(dueMeeting));
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public DateInput getDueDate() {
            return dueDate;
        }

        public void setDueDate(DateInput dueDate) {
            this.dueDate = dueDate;
        }

        public String getDueMeeting() {
            return dueMeeting;
        }

        public void setDueMeeting(String dueMeeting) {
            this.dueMeeting = dueMeeting;
        }
    }

    public static class Approval {
        @MultiLine
        private String amendments;

        private long version;

        public String getAmendments() {
            return amendments;
        }

        public void setAmendments(String amendments) {
            this.amendments = amendments;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    public static class ActionProgress {
        @MultiLine
        private String text;

        private long version;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }
}
