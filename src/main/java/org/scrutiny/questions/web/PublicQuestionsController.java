package org.scrutiny.questions.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.scrutiny.questions.domain.PublicQuestion;
import org.scrutiny.questions.domain.QuestionService;
import org.scrutiny.questions.domain.QuestionService.OpenMeeting;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.Option;
import org.scrutiny.shared.web.SubmissionLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

/** The public's side: sending a question or statement, and reading those accepted for a meeting. */
@Controller
class PublicQuestionsController {

    private static final Logger log = LoggerFactory.getLogger(PublicQuestionsController.class);
    static final int NAME_LIMIT = 200;
    static final int TEXT_LIMIT = 20_000;

    private final QuestionService questions;
    private final SubmissionLimits limits;

    PublicQuestionsController(QuestionService questions, SubmissionLimits limits) {
        this.questions = questions;
        this.limits = limits;
    }

    @GetMapping("/questions/new")
    String form(@RequestParam(required = false) Long meeting, Model model) {
        QuestionForms.Asking form = new QuestionForms.Asking();
        if (meeting != null) {
            form.setMeeting(meeting.toString());
        }
        return page(form, model);
    }

    @PostMapping("/questions/new")
    String submit(
            @ModelAttribute("form") QuestionForms.Asking form,
            BindingResult result,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        limits.countAddress("questions", request.getRemoteAddr());
        if (StringUtils.hasText(form.getWebsite())) {
            // Only a robot fills in the hidden field: it is told all went well, and nothing is kept.
            log.info("A question was refused: the hidden field was filled in");
            return "redirect:/questions/sent";
        }
        QuestionService.Submission submission = form.submission(result, questions.rules(), questions.areas());
        if (result.hasErrors()) {
            return page(form, model);
        }
        limits.countEmail("questions", submission.email());
        Optional<PublicQuestion> sent = Forms.saved(result, () -> questions.submit(submission));
        if (sent.isEmpty()) {
            return page(form, model);
        }
        PublicQuestion question = sent.get();
        redirect.addFlashAttribute("reference", question.reference());
        redirect.addFlashAttribute("noun", question.getKind().noun());
        redirect.addFlashAttribute("late", question.isLate());
        redirect.addFlashAttribute("email", question.getEmail());
        redirect.addFlashAttribute("meetingId", question.getMeetingId());
        return "redirect:/questions/sent";
    }

    @GetMapping("/questions/sent")
    String sent() {
        return "questions/public/sent";
    }

    @GetMapping("/meetings/{meetingId}/questions")
    String forMeeting(@PathVariable long meetingId, Model model) {
        model.addAttribute("meeting", questions.meeting(meetingId));
        model.addAttribute("questions", questions.acceptedFor(meetingId));
        model.addAttribute("open", questions.openMeeting(meetingId).orElse(null));
        return "questions/public/meeting";
    }

    private String page(QuestionForms.Asking form, Model model) {
        List<OpenMeeting> open = questions.openMeetings();
        if (form.getMeeting().isEmpty() && open.size() == 1) {
            form.setMeeting(String.valueOf(open.get(0).meeting().id()));
        }
        model.addAttribute("form", form);
        model.addAttribute("meetings", open);
        model.addAttribute("rules", questions.rules());
        model.addAttribute(
                "areas",
                Forms.withFirst("Choose where you live or work", Forms.options(questions.areas(), a -> a, a -> a)));
        model.addAttribute(
                "kinds", List.of(Option.of("QUESTION", "A question"), Option.of("STATEMENT", "A statement")));
        model.addAttribute("yesNo", List.of(Option.of("yes", "Yes"), Option.of("no", "No")));
        return "questions/public/new";
    }
}
