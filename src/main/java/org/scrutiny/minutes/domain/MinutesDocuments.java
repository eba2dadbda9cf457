package org.scrutiny.minutes.domain;

import java.util.List;
import org.scrutiny.meetings.MeetingDocuments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A meeting's published minutes, as a web page and as a PDF, for the meeting's page. */
@Component
@Transactional(readOnly = true)
class MinutesDocuments implements MeetingDocuments {

    private final AllMinutes minutes;

    MinutesDocuments(AllMinutes minutes) {
        this.minutes = minutes;
    }

    @Override
    public List<Document> documentsOf(long meetingId) {
        return minutes.findByMeetingIdIn(List.of(meetingId)).stream()
                .filter(MeetingMinutes::isPublished)
                .findFirst()
                .map(published -> {
                    String title =
                            published.isApproved() ? "Minutes" : "Minutes (draft, to be approved at the next meeting)";
                    String page = "/meetings/" + meetingId + "/minutes";
                    return List.of(
                            new Document(Kind.MINUTES, title, page, "Web page"),
                            new Document(Kind.MINUTES, title, page + ".pdf", "PDF"));
                })
                .orElse(List.of());
    }
}
