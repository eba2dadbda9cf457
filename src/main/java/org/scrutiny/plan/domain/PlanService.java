package org.scrutiny.plan.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scrutiny.meetings.MeetingPlanner;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.papers.PublishedReports;
import org.scrutiny.plan.DecisionRecorded;
import org.scrutiny.plan.DeliverableStatusChanged;
import org.scrutiny.plan.FollowableThemes;
import org.scrutiny.publishing.PaperUploads;
import org.scrutiny.recommendations.RecommendationLedger;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.London;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.scrutiny.shared.UploadedFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's use cases: the office keeps the deliverables and the decisions, the panel and the
 * public read them, and the secretariat puts an expected key decision on the work programme.
 */
@Service
@Transactional
public class PlanService implements FollowableThemes {

    /** A theme with its deliverables, soonest due first. */
    public record ThemeWithDeliverables(PlanTheme theme, List<Deliverable> deliverables) {}

    /** What the forward plan for a meeting lists: the open deliverables due by {@code until}, by theme. */
    public record ForwardPlan(PolicePlan plan, LocalDate from, LocalDate until, List<ThemeWithDeliverables> themes) {

        public int count() {
            return themes.stream().mapToInt(t -> t.deliverables().size()).sum();
        }
    }

    private final PolicePlans plans;
    private final PlanThemes themes;
    private final Deliverables deliverables;
    private final PlanDecisions decisions;
    private final PlanPanelReports panelReports;
    private final DecisionNotices notices;
    private final PublishedReports publishedReports;
    private final PaperUploads uploads;
    private final RecommendationLedger ledger;
    private final MeetingPlanner planner;
    private final MeetingSchedule meetings;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Period forwardWindow;

    PlanService(
            PolicePlans plans,
            PlanThemes themes,
            Deliverables deliverables,
            PlanDecisions decisions,
            PlanPanelReports panelReports,
            DecisionNotices notices,
            PublishedReports publishedReports,
            PaperUploads uploads,
            RecommendationLedger ledger,
            MeetingPlanner planner,
            MeetingSchedule meetings,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${scrutiny.plan.forward-window:P9M}") Period forwardWindow) {
        this.plans = plans;
        this.themes = themes;
        this.deliverables = deliverables;
        this.decisions = decisions;
        this.panelReports = panelReports;
        this.notices = notices;
        this.publishedReports = publishedReports;
        this.uploads = uploads;
        this.ledger = ledger;
        this.planner = planner;
        this.meetings = meetings;
        this.clock = clock;
        this.events = events;
        this.forwardWindow = forwardWindow;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(London.ZONE));
    }

    /** The plan in force on {@code day}: the latest that has started by then, else the earliest. */
    @Transactional(readOnly = true)
    public Optional<PolicePlan> planOn(LocalDate day) {
        List<PolicePlan> all = plans.findAllByOrderByStartsYearDesc();
        return all.stream()
                .filter(plan -> plan.getStartsYear() <= day.getYear())
                .findFirst()
                .or(() -> all.stream().reduce((newer, older) -> older));
    }

    @Transactional(readOnly = true)
    public Optional<PolicePlan> current() {
        return planOn(today());
    }

    @Transactional(readOnly = true)
    public List<PolicePlan> plans() {
        return plans.findAllByOrderByStartsYearDesc();
    }

    @Transactional(readOnly = true)
    public PolicePlan plan(long id) {
        return plans.findById(id).orElseThrow(() -> new RecordNotFoundException("Police and Crime Plan", id));
    }

    @Transactional(readOnly = true)
    public List<PlanTheme> themesOf(long planId) {
        return themes.findByPlanIdOrderByPosition(planId);
    }

    /** Renames a theme or restates what it will do. */
    public PlanTheme describeTheme(long id, long version, String name, String whatWeWillDo) {
        PlanTheme theme = theme(id);
        StaleRecordException.check(version, theme.getVersion());
        if (themes.findByPlanIdOrderByPosition(theme.getPlanId()).stream()
                .anyMatch(other -> !other.getId().equals(id) && other.getName().equalsIgnoreCase(name))) {
            throw new BusinessRuleViolation("name", "Another theme of the plan has this name");
        }
        theme.describe(name, whatWeWillDo);
        return themes.saveAndFlush(theme);
    }

    @Override
    @Transactional(readOnly = true)
    public List<FollowableThemes.Theme> themes() {
        return planOn(today())
                .map(plan -> themesOf(plan.getId()).stream()
                        .map(theme -> new FollowableThemes.Theme(theme.getId(), theme.getName()))
                        .toList())
                .orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> nameOf(long id) {
        return themes.findById(id).map(PlanTheme::getName);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> idOf(String name) {
        return themes().stream()
                .filter(theme -> theme.name().equalsIgnoreCase(name.strip()))
                .map(FollowableThemes.Theme::id)
                .findFirst();
    }

    @Transactional(readOnly = true)
    public PlanTheme theme(long id) {
        return themes.findById(id).orElseThrow(() -> new RecordNotFoundException("Theme", id));
    }

    /** A plan's themes with their deliverables, kept to one theme and one status when they are given. */
    @Transactional(readOnly = true)
    public List<ThemeWithDeliverables> deliverablesOf(long planId, Long themeId, Deliverable.Status status) {
        List<PlanTheme> of = themesOf(planId).stream()
                .filter(theme -> themeId == null || theme.getId().equals(themeId))
                .toList();
        Map<Long, List<Deliverable>> byTheme =
                deliverables
                        .findByThemeIdInOrderByDueOnAscIdAsc(
                                of.stream().map(PlanTheme::getId).toList())
                        .stream()
                        .filter(d -> status == null || d.getStatus() == status)
                        .collect(Collectors.groupingBy(
                                Deliverable::getThemeId, LinkedHashMap::new, Collectors.toList()));
        return of.stream()
                .map(theme -> new ThemeWithDeliverables(theme, byTheme.getOrDefault(theme.getId(), List.of())))
                .toList();
    }

    /**
     * The forward plan for a meeting: the plan in force on its day, and its deliverables still to be
     * delivered and due by the end of the window (nine months unless configured otherwise).
     */
    @Transactional(readOnly = true)
    public Optional<ForwardPlan> forwardPlan(LocalDate meetingDay) {
        LocalDate until = meetingDay.plus(forwardWindow);
        return planOn(meetingDay)
                .map(plan -> new ForwardPlan(
                        plan,
                        meetingDay,
                        until,
                        deliverablesOf(plan.getId(), null, null).stream()
                                .map(theme -> new ThemeWithDeliverables(
                                        theme.theme(),
                                        theme.deliverables().stream()
                                                .filter(d -> d.getStatus().isOpen()
                                                        && !d.getDueOn().isAfter(until))
                                                .toList()))
                                .toList()));
    }

    /** A deliverable's change of status in a period, with the note that says why. */
    public record Change(Deliverable deliverable, DeliverableUpdate update) {}

    /** What happened to a theme's deliverables in a period: delivered, slipped, and due but still open. */
    public record ThemeProgress(
            PlanTheme theme, List<Change> delivered, List<Change> slipped, List<Deliverable> overdue) {}

    public record Progress(PolicePlan plan, LocalDate from, LocalDate to, List<ThemeProgress> themes) {}

    /**
     * What was delivered and what slipped from {@code from} to {@code to}, both included, by theme:
     * the changes of status in the period with their notes, and what fell due in it and is still open.
     */
    @Transactional(readOnly = true)
    public Optional<Progress> progress(LocalDate from, LocalDate to) {
        return planOn(to)
                .map(plan -> new Progress(
                        plan,
                        from,
                        to,
                        deliverablesOf(plan.getId(), null, null).stream()
                                .map(theme -> {
                                    List<Change> changes = theme.deliverables().stream()
                                            .flatMap(d -> d.getUpdates().stream()
                                                    .filter(u -> inPeriod(u, from, to))
                                                    .map(u -> new Change(d, u)))
                                            .toList();
                                    return new ThemeProgress(
                                            theme.theme(),
                                            changes.stream()
                                                    .filter(c -> c.update().getStatus() == Deliverable.Status.DELIVERED)
                                                    .toList(),
                                            changes.stream()
                                                    .filter(c -> SLIPPED.contains(
                                                            c.update().getStatus()))
                                                    .toList(),
                                            theme.deliverables().stream()
                                                    .filter(d -> d.getStatus().isOpen()
                                                            && !d.getDueOn().isBefore(from)
                                                            && !d.getDueOn().isAfter(to))
                                                    .toList());
                                })
                                .toList()));
    }

    private static final Set<Deliverable.Status> SLIPPED =
            EnumSet.of(Deliverable.Status.AT_RISK, Deliverable.Status.DEFERRED, Deliverable.Status.DROPPED);

    private static boolean inPeriod(DeliverableUpdate update, LocalDate from, LocalDate to) {
        LocalDate day = LocalDate.ofInstant(update.getAt(), London.ZONE);
        return !day.isBefore(from) && !day.isAfter(to);
    }

    @Transactional(readOnly = true)
    public Deliverable deliverable(long id) {
        Deliverable deliverable =
                deliverables.findById(id).orElseThrow(() -> new RecordNotFoundException("Deliverable", id));
        deliverable.getUpdates();
        deliverable.getLinks();
        return deliverable;
    }

    public Deliverable addDeliverable(long themeId, Deliverable.Details details, String officer) {
        theme(themeId);
        return deliverables.saveAndFlush(new Deliverable(themeId, details, clock.instant(), officer));
    }

    public Deliverable describe(long id, long version, Deliverable.Details details) {
        Deliverable deliverable = deliverable(id);
        StaleRecordException.check(version, deliverable.getVersion());
        deliverable.describe(details);
        return deliverables.saveAndFlush(deliverable);
    }

    public Deliverable changeStatus(long id, long version, Deliverable.Status to, String note, String officer) {
        Deliverable deliverable = deliverable(id);
        StaleRecordException.check(version, deliverable.getVersion());
        deliverable.changeStatus(to, note, clock.instant(), officer);
        deliverable = deliverables.saveAndFlush(deliverable);
        events.publishEvent(new DeliverableStatusChanged(
                deliverable.getId(),
                deliverable.getTitle(),
                theme(deliverable.getThemeId()).getName(),
                to.label(),
                note.strip()));
        return deliverable;
    }

    // --- decisions -----------------------------------------------------------------------------

    /** Decisions taken, newest first, kept to a year, a theme and key decisions when asked. */
    @Transactional(readOnly = true)
    public List<PlanDecision> decisions(Integer year, Long themeId, boolean keyOnly) {
        return decisions.findByDecidedOnIsNotNullOrderByDecidedOnDescIdDesc().stream()
                .filter(d -> year == null || d.getDecidedOn().getYear() == year)
                .filter(d -> themeId == null || themeId.equals(d.getThemeId()))
                .filter(d -> !keyOnly || d.isKeyDecision())
                .toList();
    }

    /** The years that have a decision, newest first, for the register's filter. */
    @Transactional(readOnly = true)
    public List<Integer> decisionYears() {
        return decisions.findByDecidedOnIsNotNullOrderByDecidedOnDescIdDesc().stream()
                .map(d -> d.getDecidedOn().getYear())
                .distinct()
                .toList();
    }

    /** Key decisions expected from today on, soonest first: the key-decision forward plan. */
    @Transactional(readOnly = true)
    public List<PlanDecision> expected() {
        return decisions.findByDecidedOnIsNullAndExpectedOnGreaterThanEqualOrderByExpectedOnAscIdAsc(today());
    }

    @Transactional(readOnly = true)
    public List<PlanDecision> allDecisions() {
        return decisions.findAllByOrderByIdDesc();
    }

    /** Links a deliverable to a recommendation or report of the panel in the tracker. */
    public Deliverable linkRecommendation(long id, long version, long recommendationId) {
        RecommendationLedger.Sent sent = ledger.sent(recommendationId)
                .orElseThrow(() ->
                        new BusinessRuleViolation("recommendationId", "Choose one of the panel's recommendations"));
        return link(id, version, d -> d.link(DeliverableLink.Kind.RECOMMENDATION, sent.id(), null, sent.title()));
    }

    /** Links a deliverable to a report published on an agenda. */
    public Deliverable linkReport(long id, long version, long reportId) {
        PublishedReports.Ref report = publishedReports
                .find(reportId)
                .orElseThrow(() -> new BusinessRuleViolation("reportId", "Choose one of the published reports"));
        return link(
                id,
                version,
                d -> d.link(DeliverableLink.Kind.REPORT, report.reportId(), report.meetingId(), report.title()));
    }

    public Deliverable unlink(long id, long version, int index) {
        return link(id, version, d -> d.unlink(index));
    }

    private Deliverable link(long id, long version, Consumer<Deliverable> change) {
        Deliverable deliverable = deliverable(id);
        StaleRecordException.check(version, deliverable.getVersion());
        change.accept(deliverable);
        return deliverables.saveAndFlush(deliverable);
    }

    /** The latest published reports, for linking a deliverable to one. */
    @Transactional(readOnly = true)
    public List<PublishedReports.Ref> reports() {
        return publishedReports.latest(100);
    }

    /** Uploads the published notice of a decision (PDF or Word), replacing any earlier one. */
    public DecisionNotice attachNotice(long decisionId, UploadedFile sent) {
        decision(decisionId);
        PaperUploads.Accepted file = uploads.accept(sent);
        DecisionNotice notice = notices.findById(decisionId)
                .map(existing -> {
                    existing.replace(file, today());
                    return existing;
                })
                .orElseGet(() -> new DecisionNotice(decisionId, file, today()));
        return notices.saveAndFlush(notice);
    }

    @Transactional(readOnly = true)
    public Optional<DecisionNotice> notice(long decisionId) {
        return notices.findById(decisionId);
    }

    /** The notice with its content, for sending. */
    @Transactional(readOnly = true)
    public DecisionNotice noticeWithContent(long decisionId) {
        DecisionNotice notice = notices.findById(decisionId)
                .orElseThrow(() -> new RecordNotFoundException("Decision notice", decisionId));
        notice.getContent();
        return notice;
    }

    @Transactional(readOnly = true)
    public String uploadLimit() {
        return uploads.limit();
    }

    /** The decisions that serve a deliverable, first recorded first. */
    @Transactional(readOnly = true)
    public List<PlanDecision> decisionsFor(long deliverableId) {
        return decisions.findByDeliverableIdOrderByIdAsc(deliverableId);
    }

    /** The panel's recommendation a decision answers, as the tracker names it. */
    @Transactional(readOnly = true)
    public Optional<RecommendationLedger.Sent> recommendation(Long id) {
        return id == null ? Optional.empty() : ledger.sent(id);
    }

    /** The panel's latest recommendations and reports, for choosing the one a decision answers. */
    @Transactional(readOnly = true)
    public List<RecommendationLedger.Sent> recommendations() {
        return ledger.latestSent(100);
    }

    @Transactional(readOnly = true)
    public PlanDecision decision(long id) {
        return decisions.findById(id).orElseThrow(() -> new RecordNotFoundException("Decision", id));
    }

    public PlanDecision record(PlanDecision.Details details) {
        checkLinks(details);
        if (decisions.findByReferenceIgnoreCase(details.reference()).isPresent()) {
            throw new BusinessRuleViolation("reference", "A decision with this reference is already recorded");
        }
        PlanDecision decision = decisions.saveAndFlush(new PlanDecision(details));
        events.publishEvent(new DecisionRecorded(
                decision.getId(),
                decision.getReference(),
                decision.getTitle(),
                decision.getSummary(),
                decision.getThemeId() == null
                        ? null
                        : theme(decision.getThemeId()).getName(),
                decision.isKeyDecision(),
                decision.isTaken()));
        return decision;
    }

    public PlanDecision describe(long id, long version, PlanDecision.Details details) {
        PlanDecision decision = decision(id);
        StaleRecordException.check(version, decision.getVersion());
        checkLinks(details);
        decisions
                .findByReferenceIgnoreCase(details.reference())
                .filter(other -> !other.getId().equals(id))
                .ifPresent(other -> {
                    throw new BusinessRuleViolation("reference", "A decision with this reference is already recorded");
                });
        decision.describe(details);
        return decisions.saveAndFlush(decision);
    }

    private void checkLinks(PlanDecision.Details details) {
        if (details.decidedOn() != null && details.decidedOn().isAfter(today())) {
            throw new BusinessRuleViolation(
                    "decidedOn", "The day it was taken cannot be in the future: give the day it is expected");
        }
        if (details.themeId() != null && themes.findById(details.themeId()).isEmpty()) {
            throw new BusinessRuleViolation("themeId", "Choose one of the plan's themes");
        }
        if (details.recommendationId() != null
                && ledger.sent(details.recommendationId()).isEmpty()) {
            throw new BusinessRuleViolation("recommendationId", "Choose one of the panel's recommendations");
        }
        if (details.deliverableId() != null) {
            Deliverable deliverable = deliverables
                    .findById(details.deliverableId())
                    .orElseThrow(
                            () -> new BusinessRuleViolation("deliverableId", "Choose one of the plan's deliverables"));
            if (details.themeId() != null && deliverable.getThemeId() != details.themeId()) {
                throw new BusinessRuleViolation("deliverableId", "The deliverable belongs to another theme");
            }
        }
    }

    /**
     * Sends the Commissioner a report of the panel on the plan, made at {@code meetingId}: into the
     * recommendations tracker, where his response is due and recorded.
     */
    public PlanPanelReport reportOnPlan(
            long planId, PlanPanelReport.Kind kind, long meetingId, String text, LocalDate sentOn) {
        PolicePlan plan = plan(planId);
        MeetingSummary meeting = meetings.meeting(meetingId)
                .orElseThrow(() -> new BusinessRuleViolation("meetingId", "Choose the meeting that agreed the report"));
        if (sentOn.isAfter(today())) {
            throw new BusinessRuleViolation("sentOn", "The day it was sent cannot be in the future");
        }
        if (sentOn.isBefore(meeting.date())) {
            throw new BusinessRuleViolation("sentOn", "The report is sent on or after the meeting that agreed it");
        }
        String title = kind.titleFor(plan);
        long recommendationId = ledger.recordReport(meetingId, title, text, sentOn, null);
        return panelReports.saveAndFlush(new PlanPanelReport(planId, kind, meetingId, recommendationId, title, sentOn));
    }

    @Transactional(readOnly = true)
    public List<PlanPanelReport> panelReportsOn(long planId) {
        return panelReports.findByPlanIdOrderBySentOnAscIdAsc(planId);
    }

    /** Meetings of the last two years and the year to come, for choosing the one that agreed a report. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> recentMeetings() {
        return meetings.meetingsBetween(today().minusYears(2), today().plusYears(1)).stream()
                .sorted(Comparator.comparing(MeetingSummary::date).reversed())
                .toList();
    }

    /** Puts an expected decision on the work programme of a coming meeting, as an item to plan for. */
    public void addToWorkProgramme(long decisionId, long meetingId) {
        PlanDecision decision = decision(decisionId);
        MeetingSummary meeting = meetings.meeting(meetingId)
                .orElseThrow(() -> new BusinessRuleViolation("meetingId", "Choose one of the coming meetings"));
        if (meeting.date().isBefore(today())) {
            throw new BusinessRuleViolation("meetingId", "Choose a meeting that has not yet taken place");
        }
        planner.planMeetingItem(
                meetingId,
                "Commissioner's decision: " + decision.getTitle(),
                "Key decision " + decision.getReference()
                        + (decision.getExpectedOn() != null ? ", expected " + decision.getExpectedOn() : ""));
    }

    /** The coming meetings a decision can be put before, soonest first. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> comingMeetings() {
        return meetings.meetingsBetween(today(), today().plusYears(1)).stream()
                .sorted(Comparator.comparing(MeetingSummary::date))
                .toList();
    }

    /** Every theme of every plan by id, for naming a decision's theme. */
    @Transactional(readOnly = true)
    public Map<Long, PlanTheme> themesById() {
        return themes.findAll().stream().collect(Collectors.toMap(PlanTheme::getId, Function.identity()));
    }
}
