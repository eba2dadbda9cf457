package org.scrutiny.questions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.shared.DemoData;
import org.scrutiny.shared.London;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Two public questions for the meeting of 23 March 2022, whose deadline was 12 noon on Friday
 * 18 March: one accepted and answered in writing, one rejected. The seeds record no questions at
 * that meeting, so the people and their words are invented for the demonstration.
 */
@Component
@Profile("demo & !prod")
class QuestionsDemoData extends DemoData {

    private final PublicQuestions questions;
    private final MeetingSchedule meetings;

    QuestionsDemoData(PublicQuestions questions, MeetingSchedule meetings) {
        this.questions = questions;
        this.meetings = meetings;
    }

    @Override
    protected void load() {
        LocalDate day = LocalDate.of(2022, 3, 23);
        MeetingSummary meeting =
                meetings.meetingsBetween(day, day).stream().findFirst().orElse(null);
        if (meeting == null
                || !questions.findByMeetingIdOrderBySubmittedAtAsc(meeting.id()).isEmpty()) {
            return;
        }
        LocalDateTime deadline = LocalDateTime.of(2022, 3, 18, 12, 0);
        PublicQuestion answered = new PublicQuestion(
                meeting.id(),
                QuestionKind.QUESTION,
                "The Commissioner's report on communications says the public were told about the precept survey through the press, social media and the Ecops service. "
                        + "How will the Commissioner make sure that people who do not use the internet can take part in next year's survey?",
                "Margaret Ellis",
                "resident.one@demo.scrutiny.test",
                "Huntingdonshire District Council",
                false,
                true,
                at(2022, 3, 16, 14, 5),
                deadline);
        answered.accept(null, at(2022, 3, 18, 15, 0));
        answered.answer(
                PublicQuestion.AnswerKind.WRITTEN,
                "The Commissioner's office will offer paper copies of next year's survey at community engagement events and through partner organisations, and will take responses by telephone.",
                LocalDate.of(2022, 3, 23));
        PublicQuestion rejected = new PublicQuestion(
                meeting.id(),
                QuestionKind.QUESTION,
                "Why has my complaint about the way officers handled my neighbour dispute not been resolved yet?",
                "Daniel Hughes",
                "resident.two@demo.scrutiny.test",
                "Peterborough City Council",
                true,
                false,
                at(2022, 3, 17, 9, 40),
                deadline);
        rejected.reject(
                "It is about a live complaint or legal proceedings",
                "A complaint about the police is dealt with by the Constabulary; the secretariat has sent the details of how to pursue it.",
                at(2022, 3, 18, 15, 5));
        questions.saveAll(List.of(answered, rejected));
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, London.ZONE)
                .toInstant();
    }
}
