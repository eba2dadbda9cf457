package org.scrutiny.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.scrutiny.shared.web.AlreadySubmitted;
import org.scrutiny.shared.web.TooManySubmissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns what a person could cause into a page that says what happened, in the site's own
 * layout. Forms catch their own validation problems; this is the safety net behind them.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final SiteModel site;
    private final Clock clock;

    ErrorPages(SiteModel site, Clock clock) {
        this.site = site;
        this.clock = clock;
    }

    @ExceptionHandler({
        RecordNotFoundException.class,
        MethodArgumentTypeMismatchException.class,
        NoResourceFoundException.class
    })
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        site.populate(model);
        return "error/404";
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(MissingServletRequestParameterException e, Model model) {
        site.populate(model);
        model.addAttribute("problem", "The page was asked for without its " + e.getParameterName() + ".");
        return "error/problem";
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(BusinessRuleViolation e, Model model) {
        site.populate(model);
        model.addAttribute("problem", e.getMessage());
        return "error/problem";
    }

    /** A refusal raised as a change was committed, outside a form that could show it beside a field. */
    @ExceptionHandler(TransactionSystemException.class)
    String refusedAtCommit(TransactionSystemException e, Model model, HttpServletResponse response) {
        BusinessRuleViolation refusal = BusinessRuleViolation.within(e).orElseThrow(() -> e);
        response.setStatus(HttpStatus.CONFLICT.value());
        return refused(refusal, model);
    }

    /** A file larger than even the server accepts; smaller files over the panel's limit get a form error. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    String tooLarge(Model model) {
        site.populate(model);
        model.addAttribute(
                "problem",
                "The file you chose is too large to upload. Go back and choose a smaller file, or split the document.");
        return "error/problem";
    }

    /** A public form used too often from one address or by one email address. */
    @ExceptionHandler(TooManySubmissions.class)
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    String tooMany(TooManySubmissions e, Model model, HttpServletResponse response) {
        site.populate(model);
        response.setHeader(
                "Retry-After",
                String.valueOf(Math.max(
                        1, Duration.between(clock.instant(), e.retryAt()).toSeconds())));
        model.addAttribute("retryAt", e.retryAt().atZone(clock.getZone()));
        return "error/too-many";
    }

    @ExceptionHandler(AlreadySubmitted.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String alreadySubmitted(Model model) {
        site.populate(model);
        model.addAttribute(
                "problem",
                "You have already sent this form, and it has been received once. Check the page it was about to"
                        + " see what it did before you send it again.");
        return "error/problem";
    }

    @ExceptionHandler({StaleRecordException.class, ObjectOptimisticLockingFailureException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String stale(RuntimeException e, Model model) {
        log.info("Concurrent edit refused: {}", e.getMessage());
        site.populate(model);
        model.addAttribute("problem", new StaleRecordException().getMessage());
        return "error/problem";
    }
}
