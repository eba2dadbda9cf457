package org.scrutiny.complaintreviews.web;

import java.time.Clock;
import java.time.LocalDate;
import org.scrutiny.complaintreviews.ReviewFigures;
import org.scrutiny.complaintreviews.domain.ComplaintReviewsPaper;
import org.scrutiny.complaintreviews.domain.ReviewBars;
import org.scrutiny.complaintreviews.domain.ReviewFiguresService;
import org.scrutiny.complaintreviews.domain.ReviewTargets;
import org.scrutiny.shared.London;
import org.scrutiny.shared.web.DateInput;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.PeriodForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The figures of complaint reviews and complaints about the Chief Constable for any period, for the
 * office and for the panel's secretariat: counts only, never a case. Without a period it shows the
 * financial year to the end of last month, as the report to the panel would.
 */
@Controller
class ReviewFiguresController {

    private final ReviewFiguresService figures;
    private final ReviewTargets targets;
    private final Clock clock;

    ReviewFiguresController(ReviewFiguresService figures, ReviewTargets targets, Clock clock) {
        this.figures = figures;
        this.targets = targets;
        this.clock = clock;
    }

    @GetMapping("/opcc/review-figures")
    String figures(@ModelAttribute("period") PeriodForm period, BindingResult result, Model model) {
        if (period.getFrom().isBlank() && period.getTo().isBlank()) {
            ComplaintReviewsPaper.ReviewPeriod usual =
                    ComplaintReviewsPaper.periodBefore(LocalDate.now(clock.withZone(London.ZONE)));
            period.setFrom(DateInput.of(usual.from()));
            period.setTo(DateInput.of(usual.to()));
        }
        LocalDate from = period.getFrom().toDate(result, "from", "the start of the period", true);
        LocalDate to = period.getTo().toDate(result, "to", "the end of the period", true);
        model.addAttribute("targets", targets);
        if (result.hasErrors()) {
            return "complaintreviews/manage/figures";
        }
        Forms.saved(result, () -> figures.figures(from, to)).ifPresent(counted -> show(counted, model));
        return "complaintreviews/manage/figures";
    }

    private static void show(ReviewFigures counted, Model model) {
        model.addAttribute("figures", counted);
        model.addAttribute("bars", ReviewBars.of(counted));
    }
}
