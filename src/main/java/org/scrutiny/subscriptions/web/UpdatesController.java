package org.scrutiny.subscriptions.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.SubmissionLimits;
import org.scrutiny.subscriptions.domain.Subscription;
import org.scrutiny.subscriptions.domain.SubscriptionService;
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

/**
 * Signing up for email updates, confirming by the emailed link, and stopping them. The links carry
 * a random token, so confirming and stopping need no account; stopping also answers the one-click
 * POST that mail programs send from the {@code List-Unsubscribe} header.
 */
@Controller
class UpdatesController {

    private static final Logger log = LoggerFactory.getLogger(UpdatesController.class);
    static final int MOST_KEYWORDS = 10;
    static final int KEYWORD_LIMIT = 50;

    private final SubscriptionService subscriptions;
    private final SubmissionLimits limits;

    UpdatesController(SubscriptionService subscriptions, SubmissionLimits limits) {
        this.subscriptions = subscriptions;
        this.limits = limits;
    }

    @GetMapping("/updates/new")
    String form(
            @RequestParam(required = false) Long meeting,
            @RequestParam(required = false) String keywords,
            Model model) {
        SignUpForm form = new SignUpForm();
        if (meeting != null && subscriptions.followableMeeting(meeting).isPresent()) {
            form.setMeeting(meeting.toString());
            form.setMeetingChanges(true);
        } else if (keywords != null && !keywords.isBlank()) {
            // From a search: email when something new is published with these words.
            form.setKeywords(
                    keywords.strip().length() > KEYWORD_LIMIT
                            ? keywords.strip().substring(0, KEYWORD_LIMIT)
                            : keywords.strip());
        } else {
            form.setAgendas(true);
        }
        return page(form, model);
    }

    @PostMapping("/updates/new")
    String signUp(
            @ModelAttribute("form") SignUpForm form,
            BindingResult result,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        limits.countAddress("updates", request.getRemoteAddr());
        if (StringUtils.hasText(form.getWebsite())) {
            log.info("An email-updates sign-up was refused: the hidden field was filled in");
            return "redirect:/updates/check-email";
        }
        String email = Forms.email(form.getEmail(), result, "email", "Enter your email address");
        List<String> keywords = form.getKeywords() == null
                ? List.of()
                : Arrays.stream(form.getKeywords().split("[,\\n]"))
                        .map(String::strip)
                        .filter(k -> !k.isEmpty())
                        .distinct()
                        .toList();
        if (keywords.size() > MOST_KEYWORDS) {
            result.rejectValue("keywords", "count", "Enter " + MOST_KEYWORDS + " words or phrases or fewer");
        } else if (keywords.stream().anyMatch(k -> k.length() > KEYWORD_LIMIT)) {
            result.rejectValue(
                    "keywords", "length", "Each word or phrase must be " + KEYWORD_LIMIT + " characters or fewer");
        }
        Long meetingId = form.isMeetingChanges() ? Forms.id(form.getMeeting()) : null;
        List<String> themes = form.getThemes() == null ? List.of() : form.getThemes();
        if (!result.hasErrors()) {
            limits.countEmail("updates", email);
        }
        if (!Forms.attempt(
                result,
                () -> subscriptions.signUp(new SubscriptionService.SignUp(
                        email,
                        form.isAgendas(),
                        form.isMinutes(),
                        form.isRecommendations(),
                        meetingId,
                        themes,
                        keywords)))) {
            return page(form, model);
        }
        redirect.addFlashAttribute("email", email);
        return "redirect:/updates/check-email";
    }

    @GetMapping("/updates/check-email")
    String checkEmail() {
        return "subscriptions/public/check-email";
    }

    @GetMapping("/updates/confirm/{token}")
    String confirmPage(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<Subscription> subscription = subscriptions.byToken(token);
        if (subscription.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "subscriptions/public/expired";
        }
        describe(subscription.get(), model);
        return "subscriptions/public/confirm";
    }

    @PostMapping("/updates/confirm/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<Subscription> subscription = subscriptions.confirm(token);
        if (subscription.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "subscriptions/public/expired";
        }
        describe(subscription.get(), model);
        return "subscriptions/public/confirmed";
    }

    @GetMapping("/updates/unsubscribe/{token}")
    String unsubscribePage(@PathVariable String token, Model model) {
        Optional<Subscription> subscription = subscriptions.byToken(token);
        if (subscription.isEmpty()) {
            return "subscriptions/public/unsubscribed";
        }
        describe(subscription.get(), model);
        return "subscriptions/public/unsubscribe";
    }

    /** The button on the page, or a mail program's one-click request (RFC 8058): no sign-in, no CSRF token. */
    @PostMapping("/updates/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token) {
        subscriptions.unsubscribe(token);
        return "subscriptions/public/unsubscribed";
    }

    private void describe(Subscription subscription, Model model) {
        model.addAttribute("subscription", subscription);
        model.addAttribute("what", subscriptions.describe(subscription));
    }

    private String page(SignUpForm form, Model model) {
        Long meetingId = Forms.id(form.getMeeting());
        MeetingSummary meeting = meetingId == null
                ? null
                : subscriptions.followableMeeting(meetingId).orElse(null);
        model.addAttribute("form", form);
        model.addAttribute("meeting", meeting);
        model.addAttribute("themes", subscriptions.followableThemes());
        return "subscriptions/public/new";
    }
}
