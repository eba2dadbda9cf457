package org.scrutiny.questions.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.questions.domain.PublicQuestion;
import org.scrutiny.questions.domain.QuestionRules;
import org.scrutiny.questions.domain.QuestionService;
import org.scrutiny.shared.London;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's side: deciding on questions, recording answers, and the panel's rules. */
@Controller
class ManageQuestionsController {

    private final QuestionService questions;

    ManageQuestionsController(QuestionService questions) {
        this.questions = questions;
    }

    @GetMapping("/manage/questions")
    String list(Model model) {
        List<PublicQuestion> waiting = questions.awaitingDecision();
        List<PublicQuestion> recent = questions.recent();
        model.addAttribute("waiting", waiting);
        model.addAttribute("recent", recent);
        model.addAttribute("meetings", meetingsOf(waiting, recent));
        return "questions/manage/questions";
    }

    @GetMapping("/manage/questions/{id}")
    String question(@PathVariable long id, Model model) {
        PublicQuestion question = questions.question(id);
        if (!model.containsAttribute("decision")) {
            QuestionForms.Decision decision = new QuestionForms.Decision();
            model.addAttribute("decision", decision);
        }
        if (!model.containsAttribute("answering")) {
            QuestionForms.Answering answering = new QuestionForms.Answering();
            model.addAttribute("answering", answering);
        }
        ((QuestionForms.Decision) model.getAttribute("decision")).setVersion(question.getVersion());
        ((QuestionForms.Answering) model.getAttribute("answering")).setVersion(question.getVersion());
        model.addAttribute("question", question);
        model.addAttribute("meeting", questions.meeting(question.getMeetingId()));
        List<Option> decisions = question.getStatus() == PublicQuestion.Status.REFERRED_TO_CHAIR
                ? List.of(Option.of("ACCEPT", "Accept it"), Option.of("REJECT", "Reject it"))
                : List.of(
                        Option.of("ACCEPT", "Accept it"),
                        Option.of("REJECT", "Reject it"),
                        Option.of("REFER", "Refer it to the Chair"));
        model.addAttribute("decisions", decisions);
        model.addAttribute(
                "reasons",
                Forms.withFirst(
                        "Choose a reason", Forms.options(questions.rules().reasons(), r -> r, r -> r)));
        model.addAttribute("receivedAt", question.getSubmittedAt().atZone(London.ZONE));
        model.addAttribute(
                "answerKinds",
                List.of(
                        Option.of("ORAL", "At the meeting (summarised as in the minutes)"),
                        Option.of("WRITTEN", "In writing (emailed to the person and published)")));
        return "questions/manage/question";
    }

    @PostMapping("/manage/questions/{id}/decision")
    String decide(
            @PathVariable long id,
            @ModelAttribute("decision") QuestionForms.Decision form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        String note = Forms.trimmed(form.getNote());
        if (note != null && note.length() > 2000) {
            result.rejectValue("note", "length", "The note must be 2,000 characters or fewer");
        }
        String decision = Objects.toString(form.getDecision(), "");
        if (!List.of("ACCEPT", "REJECT", "REFER").contains(decision)) {
            result.rejectValue(
                    "decision", "required", "Choose whether to accept it, reject it or refer it to the Chair");
        } else if (decision.equals("REJECT") && Forms.trimmed(form.getReason()) == null) {
            result.rejectValue("reason", "required", "Choose the reason for rejecting it");
        }
        String message =
                switch (decision) {
                    case "ACCEPT" -> "accepted";
                    case "REJECT" -> "rejected";
                    default -> "referred to the Chair";
                };
        if (!Forms.attempt(result, () -> {
            switch (decision) {
                case "ACCEPT" -> questions.accept(id, form.getVersion(), note);
                case "REJECT" -> questions.reject(id, form.getVersion(), form.getReason(), note);
                default -> questions.referToChair(id, form.getVersion(), note);
            }
        })) {
            return question(id, model);
        }
        PublicQuestion question = questions.question(id);
        redirect.addFlashAttribute(
                "flash",
                question.reference() + " has been " + message
                        + (question.getEmail() == null ? "" : ", and the person told by email"));
        return "redirect:/manage/questions/" + id;
    }

    @PostMapping("/manage/questions/{id}/answer")
    String answer(
            @PathVariable long id,
            @ModelAttribute("answering") QuestionForms.Answering form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        PublicQuestion.AnswerKind how = Forms.choice(
                PublicQuestion.AnswerKind.class,
                form.getAnswerKind(),
                result,
                "answerKind",
                "Choose how it was answered");
        String text = Forms.trimmed(form.getAnswer());
        if (text == null) {
            result.rejectValue(
                    "answer", "required", "Enter the answer, or a summary of the answer given at the meeting");
        } else if (text.length() > 20_000) {
            result.rejectValue("answer", "length", "The answer must be 20,000 characters or fewer");
        }
        LocalDate on = form.getAnsweredOn().toDate(result, "answeredOn", "The date it was answered", true);
        if (!Forms.attempt(result, () -> questions.answer(id, form.getVersion(), how, text, on))) {
            return question(id, model);
        }
        redirect.addFlashAttribute("flash", "The answer has been recorded and published");
        return "redirect:/manage/questions/" + id;
    }

    @GetMapping("/manage/questions/rules")
    String rules(Model model) {
        QuestionRules rules = questions.rules();
        if (!model.containsAttribute("form")) {
            QuestionForms.Rules form = new QuestionForms.Rules();
            form.setWordLimit(Integer.toString(rules.getWordLimit()));
            form.setMostPerPerson(Integer.toString(rules.getMostPerPerson()));
            form.setAreaRequired(rules.isAreaRequired());
            form.setRejectionReasons(String.join("\n", rules.reasons()));
            model.addAttribute("form", form);
        }
        ((QuestionForms.Rules) model.getAttribute("form")).setVersion(rules.getVersion());
        return "questions/manage/question-rules";
    }

    @PostMapping("/manage/questions/rules")
    String changeRules(
            @ModelAttribute("form") QuestionForms.Rules form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Integer words = Forms.wholeNumber(
                form.getWordLimit(), result, "wordLimit", "The word limit must be a whole number", true, 1, 10_000);
        Integer most = Forms.wholeNumber(
                form.getMostPerPerson(),
                result,
                "mostPerPerson",
                "The most per person must be a whole number",
                true,
                1,
                100);
        List<String> reasons = form.getRejectionReasons() == null
                ? List.of()
                : Arrays.asList(form.getRejectionReasons().split("\\R"));
        if (!Forms.attempt(
                result, () -> questions.changeRules(form.getVersion(), words, most, form.isAreaRequired(), reasons))) {
            return rules(model);
        }
        redirect.addFlashAttribute("flash", "The rules for public questions have been saved");
        return "redirect:/manage/questions";
    }

    private Map<Long, MeetingSummary> meetingsOf(List<PublicQuestion> waiting, List<PublicQuestion> recent) {
        return Stream.concat(waiting.stream(), recent.stream())
                .map(PublicQuestion::getMeetingId)
                .distinct()
                .map(questions::meeting)
                .collect(Collectors.toMap(MeetingSummary::id, Function.identity()));
    }
}
