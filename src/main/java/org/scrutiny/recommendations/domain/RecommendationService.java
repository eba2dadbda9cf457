package org.scrutiny.recommendations.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.publishing.DocumentReader;
import org.scrutiny.recommendations.RecommendationFigures;
import org.scrutiny.recommendations.RecommendationLedger;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.London;
import org.scrutiny.shared.MunicipalYear;
import org.scrutiny.shared.PanelCalendar;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.scrutiny.shared.TypedText;
import org.scrutiny.shared.UploadedFile;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sending recommendations to the Commissioner and recording the responses. */
@Service
@Transactional
public class RecommendationService implements RecommendationLedger, RecommendationFigures {

    /** A reminder that went out. */
    public record Reminder(String kind, Instant sentAt, String recipients) {

        public LocalDate sentOn() {
            return sentAt.atZone(London.ZONE).toLocalDate();
        }
    }

    private final Recommendations recommendations;
    private final AllRecommendationRules rules;
    private final MeetingSchedule meetings;
    private final PanelCalendar calendar;
    private final DocumentReader reader;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RecommendationService(
            Recommendations recommendations,
            AllRecommendationRules rules,
            MeetingSchedule meetings,
            PanelCalendar calendar,
            DocumentReader reader,
            JdbcTemplate jdbc,
            Clock clock) {
        this.recommendations = recommendations;
        this.rules = rules;
        this.meetings = meetings;
        this.calendar = calendar;
        this.reader = reader;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RecommendationRules rules() {
        return rules.findAll().stream().findFirst().orElseGet(RecommendationRules::defaults);
    }

    public RecommendationRules changeRules(long expectedVersion, int months, int reminderDays) {
        RecommendationRules current = rules.findAll().stream().findFirst().orElse(null);
        if (current == null) {
            return rules.saveAndFlush(new RecommendationRules(months, reminderDays));
        }
        StaleRecordException.check(expectedVersion, current.getVersion());
        current.change(months, reminderDays);
        return rules.saveAndFlush(current);
    }

    public Recommendation send(Recommendation.Sending sending) {
        MeetingSummary meeting = meeting(sending.meetingId());
        if (sending.sentOn() != null && sending.sentOn().isBefore(meeting.date())) {
            throw new BusinessRuleViolation("sentOn", "A recommendation is sent after the meeting that made it");
        }
        return recommendations.save(Recommendation.send(sending, rules().getResponseMonths(), calendar.workingDays()));
    }

    @Override
    public long recordReport(long meetingId, String title, String text, LocalDate sentOn, LocalDate responseDue) {
        return send(new Recommendation.Sending(
                        meetingId, null, Recommendation.Kind.REPORT, title, text, sentOn, responseDue))
                .getId();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecommendationLedger.Sent> latestSent(int most) {
        return recommendations.latest(most).stream()
                .map(RecommendationService::sent)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RecommendationLedger.Sent> sent(long id) {
        return recommendations.findById(id).map(RecommendationService::sent);
    }

    private static RecommendationLedger.Sent sent(Recommendation recommendation) {
        return new RecommendationLedger.Sent(
                recommendation.getId(), recommendation.getTitle(), recommendation.getSentOn());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> reportsOf(long meetingId) {
        return recommendations.findByMeetingIdOrderById(meetingId).stream()
                .filter(r -> r.getKind() == Recommendation.Kind.REPORT)
                .map(Recommendation::getId)
                .toList();
    }

    /** Records the Commissioner's response, with the letter if one is uploaded (PDF or Word). */
    public Recommendation respond(
            long id, long expectedVersion, Recommendation.Response response, UploadedFile letterSent) {
        Recommendation recommendation = recommendation(id);
        StaleRecordException.check(expectedVersion, recommendation.getVersion());
        Recommendation.Letter letter = null;
        byte[] content = null;
        if (letterSent != null && !letterSent.isEmpty()) {
            String name = TypedText.fileName(letterSent.fileName());
            letter = new Recommendation.Letter(
                    name, reader.read(letterSent.content(), name).mediaType());
            content = letterSent.content();
        }
        boolean hadLetter = recommendation.getLetterName() != null;
        recommendation.respond(response, letter, today());
        Recommendation saved = recommendations.saveAndFlush(recommendation);
        int number = saved.responseNumber();
        if (letter != null) {
            jdbc.update(
                    "insert into response_letter (recommendation_id, response_number, content) values (?, ?, ?)",
                    id,
                    number,
                    content);
        } else if (hadLetter && number > 1) {
            // the correction keeps the letter of the response it corrects
            jdbc.update(
                    """
                    insert into response_letter (recommendation_id, response_number, content)
                    select recommendation_id, ?, content from response_letter
                    where recommendation_id = ? and response_number = ?
                    """,
                    number,
                    id,
                    number - 1);
        }
        return saved;
    }

    @Transactional(readOnly = true)
    public Recommendation recommendation(long id) {
        Recommendation recommendation =
                recommendations.findById(id).orElseThrow(() -> new RecordNotFoundException("Recommendation", id));
        recommendation.getEarlierResponses(); // loaded here: its page shows them after the transaction
        return recommendation;
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> letter(long id, int responseNumber) {
        return jdbc
                .query(
                        "select content from response_letter where recommendation_id = ? and response_number = ?",
                        (rs, row) -> rs.getBytes(1),
                        id,
                        responseNumber)
                .stream()
                .findFirst();
    }

    /**
     * One page of the public tracker: the recommendations sent in {@code year} (every year when
     * null) of {@code status} today (any when null), newest first.
     */
    @Transactional(readOnly = true)
    public Page<Recommendation> tracker(MunicipalYear year, Recommendation.Status status, int page, int pageSize) {
        LocalDate from = year == null ? LocalDate.of(1, 1, 1) : year.firstDay();
        LocalDate to = year == null ? LocalDate.of(9999, 12, 31) : year.lastDay();
        return recommendations.tracker(
                from, to, status == null ? "" : status.name(), today(), PageRequest.of(page, pageSize));
    }

    /** The municipal years from the first recommendation sent to the last, newest first. */
    @Transactional(readOnly = true)
    public List<MunicipalYear> yearsSent(Month yearStart) {
        Optional<LocalDate> first = recommendations.firstSent();
        Optional<LocalDate> last = recommendations.lastSent();
        List<MunicipalYear> years = new ArrayList<>();
        if (first.isPresent() && last.isPresent()) {
            for (MunicipalYear y = MunicipalYear.containing(last.get(), yearStart);
                    !y.lastDay().isBefore(first.get());
                    y = y.previous()) {
                years.add(y);
            }
        }
        return years;
    }

    /** The {@code most} recommendations with the most recent news (a response, or the sending). */
    @Transactional(readOnly = true)
    public List<Recommendation> latest(int most) {
        return recommendations.latest(most);
    }

    /**
     * The responses received after {@code since} up to {@code day}, and what was still awaiting one
     * at the end of {@code day}: the Commissioner's responses as a meeting's papers show them.
     */
    @Transactional(readOnly = true)
    public ResponsesAsAt responsesAsAt(LocalDate since, LocalDate day) {
        return new ResponsesAsAt(
                recommendations.findByResponseReceivedGreaterThanAndResponseReceivedLessThanEqualOrderBySentOnAscIdAsc(
                        since, day),
                recommendations.awaitingOn(day));
    }

    /** Responses received in a period, and recommendations still awaiting one at its end. */
    public record ResponsesAsAt(List<Recommendation> received, List<Recommendation> awaiting) {}

    /** What is still waiting for a response, soonest due first. */
    @Transactional(readOnly = true)
    public List<Recommendation> outstanding() {
        return recommendations.findByResponseReceivedIsNullOrderByResponseDue();
    }

    @Transactional(readOnly = true)
    public List<Recommendation> ofMeeting(long meetingId) {
        return recommendations.findByMeetingIdOrderById(meetingId);
    }

    @Transactional(readOnly = true)
    public List<Reminder> remindersOf(long id) {
        return jdbc.query(
                "select kind, sent_at, recipients from recommendation_reminder where recommendation_id = ? order by sent_at",
                (rs, row) -> new Reminder(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)),
                id);
    }

    public MeetingSummary meeting(long meetingId) {
        return meetings.meeting(meetingId).orElseThrow(() -> new RecordNotFoundException("Meeting", meetingId));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    @Transactional(readOnly = true)
    public RecommendationFigures.Figures sentBetween(LocalDate from, LocalDate to, LocalDate today) {
        return figuresOf(recommendations.findBySentOnBetween(from, to), today);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecommendationFigures.YearFigures> byYear(Month yearStart, LocalDate today) {
        Map<MunicipalYear, List<Recommendation>> years = new TreeMap<>(Comparator.reverseOrder());
        for (Recommendation sent : recommendations.findAll()) {
            years.computeIfAbsent(MunicipalYear.containing(sent.getSentOn(), yearStart), y -> new ArrayList<>())
                    .add(sent);
        }
        return years.entrySet().stream()
                .map(year -> new RecommendationFigures.YearFigures(year.getKey(), figuresOf(year.getValue(), today)))
                .toList();
    }

    static RecommendationFigures.Figures figuresOf(List<Recommendation> sent, LocalDate today) {
        Map<Recommendation.Status, Long> status =
                sent.stream().collect(Collectors.groupingBy(r -> r.statusOn(today), Collectors.counting()));
        Map<Recommendation.Outcome, Long> outcome = sent.stream()
                .filter(r -> r.getOutcome() != null)
                .collect(Collectors.groupingBy(Recommendation::getOutcome, Collectors.counting()));
        List<Long> days = sent.stream()
                .filter(r -> r.getResponseReceived() != null)
                .map(r -> ChronoUnit.DAYS.between(r.getSentOn(), r.getResponseReceived()))
                .sorted()
                .toList();
        Integer median = days.isEmpty()
                ? null
                : (int) Math.round((days.get((days.size() - 1) / 2) + days.get(days.size() / 2)) / 2.0);
        return new RecommendationFigures.Figures(
                sent.size(),
                status.getOrDefault(Recommendation.Status.RESPONDED, 0L).intValue(),
                outcome.getOrDefault(Recommendation.Outcome.ACCEPTED, 0L).intValue(),
                outcome.getOrDefault(Recommendation.Outcome.PARTLY_ACCEPTED, 0L).intValue(),
                outcome.getOrDefault(Recommendation.Outcome.NOT_ACCEPTED, 0L).intValue(),
                outcome.getOrDefault(Recommendation.Outcome.NOTED, 0L).intValue(),
                status.getOrDefault(Recommendation.Status.AWAITING, 0L).intValue(),
                status.getOrDefault(Recommendation.Status.OVERDUE, 0L).intValue(),
                (int) sent.stream().filter(Recommendation::wasLate).count(),
                median);
    }
}
