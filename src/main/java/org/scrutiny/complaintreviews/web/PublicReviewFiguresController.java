package org.scrutiny.complaintreviews.web;

import java.util.Map;
import org.scrutiny.complaintreviews.domain.ComplaintReviewsPaper;
import org.scrutiny.shared.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The figures paper under a meeting's item on complaints and conduct, as a page: published with
 * the agenda, fixed as it stood then, and counts only.
 */
@Controller
class PublicReviewFiguresController {

    private final ComplaintReviewsPaper paper;

    PublicReviewFiguresController(ComplaintReviewsPaper paper) {
        this.paper = paper;
    }

    @GetMapping("/meetings/{meetingId}/complaint-reviews")
    String figures(@PathVariable long meetingId, Model model) {
        Map<String, Object> published = paper.published(meetingId)
                .orElseThrow(() -> new RecordNotFoundException("Complaint review figures of meeting", meetingId));
        model.addAllAttributes(published);
        return "complaintreviews/public/figures";
    }
}
