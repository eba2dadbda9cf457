package org.scrutiny.minutes.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelMember;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.membership.PanelOfficial;
import org.scrutiny.membership.PanelSubstitute;
import org.scrutiny.shared.DemoData;
import org.scrutiny.shared.London;
import org.scrutiny.shared.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The minutes of 2 February 2022 and 15 March 2023 as the seed documents record them: who
 * attended, each minute with its points and decision, and the actions. Names, numbers and
 * decisions are the seeds'; the points are summarised in our own words.
 */
@Component
@Profile("demo & !prod")
class MinutesDemoData extends DemoData {

    private static final Logger log = LoggerFactory.getLogger(MinutesDemoData.class);

    private final AllMinutes minutes;
    private final Actions actions;
    private final MeetingSchedule meetings;
    private final PanelMembership membership;

    MinutesDemoData(AllMinutes minutes, Actions actions, MeetingSchedule meetings, PanelMembership membership) {
        this.minutes = minutes;
        this.actions = actions;
        this.meetings = meetings;
        this.membership = membership;
    }

    @Override
    protected void load() {
        MeetingSummary february = meetingOn(LocalDate.of(2022, 2, 2), MeetingKind.ORDINARY);
        MeetingSummary march2023 = meetingOn(LocalDate.of(2023, 3, 15), MeetingKind.ORDINARY);
        if (february == null
                || march2023 == null
                || minutes.findByMeetingId(february.id()).isPresent()) {
            return;
        }
        february2022(february);
        march2023(march2023);
        log.info("Demo data: the minutes of 2 February 2022 and 15 March 2023");
    }

    private MeetingSummary meetingOn(LocalDate date, MeetingKind kind) {
        return meetings.meetingsBetween(date, date).stream()
                .filter(m -> m.kind() == kind)
                .findFirst()
                .orElse(null);
    }

    private void february2022(MeetingSummary meeting) {
        MeetingMinutes record = MeetingMinutes.start(
                meeting.id(),
                40,
                items(
                        "Apologies for Absence",
                        "Declarations of Interest",
                        "Minutes of the Meeting held on 15 November 2021",
                        "Commissioner's Response to Recommendations",
                        "Public Questions/Statements",
                        "Review of Complaints",
                        "Precept Report 2022/23",
                        "Decisions by the Police and Crime Commissioner",
                        "Meeting Dates and Agenda Plan 2021/22"));
        record.recordAttendance(attendance(
                meeting.date(),
                List.of(
                        "Edward Leigh",
                        "Claire George",
                        "Councillor S Bywater",
                        "Councillor A Bradnam",
                        "Councillor A Collis",
                        "Councillor C Daunton",
                        "Councillor S Ferguson",
                        "Councillor A Sharp",
                        "Councillor S Warren"),
                "Edward Leigh",
                Map.of(),
                List.of("Paulina Ford", "Fiona McMillan"),
                List.of("Darryl Preston", "John Peach", "Nick Dean", "Jim Haylett", "Jon Lee", "Matthew Warren")));
        record.recordTimes(LocalTime.of(13, 30), LocalTime.of(16, 0));
        List<Minute> m = record.getMinutes();
        minutes.saveAndFlush(record);

        record.declare(
                m.get(1).getId(),
                "Councillor A Bradnam",
                DeclarationKind.NON_REGISTERABLE,
                "The proposed new police hub near Milton Park and Ride is in her ward.");
        write(
                record,
                m.get(2),
                null,
                List.of(),
                Decision.AGREED,
                "that the minutes of the meeting held on 15 November 2021 were an accurate record",
                Minute.Vote.none());
        write(
                record,
                m.get(3),
                "Councillor Bradnam asked whether there was news on central funding for domestic homicide reviews. "
                        + "The Commissioner said his office was working through the Association of Police and Crime Commissioners rather than the Home Office directly, "
                        + "advised the panel to wait for that update before writing to the Home Office, and would report back when it came.",
                List.of(),
                Decision.NONE,
                null,
                Minute.Vote.none());
        write(
                record,
                m.get(4),
                "No public questions or statements had been received.",
                List.of(),
                Decision.NONE,
                null,
                Minute.Vote.none());
        write(
                record,
                m.get(5),
                "No complaints had been received since the last report.",
                List.of(),
                Decision.AGREED,
                "to NOTE the report",
                Minute.Vote.none());
        write(
                record,
                m.get(6),
                "The Panel received the Commissioner's proposal for the policing part of the council tax precept for 2022/23, and was asked to review it and make a report or recommendation on it.\n"
                        + "The Commissioner and his staff presented the report and answered the Panel's questions and comments, including:",
                List.of(
                        "Edward Leigh thanked the Commissioner for the pre-brief and the review of the medium-term financial strategy, and reminded members that the Panel was scrutinising the proposed £9.99 rise for a Band D property, not the strategy itself.",
                        "Councillor Bradnam asked what was spent on keeping constables beyond five or six years' service. The Chief Constable described the force's health and wellbeing service and said almost 300 applicants were waiting to join.",
                        "Councillor Bradnam asked how many PCSOs the planned £1.8 million would pay for. The Chief Constable said PCSO numbers had fallen from 80 to 40 after earlier savings, 32 were in post, 8 posts would be filled shortly, and the rise to 2025/26 covered inflation rather than more PCSOs.",
                        "Councillor Daunton asked whether being unable to fund 82 officers was a national problem. The Commissioner said 56% of the force's money came from central government, so a strong case for fairer funding mattered.",
                        "Councillor Daunton asked about funding for ethical training of new recruits. The Commissioner and the Chief Constable said ethical policing was a shared priority and described the vetting and professional standards work.",
                        "Councillor Daunton asked whether the settlement would let the 101 service keep improving. The Chief Constable gave the daily volumes of 999 calls, 101 calls and webchats, and the investment in call takers.",
                        "Councillor Sharp welcomed a budget balanced without reserves and said the Panel should support the case for more funding; the Commissioner said he would ask for that support.",
                        "Councillor Bywater asked how comfortable the Commissioner was with a 3.5% pay inflation assumption. The Chief Finance Officer said it was the right estimate and the budget was prudent.",
                        "Councillor Bradnam noted that 1,566 people answered the precept survey and asked that the Panel help shape next year's questions and publicity. The Commissioner committed to improving the survey and welcomed ideas.",
                        "Edward Leigh suggested a workshop with the Panel on the survey; the Commissioner said he also wanted more diverse and younger respondents.",
                        "Councillor Collis asked for better engagement with minority ethnic communities and travellers; the Commissioner agreed.",
                        "Edward Leigh asked for the list of acronyms to become a standing feature of reports.",
                        "Edward Leigh noted that 21% of respondents felt unsafe and asked for deeper analysis.",
                        "Edward Leigh asked whether more officers would mean less overtime. The Chief Constable expected overtime to fall, but described more complex investigations and mutual aid such as COP26 and the G7.",
                        "Edward Leigh asked about the timescale for the work on future funding. The Commissioner said a business case was being prepared for a Home Office meeting in early March and agreed to share it with members at a private briefing."),
                Decision.AGREED,
                "to NOT exercise its veto power over the precept increase proposed by the Commissioner",
                Minute.Vote.unanimously());
        write(
                record,
                m.get(7),
                "The Panel received a report answering its request of 15 November 2021 for advance notice of key decisions.\n"
                        + "The Panel's Monitoring Officer, Fiona McMillan, referred to the statutory guidance on building the Panel's work programme from the Commissioner's forward plan. "
                        + "Jim Haylett, Chief Executive of the OPCC, offered at each meeting a rolling view of the work planned for the next six months, alongside the annual report and the six-month interim report. "
                        + "Edward Leigh said this was what the Panel wanted, looking six to nine months ahead.",
                List.of(),
                Decision.RECOMMENDATION,
                "That a simplified forward plan from the OPCC become a standing item on the Panel's agenda, covering the following six to nine months to allow for meeting dates and themes.",
                Minute.Vote.none());
        write(
                record,
                m.get(8),
                "Forthcoming meetings: 16 February 2022 (if needed) and 23 March 2022.",
                List.of(),
                Decision.NONE,
                null,
                Minute.Vote.none());
        record.publish(ZonedDateTime.of(2022, 2, 10, 9, 0, 0, 0, London.ZONE).toInstant());
        MeetingSummary approvedAt = meetingOn(LocalDate.of(2022, 3, 23), MeetingKind.ORDINARY);
        if (approvedAt != null) {
            record.approve(approvedAt.id(), approvedAt.date(), null);
        }
        record.importedFromRecords();
        minutes.saveAndFlush(record);

        WorkingDays calendar = WorkingDays.of(WorkingDays.Region.ENGLAND);
        MeetingAction homicideReviews = actions.save(MeetingAction.record(
                meeting.id(),
                new MeetingAction.Raising(
                        m.get(3).getId(),
                        "The Commissioner to report back on central funding for domestic homicide reviews once the APCC has an update.",
                        MeetingAction.Owner.COMMISSIONER,
                        null,
                        approvedAt == null ? null : approvedAt.id()),
                calendar));
        homicideReviews.update(
                LocalDate.of(2023, 3, 15),
                "Still in progress: a government consultation is expected, to which the Panel can respond.");
        MeetingAction businessCase = actions.save(MeetingAction.record(
                meeting.id(),
                new MeetingAction.Raising(
                        m.get(6).getId(),
                        "The Commissioner to share the business case on future funding with members at a private briefing.",
                        MeetingAction.Owner.COMMISSIONER,
                        LocalDate.of(2022, 3, 31),
                        null),
                calendar));
        businessCase.complete(
                LocalDate.of(2022, 3, 23), "Members were briefed in private before the Home Office meeting.");
        actions.save(MeetingAction.record(
                meeting.id(),
                new MeetingAction.Raising(
                        m.get(6).getId(),
                        "The OPCC to involve the Panel in setting the questions and publicity of the next precept survey.",
                        MeetingAction.Owner.COMMISSIONER,
                        LocalDate.of(2022, 11, 1),
                        null),
                calendar));
    }

    private void march2023(MeetingSummary meeting) {
        MeetingMinutes record = MeetingMinutes.start(
                meeting.id(),
                47,
                items(
                        "Apologies for Absence",
                        "Declarations of Interest",
                        "Minutes of the Meeting held on 1 February 2023",
                        "Review Actions and Recommendations from the previous meeting",
                        "Public Questions/Statements",
                        "Approach to Communications and Engagement",
                        "Putting Communities First",
                        "Trust in Policing – Culture Statement",
                        "Forward Plan (Final Year)",
                        "Meeting Dates and Agenda Plan"));
        record.recordAttendance(attendance(
                meeting.date(),
                List.of(
                        "Edward Leigh",
                        "Claire George",
                        "Councillor A Gilderdale",
                        "Councillor C Hogg",
                        "Councillor A Sharp",
                        "Councillor D Jones",
                        "Councillor S Ferguson",
                        "Councillor S Warren",
                        "Councillor S Count"),
                "Edward Leigh",
                Map.of("Councillor G Wilson", "Councillor A Bradnam"),
                List.of("Jane Webb", "Rochelle Tapping"),
                List.of(
                        "Darryl Preston",
                        "Jim Haylett",
                        "Jack Hudson",
                        "John Peach",
                        "Catherine Kimberley",
                        "Cristina Turner")));
        record.recordTimes(LocalTime.of(13, 30), LocalTime.of(15, 30));
        List<Minute> m = record.getMinutes();
        minutes.saveAndFlush(record);

        write(
                record,
                m.get(1),
                "No declarations of interest were made.",
                List.of(),
                Decision.NONE,
                null,
                Minute.Vote.none());
        write(
                record,
                m.get(2),
                null,
                List.of(),
                Decision.AGREED,
                "that the minutes of the meeting held on 1 February 2023 were an accurate record",
                Minute.Vote.none());
        write(
                record,
                m.get(3),
                "Councillor Hogg asked for the information on the Deputy Police and Crime Commissioner requested at the last meeting; the Commissioner did not have it yet and would consider it for a later meeting. The Chair thanked the Commissioner for his letter on the precept.\n"
                        + "The Commissioner updated the Panel on domestic homicide reviews (a government consultation was due, to which the Panel could respond), on the Chief Constable's work with partners on changes to adult and children's social care, and on reviews to find further collaboration.",
                List.of(),
                Decision.NONE,
                null,
                Minute.Vote.none());
        write(
                record,
                m.get(4),
                "No submissions had been received that met the Panel's Rules of Procedure.",
                List.of(),
                Decision.NONE,
                null,
                Minute.Vote.none());
        write(
                record,
                m.get(5),
                "The Panel received a report on how the Commissioner communicates and engages, and was asked to note it. The Commissioner and his staff presented it and answered questions and comments, including:",
                List.of(
                        "Councillor Jones asked what a district day was. Catherine Kimberley said six had been held for residents and schools, with Peterborough's on 23 March 2023 and more after the elections.",
                        "Councillor Wilson asked where the results of work with young people and on serious violence were reported. Catherine Kimberley pointed to press releases, interviews and a monthly newsletter; the Commissioner said surveys shape the Police and Crime Plan.",
                        "Councillor Hogg said the website's web chat button was hard to see. The Commissioner said the site was run nationally by the Metropolitan Police, so change would be slow, but he would ask.",
                        "Councillor Hogg said police messages needed to encourage residents who already report crime. The Commissioner agreed some local teams had used the wrong tone and would take it up with the Chief Constable.",
                        "Edward Leigh said the Panel would like to see the Chief Constable's plan to improve the quality of communication.",
                        "Councillor Jones asked how the Independent Custody Visitor and Scrutiny Panel recruitment had reached under-represented communities. The Commissioner said it had been hard; Catherine Kimberley described a six-month campaign and offered feedback later.",
                        "Councillor Gilderdale asked how to reach groups who had lost trust in the police. The Commissioner spoke of recent events that had damaged confidence and the work under way with the Constabulary.",
                        "Councillor Gilderdale suggested explaining the difference between the Commissioner and the police; the Commissioner and Catherine Kimberley agreed and described work with schools and colleges.",
                        "Edward Leigh said the Commissioner's logo looked too like the police logo; the Commissioner said this would be changed.",
                        "Councillor Count said the website's colours gave it a police look too.",
                        "Edward Leigh asked about contacts with community leaders from minority ethnic groups; Catherine Kimberley said the list grew monthly.",
                        "Edward Leigh said the newsletter sign-up was hard to find once the pop-up was missed. Catherine Kimberley described the sign-up page and a campaign to promote it."),
                Decision.AGREED,
                "to NOTE the report",
                Minute.Vote.unanimously());
        write(
                record,
                m.get(6),
                "The Panel received a report on how the Commissioner supports local problem solving, and was asked to note it. The Commissioner and his staff answered questions and comments, including:",
                List.of(
                        "Councillor Jones asked why dangerous driving and parking, a top concern in the July 2021 survey, was missing from the report. The Commissioner said road safety sat with the Community Safety Partnerships, which councils scrutinise.",
                        "Edward Leigh asked whether all councillors knew they could raise issues with their Community Safety Partnership; the Commissioner would ask each partnership to make this known.",
                        "Councillor Ferguson said Huntingdonshire's partnership had lapsed and asked for help to revive it; the Commissioner offered to meet there.",
                        "Councillor Gilderdale thanked the Commissioner for his support to the Cambridge partnership; the Commissioner cited a 60% fall in bike theft.",
                        "Councillor Count said the Fenland partnership worked well with the OPCC, including Operation Luscombe.",
                        "Councillor Sharp said East Cambridgeshire's community events were well attended.",
                        "Edward Leigh asked why Peterborough had declined funding for the extra post; the Commissioner said its partnership was already well resourced."),
                Decision.AGREED,
                "to NOTE the report",
                Minute.Vote.unanimously());
        write(
                record,
                m.get(7),
                "The Panel received an update on the Constabulary's Culture Statement and its aim to build trust and confidence, and was asked to note it. Questions and comments included:",
                List.of(
                        "Councillor Jones asked whether Cambridgeshire was a pilot; Jim Haylett said the idea came from within the Constabulary.",
                        "Councillor Wilson asked how results would be monitored; the Commissioner pointed to public satisfaction and confidence, and Jim Haylett to the integrity report due in July.",
                        "Councillor Wilson asked whether it would identify officers who mistreat women or minorities; the Commissioner said a combination of measures was needed.",
                        "Edward Leigh asked whether staff could opt out; the Commissioner said no.",
                        "The Commissioner said every member of staff was being re-vetted nationally and an update would come to the Panel.",
                        "Councillor Count asked how the statement would help the public; the Commissioner linked culture to retention and performance.",
                        "Councillor Gilderdale cited a needs assessment by the Encompass Network that showed low trust in approaching the police.",
                        "Edward Leigh suggested benchmarking trust against a force without a culture statement; the Commissioner would raise this with the Chief Constable.",
                        "Councillor Hogg said people approaching the police need to feel valued; the Commissioner agreed.",
                        "Edward Leigh asked for the statement's wording on life balance to be made plainer; the Commissioner would pass this on."),
                Decision.AGREED,
                "to NOTE the report",
                Minute.Vote.unanimously());
        write(
                record,
                m.get(8),
                "The Panel received an update on delivering the Police and Crime Plan 2021-24, and was asked to note it. Questions and comments included:",
                List.of(
                        "Councillor Jones asked about the postponed cyber event for businesses; the Commissioner said it would be offered within another business event, delivered by the Eastern Region Cyber Resilience Centre.",
                        "Councillor Wilson asked whether the Panel should see the risk registers; Jim Haylett said the two registers go to the Audit Committee.",
                        "Councillor Wilson asked about lessons from the pandemic; the Commissioner would take the question away.",
                        "Councillor Count asked about biometrics; the Commissioner, national lead for forensics and biometrics, described the ethical questions, and Councillor Count offered the Panel for a debate.",
                        "Edward Leigh asked whether domestic abuse perpetrator programmes were funded beyond March 2023; a government decision was expected and a core fallback existed.",
                        "Edward Leigh asked about the new Ministry of Justice funding strategy; Cristina Turner said the OPCC was aligning its work with it.",
                        "Edward Leigh asked what had changed at Action Fraud; the Commissioner described its renaming and new focus, and offered more information."),
                Decision.AGREED,
                "to NOTE the report",
                Minute.Vote.unanimously());
        write(
                record,
                m.get(9),
                "The Panel noted the meeting dates: 19 July 2023 (AGM), 13 September 2023, 29 November 2023, 31 January 2024, 14 February 2024 (if needed, for a veto) and 13 March 2024.",
                List.of(),
                Decision.NOTED,
                "the forthcoming meeting dates",
                Minute.Vote.none());
        record.publish(ZonedDateTime.of(2023, 3, 24, 9, 0, 0, 0, London.ZONE).toInstant());
        MeetingSummary approvedAt = meetingOn(LocalDate.of(2023, 7, 19), MeetingKind.ANNUAL_GENERAL_MEETING);
        if (approvedAt != null) {
            record.approve(approvedAt.id(), approvedAt.date(), null);
        }
        record.importedFromRecords();
        minutes.saveAndFlush(record);

        WorkingDays calendar = WorkingDays.of(WorkingDays.Region.ENGLAND);
        Long nextMeeting = approvedAt == null ? null : approvedAt.id();
        actions.save(MeetingAction.record(
                meeting.id(),
                new MeetingAction.Raising(
                        m.get(3).getId(),
                        "The Commissioner to bring the information asked for on the Deputy Police and Crime Commissioner to a later meeting.",
                        MeetingAction.Owner.COMMISSIONER,
                        null,
                        nextMeeting),
                calendar));
        actions.save(MeetingAction.record(
                meeting.id(),
                new MeetingAction.Raising(
                        m.get(5).getId(),
                        "The Commissioner to ask for the website's web chat button to be made more visible.",
                        MeetingAction.Owner.COMMISSIONER,
                        null,
                        nextMeeting),
                calendar));
        actions.save(MeetingAction.record(
                meeting.id(),
                new MeetingAction.Raising(
                        m.get(5).getId(),
                        "The Commissioner to raise the tone of local police communications with the Chief Constable.",
                        MeetingAction.Owner.COMMISSIONER,
                        null,
                        nextMeeting),
                calendar));
        actions.save(MeetingAction.record(
                meeting.id(),
                new MeetingAction.Raising(
                        m.get(6).getId(),
                        "The Commissioner to ask every Community Safety Partnership to tell councillors they can raise issues with it.",
                        MeetingAction.Owner.COMMISSIONER,
                        null,
                        nextMeeting),
                calendar));
        actions.save(MeetingAction.record(
                meeting.id(),
                new MeetingAction.Raising(
                        m.get(7).getId(),
                        "The Commissioner to bring an update on the national re-vetting of staff to the Panel.",
                        MeetingAction.Owner.COMMISSIONER,
                        null,
                        null),
                calendar));
        actions.save(MeetingAction.record(
                meeting.id(),
                new MeetingAction.Raising(
                        m.get(8).getId(),
                        "The Commissioner to consider when a report on Vision Zero could come to the Panel.",
                        MeetingAction.Owner.COMMISSIONER,
                        null,
                        null),
                calendar));
    }

    /** The seeds' items: apologies, declarations and the previous minutes first, then the business. */
    private static List<MeetingMinutes.Item> items(String... titles) {
        List<ItemPurpose> standing =
                List.of(ItemPurpose.APOLOGIES, ItemPurpose.DECLARATIONS, ItemPurpose.PREVIOUS_MINUTES);
        List<MeetingMinutes.Item> items = new ArrayList<>();
        for (String title : titles) {
            ItemPurpose purpose = items.size() < standing.size() ? standing.get(items.size()) : ItemPurpose.OTHER;
            items.add(new MeetingMinutes.Item(null, title, purpose));
        }
        return items;
    }

    private static void write(
            MeetingMinutes record,
            Minute minute,
            String summary,
            List<String> points,
            Decision decision,
            String text,
            Minute.Vote vote) {
        record.write(minute.getId(), new Minute.Writing(summary, points, decision, text, vote));
    }

    /**
     * Attendance from the seed's names: the members present, the rest of the members with
     * apologies, substitutes against the member they stood in for, officers and others by name.
     */
    private List<Attendee.Line> attendance(
            LocalDate date,
            List<String> present,
            String chair,
            Map<String, String> substitutes,
            List<String> officers,
            List<String> others) {
        List<Attendee.Line> lines = new ArrayList<>();
        List<PanelMember> members = membership.membersOn(date);
        for (PanelMember member : members) {
            lines.add(Attendee.Line.member(
                    member,
                    present.contains(member.formalName()) ? Attendee.Presence.PRESENT : Attendee.Presence.APOLOGIES,
                    member.formalName().equals(chair)));
        }
        Map<String, PanelSubstitute> named = membership.namedSubstitutesOn(date).stream()
                .collect(Collectors.toMap(PanelSubstitute::formalName, Function.identity(), (a, b) -> a));
        substitutes.forEach((substitute, forMember) -> {
            PanelSubstitute s = named.get(substitute);
            PanelMember absent = members.stream()
                    .filter(mm -> mm.formalName().equals(forMember))
                    .findFirst()
                    .orElseThrow();
            lines.add(Attendee.Line.substitute(s, absent.membershipId()));
        });
        Map<String, PanelOfficial> officials = membership.officialsOn(date).stream()
                .collect(Collectors.toMap(PanelOfficial::name, Function.identity(), (a, b) -> a));
        for (String name : officers) {
            lines.add(Attendee.Line.official(Attendee.Category.OFFICER, officials.get(name)));
        }
        for (String name : others) {
            lines.add(Attendee.Line.official(Attendee.Category.OTHER, officials.get(name)));
        }
        return lines;
    }
}
