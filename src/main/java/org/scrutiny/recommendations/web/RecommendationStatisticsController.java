package org.scrutiny.recommendations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.recommendations.RecommendationFigures;
import org.scrutiny.shared.web.Csv;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What became of the panel's recommendations, year by year, with how long responses took; also as CSV. */
@Controller
class RecommendationStatisticsController {

    private final RecommendationFigures figures;
    private final PanelMembership membership;
    private final Clock clock;

    RecommendationStatisticsController(RecommendationFigures figures, PanelMembership membership, Clock clock) {
        this.figures = figures;
        this.membership = membership;
        this.clock = clock;
    }

    @GetMapping("/statistics/recommendations")
    String statistics(Model model) {
        model.addAttribute("years", years());
        return "recommendations/public/statistics";
    }

    @GetMapping("/statistics/recommendations.csv")
    ResponseEntity<byte[]> csv() {
        return Csv.download(
                "recommendations-by-year.csv",
                List.of(
                        "municipal_year",
                        "sent",
                        "responded",
                        "accepted",
                        "partly_accepted",
                        "not_accepted",
                        "noted",
                        "awaiting",
                        "overdue",
                        "answered_late",
                        "median_days_to_respond"),
                years().stream()
                        .map(year -> {
                            RecommendationFigures.Figures f = year.figures();
                            return List.of(
                                    year.year().label(),
                                    Integer.toString(f.sent()),
                                    Integer.toString(f.responded()),
                                    Integer.toString(f.accepted()),
                                    Integer.toString(f.partlyAccepted()),
                                    Integer.toString(f.notAccepted()),
                                    Integer.toString(f.noted()),
                                    Integer.toString(f.awaiting()),
                                    Integer.toString(f.overdue()),
                                    Integer.toString(f.answeredLate()),
                                    f.medianDaysToRespond() == null
                                            ? ""
                                            : f.medianDaysToRespond().toString());
                        })
                        .toList());
    }

    private List<RecommendationFigures.YearFigures> years() {
        return figures.byYear(membership.panel().municipalYearStart(), LocalDate.now(clock));
    }
}
