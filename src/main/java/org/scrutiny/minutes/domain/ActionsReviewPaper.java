package org.scrutiny.minutes.domain;

import java.util.Optional;
import org.scrutiny.agenda.ItemPapers;
import org.scrutiny.meetings.ItemPurpose;
import org.springframework.stereotype.Component;

/** Puts the review of open actions under each meeting's "Review of actions and recommendations" item. */
@Component
class ActionsReviewPaper implements ItemPapers {

    @Override
    public Optional<Paper> paperFor(long meetingId, ItemPurpose purpose) {
        if (purpose != ItemPurpose.ACTIONS_REVIEW) {
            return Optional.empty();
        }
        return Optional.of(new Paper("Review of actions", "/meetings/" + meetingId + "/actions-review"));
    }
}
