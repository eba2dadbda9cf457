package org.scrutiny.minutes.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.papers.ItemPapers;
import org.scrutiny.shared.London;
import org.springframework.stereotype.Component;

/** Puts the review of open actions under each meeting's "Review of actions and recommendations" item. */
@Component
class ActionsReviewPaper implements ItemPapers {

    private final MinutesPdfs documents;

    ActionsReviewPaper(MinutesPdfs documents) {
        this.documents = documents;
    }

    /** In the pack, the review as it stood on the day the version was published, as its page shows it. */
    @Override
    public Optional<Document> documentFor(long meetingId, ItemPurpose purpose, Instant publishedAt) {
        if (purpose != ItemPurpose.ACTIONS_REVIEW) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(publishedAt, London.ZONE);
        return Optional.of(new Document("Review of actions", () -> documents.actionsReviewPdf(meetingId, day)));
    }

    @Override
    public Optional<Paper> paperFor(long meetingId, ItemPurpose purpose) {
        if (purpose != ItemPurpose.ACTIONS_REVIEW) {
            return Optional.empty();
        }
        return Optional.of(new Paper("Review of actions", "/meetings/" + meetingId + "/actions-review"));
    }
}
