package org.scrutiny.recommendations.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scrutiny.accounts.CurrentUser;
import org.scrutiny.accounts.Role;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingStatus;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.recommendations.domain.Recommendation;
import org.scrutiny.recommendations.domain.RecommendationRules;
import org.scrutiny.recommendations.domain.RecommendationService;
import org.scrutiny.recommendations.domain.RecommendationTable;
import org.scrutiny.shared.DisplayFormats;
import org.scrutiny.shared.MunicipalYear;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.UploadedFile;
import org.scrutiny.shared.web.Csv;
import org.scrutiny.shared.web.DateInput;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.Option;
import org.scrutiny.shared.web.Pagination;
import org.scrutiny.shared.web.UploadedFiles;
import org.scrutiny.shared.web.Uploads;
import org.springframework.data.domain.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public tracker of recommendations and responses; the secretariat's dashboard and sending
 * form; the page where the OPCC or the secretariat records the Commissioner's response.
 */
@Controller
class RecommendationsController {

    /** Rows a page of the tracker shows, so that twenty years of history cost what one year does. */
    static final int PAGE_SIZE = 50;

    private final RecommendationService recommendations;
    private final RecommendationTable table;
    private final MeetingSchedule meetings;
    private final PanelMembership membership;

    RecommendationsController(
            RecommendationService recommendations,
            MeetingSchedule meetings,
            PanelMembership membership,
            RecommendationTable table) {
        this.recommendations = recommendations;
        this.table = table;
        this.meetings = meetings;
        this.membership = membership;
    }

    // --- public ---------------------------------------------------------------------------------

    @GetMapping("/recommendations")
    String tracker(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            Model model) {
        LocalDate today = recommendations.today();
        Recommendation.Status wanted = null;
        if (StringUtils.hasText(status)) {
            wanted = Arrays.stream(Recommendation.Status.values())
                    .filter(s -> s.name().equalsIgnoreCase(status))
                    .findFirst()
                    .orElseThrow(() -> new RecordNotFoundException("Recommendation status", status));
        }
        var yearStart = membership.panel().municipalYearStart();
        List<MunicipalYear> years = recommendations.yearsSent(yearStart);
        MunicipalYear selected = year == null ? null : new MunicipalYear(year, yearStart);
        if (selected != null && !years.contains(selected)) {
            throw new RecordNotFoundException("Year of recommendations", year);
        }
        int number = Pagination.requested(page, "Page of recommendations");
        Page<Recommendation> shown = recommendations.tracker(selected, wanted, number - 1, PAGE_SIZE);
        UriComponentsBuilder address = UriComponentsBuilder.fromPath("/recommendations")
                .queryParamIfPresent("status", Optional.ofNullable(wanted).map(Enum::name))
                .queryParamIfPresent("year", Optional.ofNullable(year));
        model.addAttribute("pages", Pagination.of(shown, number, address, "Page of recommendations"));
        model.addAttribute("recommendations", shown.getContent());
        model.addAttribute("total", shown.getTotalElements());
        model.addAttribute("today", today);
        model.addAttribute("status", wanted == null ? "" : wanted.name());
        model.addAttribute("year", year == null ? "" : year.toString());
        model.addAttribute(
                "statuses",
                Forms.withFirst(
                        "All",
                        Arrays.stream(Recommendation.Status.values())
                                .map(s -> Option.of(s.name(), s.label()))
                                .toList()));
        model.addAttribute(
                "years",
                Forms.withFirst(
                        "All years",
                        years.stream()
                                .map(y -> Option.of(y.startYear(), y.label()))
                                .toList()));
        model.addAttribute("meetings", meetingsOf(shown.getContent()));
        return "recommendations/public/list";
    }

    /** The tracker as a spreadsheet, for the same year and status as the page. */
    @GetMapping("/recommendations.csv")
    ResponseEntity<byte[]> trackerCsv(
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer year) {
        Recommendation.Status wanted = null;
        if (StringUtils.hasText(status)) {
            wanted = Arrays.stream(Recommendation.Status.values())
                    .filter(s -> s.name().equalsIgnoreCase(status))
                    .findFirst()
                    .orElseThrow(() -> new RecordNotFoundException("Recommendation status", status));
        }
        MunicipalYear selected =
                year == null ? null : new MunicipalYear(year, membership.panel().municipalYearStart());
        return Csv.download("recommendations.csv", table.header(), table.rows(selected, wanted));
    }

    @GetMapping("/recommendations/{id}")
    String recommendation(@PathVariable long id, Model model) {
        Recommendation recommendation = recommendations.recommendation(id);
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("meeting", recommendations.meeting(recommendation.getMeetingId()));
        model.addAttribute("reminders", recommendations.remindersOf(id));
        model.addAttribute("today", recommendations.today());
        CurrentUser user = CurrentUser.from(SecurityContextHolder.getContext().getAuthentication());
        model.addAttribute(
                "mayRespond", user != null && (user.canManage() || user.roles().contains(Role.OPCC)));
        return "recommendations/public/recommendation";
    }

    @GetMapping("/recommendations/{id}/letter")
    ResponseEntity<byte[]> letter(@PathVariable long id) {
        Recommendation recommendation = recommendations.recommendation(id);
        return letter(
                recommendation,
                recommendation.responseNumber(),
                recommendation.getLetterName(),
                recommendation.getLetterType());
    }

    /** The letter of a response that a correction has since replaced: response 1 is the first. */
    @GetMapping("/recommendations/{id}/letter/{number}")
    ResponseEntity<byte[]> earlierLetter(@PathVariable long id, @PathVariable int number) {
        Recommendation recommendation = recommendations.recommendation(id);
        List<Recommendation.EarlierResponse> earlier = recommendation.getEarlierResponses();
        if (number < 1 || number > earlier.size() || earlier.get(number - 1).letterName() == null) {
            throw new RecordNotFoundException("Response letter", id);
        }
        Recommendation.EarlierResponse response = earlier.get(number - 1);
        return letter(recommendation, number, response.letterName(), response.letterType());
    }

    private ResponseEntity<byte[]> letter(Recommendation recommendation, int number, String name, String type) {
        long id = recommendation.getId();
        byte[] content = recommendations
                .letter(id, number)
                .orElseThrow(() -> new RecordNotFoundException("Response letter", id));
        return UploadedFiles.send(content, type, name, CacheControl.noCache());
    }

    // --- the secretariat --------------------------------------------------------------------------

    @GetMapping("/manage/recommendations")
    String dashboard(Model model) {
        List<Recommendation> outstanding = recommendations.outstanding();
        model.addAttribute("outstanding", outstanding);
        model.addAttribute("meetings", meetingsOf(outstanding));
        model.addAttribute("today", recommendations.today());
        RecommendationRules rules = recommendations.rules();
        if (!model.containsAttribute("rulesForm")) {
            RecommendationForms.Rules form = new RecommendationForms.Rules();
            form.setResponseMonths(Integer.toString(rules.getResponseMonths()));
            form.setReminderWorkingDays(Integer.toString(rules.getReminderWorkingDays()));
            model.addAttribute("rulesForm", form);
        }
        ((RecommendationForms.Rules) model.getAttribute("rulesForm")).setVersion(rules.getVersion());
        return "recommendations/manage/recommendations";
    }

    @PostMapping("/manage/recommendations/rules")
    String changeRules(
            @ModelAttribute("rulesForm") RecommendationForms.Rules form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Integer months = Forms.wholeNumber(
                form.getResponseMonths(),
                result,
                "responseMonths",
                "The time to respond must be a whole number of months",
                true,
                1,
                24);
        Integer days = Forms.wholeNumber(
                form.getReminderWorkingDays(),
                result,
                "reminderWorkingDays",
                "The reminder must be a whole number of working days",
                true,
                0,
                60);
        if (!Forms.attempt(result, () -> recommendations.changeRules(form.getVersion(), months, days))) {
            return dashboard(model);
        }
        redirect.addFlashAttribute("flash", "The response rules have been saved");
        return "redirect:/manage/recommendations";
    }

    @GetMapping("/manage/recommendations/new")
    String sendForm(
            @RequestParam(required = false) Long meeting,
            @RequestParam(required = false) Long minute,
            @RequestParam(required = false) String text,
            Model model) {
        RecommendationForms.Sending form = new RecommendationForms.Sending();
        form.setMeeting(meeting == null ? "" : meeting.toString());
        form.setMinute(minute);
        form.setText(text);
        form.setSentOn(DateInput.of(recommendations.today()));
        model.addAttribute("form", form);
        return sendPage(model);
    }

    @PostMapping("/manage/recommendations/new")
    String send(
            @ModelAttribute("form") RecommendationForms.Sending form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Long meetingId = Forms.id(form.getMeeting());
        if (meetingId == null) {
            result.rejectValue("meeting", "required", "Choose the meeting that made the recommendation");
        }
        Recommendation.Kind kind = Forms.choice(
                Recommendation.Kind.class, form.getKind(), result, "kind", "Choose a recommendation or a report");
        LocalDate sentOn = form.getSentOn().toDate(result, "sentOn", "the date it was sent", true);
        LocalDate due = form.getResponseDue().toDate(result, "responseDue", "the date the response is due", false);
        Optional<Recommendation> sent = Forms.saved(
                result,
                () -> recommendations.send(new Recommendation.Sending(
                        meetingId, form.getMinute(), kind, form.getTitle(), form.getText(), sentOn, due)));
        if (sent.isEmpty()) {
            return sendPage(model);
        }
        redirect.addFlashAttribute(
                "flash",
                "The recommendation is recorded; the response is due by "
                        + DisplayFormats.dayOf(sent.get().getResponseDue()));
        return "redirect:/manage/recommendations";
    }

    /** Police and crime panels first met in November 2012. */
    private static final LocalDate PANELS_BEGAN = LocalDate.of(2012, 11, 1);

    private String sendPage(Model model) {
        LocalDate today = recommendations.today();
        model.addAttribute(
                "meetingOptions",
                Forms.withFirst(
                        "Choose the meeting",
                        // Any meeting held since panels began: a recommendation may be recorded late.
                        meetings.meetingsBetween(PANELS_BEGAN, today).stream()
                                .filter(m -> m.kind().needsPublicNotice() && m.status() != MeetingStatus.CANCELLED)
                                .sorted(Comparator.comparing(MeetingSummary::date)
                                        .reversed())
                                .map(m -> Option.of(m.id(), m.name() + ", " + DisplayFormats.dayOf(m.date())))
                                .toList()));
        model.addAttribute(
                "kinds",
                Arrays.stream(Recommendation.Kind.values())
                        .map(k -> Option.of(k.name(), k.label()))
                        .toList());
        model.addAttribute("months", recommendations.rules().getResponseMonths());
        return "recommendations/manage/recommendation-send";
    }

    // --- the response, recorded by the OPCC or the secretariat --------------------------------------

    /** The OPCC's list: what awaits the Commissioner's response, oldest due first, and what has one. */
    @GetMapping("/reports/recommendations")
    String toRespond(Model model) {
        model.addAttribute("outstanding", recommendations.outstanding());
        model.addAttribute("today", recommendations.today());
        return "recommendations/opcc/to-respond";
    }

    @GetMapping("/reports/recommendations/{id}")
    String responseForm(@PathVariable long id, Model model) {
        Recommendation recommendation = recommendations.recommendation(id);
        RecommendationForms.Response form = new RecommendationForms.Response();
        form.setResponseText(recommendation.getResponseText());
        form.setOutcome(
                recommendation.getOutcome() == null
                        ? null
                        : recommendation.getOutcome().name());
        if (recommendation.getResponseReceived() != null) {
            form.setReceived(DateInput.of(recommendation.getResponseReceived()));
        }
        model.addAttribute("form", form);
        return responsePage(recommendation, model);
    }

    @PostMapping("/reports/recommendations/{id}")
    String respond(
            @PathVariable long id,
            @ModelAttribute("form") RecommendationForms.Response form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Recommendation recommendation = recommendations.recommendation(id);
        Recommendation.Response response = form.response(result);
        UploadedFile letter =
                Uploads.optional(form.getLetter(), result, "letter").orElse(null);
        if (!Forms.attempt(result, () -> recommendations.respond(id, form.getVersion(), response, letter))) {
            return responsePage(recommendation, model);
        }
        redirect.addFlashAttribute("flash", "The response has been recorded and published");
        return "redirect:/recommendations/" + id;
    }

    private String responsePage(Recommendation recommendation, Model model) {
        if (model.getAttribute("form") instanceof RecommendationForms.Response form) {
            form.setVersion(recommendation.getVersion());
        }
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("meeting", recommendations.meeting(recommendation.getMeetingId()));
        model.addAttribute(
                "outcomes",
                Arrays.stream(Recommendation.Outcome.values())
                        .map(o -> Option.of(o.name(), o.label()))
                        .toList());
        return "recommendations/public/respond";
    }

    private Map<Long, MeetingSummary> meetingsOf(List<Recommendation> list) {
        return meetings
                .meetings(list.stream()
                        .map(Recommendation::getMeetingId)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(MeetingSummary::id, Function.identity()));
    }
}
