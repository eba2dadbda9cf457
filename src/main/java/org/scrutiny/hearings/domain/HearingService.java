package org.scrutiny.hearings.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.MeetingPlanner;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingStatus;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.recommendations.RecommendationLedger;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.PanelCalendar;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Running confirmation hearings within their statutory three weeks. */
@Service
@Transactional
public class HearingService {

    private final Hearings hearings;
    private final MeetingSchedule meetings;
    private final MeetingPlanner planner;
    private final PanelMembership membership;
    private final RecommendationLedger ledger;
    private final PanelCalendar calendar;
    private final Clock clock;

    HearingService(
            Hearings hearings,
            MeetingSchedule meetings,
            MeetingPlanner planner,
            PanelMembership membership,
            RecommendationLedger ledger,
            PanelCalendar calendar,
            Clock clock) {
        this.hearings = hearings;
        this.meetings = meetings;
        this.planner = planner;
        this.membership = membership;
        this.ledger = ledger;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Records the proposal and plans the hearing on the last working day of the three weeks. */
    public ConfirmationHearing propose(ConfirmationHearing.Proposal proposal, Long afterVetoId) {
        ConfirmationHearing previous = afterVetoId == null ? null : hearing(afterVetoId);
        ConfirmationHearing hearing = ConfirmationHearing.proposed(proposal, previous);
        ConfirmationHearing.Post post = proposal.post();
        String candidate = proposal.candidate();
        LocalDate day = hearing.deadline();
        while (!calendar.workingDays().isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        long meeting = planner.planMeeting(
                MeetingKind.CONFIRMATION_HEARING,
                "Confirmation hearing: " + post.label(),
                day,
                LocalTime.of(10, 0),
                false);
        planner.planMeetingItem(
                meeting, "Confirmation hearing: " + candidate.strip() + ", proposed " + post.label(), null);
        hearing.scheduledAt(meeting);
        return hearings.save(hearing);
    }

    public ConfirmationHearing recommend(long id, long expectedVersion, ConfirmationHearing.Report report) {
        long meetingId = report.meetingId();
        ConfirmationHearing hearing = existing(id, expectedVersion);
        MeetingSummary meeting =
                meetings.meeting(meetingId).orElseThrow(() -> new RecordNotFoundException("Meeting", meetingId));
        if (meeting.kind() == MeetingKind.TRAINING_OR_BRIEFING || meeting.kind() == MeetingKind.EXTERNAL_CONFERENCE) {
            throw new BusinessRuleViolation("meeting", "A confirmation hearing is a public meeting of the full panel");
        }
        hearing.recommend(
                report, meeting.date(), membership.membersOn(meeting.date()).size());
        ConfirmationHearing saved = hearings.saveAndFlush(hearing);
        ledger.recordReport(
                meetingId,
                "Confirmation hearing: " + hearing.getCandidate() + " as "
                        + hearing.getPost().label(),
                hearing.getRecommendation() + (hearing.isVetoed() ? " The panel vetoed the appointment." : ""),
                report.reportOn(),
                null);
        return saved;
    }

    public ConfirmationHearing decide(
            long id, long expectedVersion, ConfirmationHearing.Decision decision, LocalDate on) {
        ConfirmationHearing hearing = existing(id, expectedVersion);
        hearing.decide(decision, on);
        return hearings.saveAndFlush(hearing);
    }

    @Transactional(readOnly = true)
    public ConfirmationHearing hearing(long id) {
        return hearings.findById(id).orElseThrow(() -> new RecordNotFoundException("Confirmation hearing", id));
    }

    @Transactional(readOnly = true)
    public List<ConfirmationHearing> all() {
        return hearings.findAllByOrderByReceivedOnDescIdDesc();
    }

    /** Meetings at which the hearing may be held: from receipt to the deadline, not cancelled. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> hearingMeetings(ConfirmationHearing hearing) {
        return meetings
                .meetingsBetween(hearing.getReceivedOn(), hearing.deadline().plusMonths(1))
                .stream()
                .filter(m -> m.status() != MeetingStatus.CANCELLED)
                .filter(m ->
                        m.kind() != MeetingKind.TRAINING_OR_BRIEFING && m.kind() != MeetingKind.EXTERNAL_CONFERENCE)
                .sorted(Comparator.comparing(MeetingSummary::date))
                .toList();
    }

    @Transactional(readOnly = true)
    public int membersOn(LocalDate date) {
        return membership.membersOn(date).size();
    }

    public Optional<MeetingSummary> meeting(Long id) {
        return id == null ? Optional.empty() : meetings.meeting(id);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private ConfirmationHearing existing(long id, long expectedVersion) {
        ConfirmationHearing hearing = hearing(id);
        StaleRecordException.check(expectedVersion, hearing.getVersion());
        return hearing;
    }
}
