package org.scrutiny.precept.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.scrutiny.meetings.MeetingKind;
import org.scrutiny.meetings.MeetingPlanner;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingStatus;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.precept.PreceptDecisions;
import org.scrutiny.recommendations.RecommendationLedger;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.PanelCalendar;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.scrutiny.shared.VetoThreshold;
import org.scrutiny.shared.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Running the precept review for a financial year. */
@Service
@Transactional
public class PreceptService implements PreceptDecisions {

    /** The precept cannot be delegated: only a meeting of the whole panel decides it. */
    static final Set<MeetingKind> FULL_PANEL =
            EnumSet.of(MeetingKind.ORDINARY, MeetingKind.ANNUAL_GENERAL_MEETING, MeetingKind.RESERVE_IF_NEEDED_VETO);

    private final PreceptYears years;
    private final MeetingSchedule meetings;
    private final MeetingPlanner planner;
    private final PanelMembership membership;
    private final RecommendationLedger ledger;
    private final PanelCalendar calendar;
    private final Clock clock;

    PreceptService(
            PreceptYears years,
            MeetingSchedule meetings,
            MeetingPlanner planner,
            PanelMembership membership,
            RecommendationLedger ledger,
            PanelCalendar calendar,
            Clock clock) {
        this.years = years;
        this.meetings = meetings;
        this.planner = planner;
        this.membership = membership;
        this.ledger = ledger;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PreceptYear> all() {
        return years.findAllByOrderByFinancialYearDesc();
    }

    @Transactional(readOnly = true)
    public PreceptYear year(int financialYear) {
        return years.findByFinancialYear(financialYear)
                .orElseThrow(() -> new RecordNotFoundException("Precept for the financial year", financialYear));
    }

    /**
     * Records the Commissioner's notification and puts the review meeting (before 8 February) and
     * a reserve meeting "if needed (veto)" (before 22 February) in the work programme, using
     * meetings already planned in those windows where there are any.
     */
    public PreceptYear notify(PreceptYear.Notification notification) {
        if (years.findByFinancialYear(notification.financialYear()).isPresent()) {
            throw new BusinessRuleViolation("financialYear", "The precept for that year has already been notified");
        }
        LocalDate notifiedOn = notification.notifiedOn();
        PreceptYear year = PreceptYear.notified(notification);
        WorkingDays days = calendar.workingDays();
        LocalDate reportBy = year.deadline(PreceptYear.REPORT);
        LocalDate secondBy = year.deadline(PreceptYear.SECOND_REPORT);
        String item = "Precept Report " + year.label();
        long review = existing(notifiedOn, reportBy, EnumSet.of(MeetingKind.ORDINARY))
                .orElseGet(() -> planner.planMeeting(
                        MeetingKind.ORDINARY, null, onOrBefore(reportBy, days), LocalTime.of(13, 30), false));
        boolean planned = meetings.plannedItems(review).stream()
                .anyMatch(p -> p.title().toLowerCase(Locale.UK).contains("precept"));
        if (!planned) {
            planner.planMeetingItem(review, item, "The Commissioner's proposed precept, notified " + notifiedOn);
        }
        long reserve = existing(reportBy.plusDays(1), secondBy, EnumSet.of(MeetingKind.RESERVE_IF_NEEDED_VETO))
                .orElseGet(() -> planner.planMeeting(
                        MeetingKind.RESERVE_IF_NEEDED_VETO,
                        null,
                        onOrBefore(secondBy, days),
                        LocalTime.of(13, 30),
                        false));
        year.plannedAt(review, reserve);
        return years.save(year);
    }

    private Optional<Long> existing(LocalDate from, LocalDate to, Set<MeetingKind> kinds) {
        return meetings.meetingsBetween(from, to).stream()
                .filter(m -> kinds.contains(m.kind()) && m.status() != MeetingStatus.CANCELLED)
                .min(Comparator.comparing(MeetingSummary::date))
                .map(MeetingSummary::id);
    }

    private static LocalDate onOrBefore(LocalDate date, WorkingDays calendar) {
        LocalDate day = date;
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The members of the panel on a meeting's date, and the votes a veto would need. */
    @Transactional(readOnly = true)
    public int membersOn(LocalDate date) {
        return membership.membersOn(date).size();
    }

    /** The votes a veto needs at a meeting on {@code date}: two-thirds of the members that day, rounded up. */
    @Transactional(readOnly = true)
    public int vetoThresholdOn(LocalDate date) {
        return VetoThreshold.of(membersOn(date));
    }

    public PreceptYear recordVote(int financialYear, long expectedVersion, long meetingId, PreceptYear.Vote vote) {
        PreceptYear year = existing(financialYear, expectedVersion);
        MeetingSummary meeting =
                meetings.meeting(meetingId).orElseThrow(() -> new RecordNotFoundException("Meeting", meetingId));
        if (!FULL_PANEL.contains(meeting.kind())) {
            throw new BusinessRuleViolation(
                    "meeting",
                    "The precept can only be decided at a meeting of the full panel, not at a "
                            + meeting.kind().label().toLowerCase());
        }
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw new BusinessRuleViolation("meeting", "That meeting was cancelled");
        }
        year.recordVote(meetingId, meeting.date(), membersOn(meeting.date()), vote);
        return years.saveAndFlush(year);
    }

    /** The panel's report: dated, and put into the recommendations tracker for the Commissioner's response. */
    public PreceptYear report(int financialYear, long expectedVersion, LocalDate on) {
        PreceptYear year = existing(financialYear, expectedVersion);
        if (!year.isVoted()) {
            throw new BusinessRuleViolation("Record the panel's vote before its report");
        }
        year.report(
                on,
                () -> ledger.recordReport(
                        year.getVoteMeetingId(),
                        "Report on the proposed precept " + year.label(),
                        year.getDecision() + (year.getReasons() == null ? "" : " " + year.getReasons()),
                        on,
                        year.isVetoEffective()
                                ? year.deadline(PreceptYear.REVISED)
                                : year.deadline(PreceptYear.RESPONSE)));
        return years.saveAndFlush(year);
    }

    public PreceptYear revise(int financialYear, long expectedVersion, LocalDate on, BigDecimal revisedIncrease) {
        PreceptYear year = existing(financialYear, expectedVersion);
        year.revise(on, revisedIncrease);
        return years.saveAndFlush(year);
    }

    public PreceptYear secondReport(int financialYear, long expectedVersion, LocalDate on, String text) {
        PreceptYear year = existing(financialYear, expectedVersion);
        year.secondReport(on, text);
        return years.saveAndFlush(year);
    }

    public PreceptYear respond(int financialYear, long expectedVersion, LocalDate on, BigDecimal finalIncrease) {
        PreceptYear year = existing(financialYear, expectedVersion);
        year.respond(on, finalIncrease);
        return years.saveAndFlush(year);
    }

    @Transactional(readOnly = true)
    public Optional<MeetingSummary> meeting(Long id) {
        return id == null ? Optional.empty() : meetings.meeting(id);
    }

    /** Meetings that may decide the precept: full-panel meetings from the notification to 8 February. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> votingMeetings(PreceptYear year) {
        return meetings.meetingsBetween(year.getNotifiedOn(), year.deadline(PreceptYear.SECOND_REPORT)).stream()
                .filter(m -> FULL_PANEL.contains(m.kind()) && m.status() != MeetingStatus.CANCELLED)
                .sorted(Comparator.comparing(MeetingSummary::date))
                .toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private PreceptYear existing(int financialYear, long expectedVersion) {
        PreceptYear year = year(financialYear);
        StaleRecordException.check(expectedVersion, year.getVersion());
        return year;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PreceptDecisions.Vote> votedBetween(LocalDate from, LocalDate to) {
        return years.findAll().stream()
                .filter(PreceptYear::isVoted)
                .filter(year ->
                        !year.getVotedOn().isBefore(from) && !year.getVotedOn().isAfter(to))
                .sorted(Comparator.comparing(PreceptYear::getVotedOn))
                .map(year -> new PreceptDecisions.Vote(
                        year.label(),
                        year.getVotedOn(),
                        year.getProposedIncrease(),
                        year.isVetoCarried(),
                        year.getDecision()))
                .toList();
    }
}
