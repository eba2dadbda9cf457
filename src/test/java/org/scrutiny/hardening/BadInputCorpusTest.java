package org.scrutiny.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.scrutiny.complaints.domain.ComplaintService;
import org.scrutiny.hearings.domain.HearingService;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.papers.domain.ReportService;
import org.scrutiny.precept.domain.PreceptService;
import org.scrutiny.questions.domain.QuestionService;
import org.scrutiny.shared.audit.AuditRevisionListener;
import org.scrutiny.subscriptions.domain.SubscriptionService;
import org.scrutiny.support.Papers;
import org.scrutiny.support.TestClock;
import org.scrutiny.support.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every form the application serves, found by reading its pages as each role would, posted with
 * values a careless or hostile person might type: empty, blank, a megabyte, control characters,
 * bidi overrides, emoji and right-to-left text, markup, CRLF, impossible dates and numbers,
 * unknown choices, a parameter twice, the wrong content type. None may answer with a server
 * error or show a stack trace; a form that answers with errors must have saved nothing; and a
 * form that refuses a value names what is wrong in its error summary.
 *
 * <p>It runs in an application context of its own, on a database of its own, because it changes
 * what it posts to.
 */
@SpringBootTest(properties = "scrutiny.test.context=bad-input")
@ActiveProfiles({"test", "demo"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@Import(TestClock.Configuration.class)
class BadInputCorpusTest {

    private static final String MEGABYTE = "a".repeat(1024 * 1024);

    /** What a person could type in a box. */
    private static final List<String> TEXT = List.of(
            "",
            "   ",
            "x".repeat(20_001),
            "nul\u0000byte",
            "control\u0001char\u001b[31m",
            "\u202Ereversed\u202C \u2066isolated\u2069",
            "emoji \uD83D\uDE00\uD83D\uDC6E\uD83C\uDFFD\u200D\u2640\uFE0F",
            "\u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD",
            "<script>alert(1)</script><b onmouseover=alert(2)>x</b>",
            "line\r\nBcc: someone@example.com\r\n\r\nbody",
            "\uD800 lone surrogate",
            "' OR 1=1 --");

    /** What a person could type or a form could be tampered to send where a number, date or choice is expected. */
    private static final List<String> VALUES = List.of(
            "",
            "-1",
            "0",
            "31",
            "99999",
            "2147483648",
            "-9223372036854775809",
            "1e309",
            "NaN",
            "12.345",
            "2026-02-31",
            "31/02/2026",
            "99999-12-31",
            "not-a-choice",
            "nul\u0000byte",
            "9".repeat(5000));

    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat (org|java|jdk|com)\\.[\\w.$]+\\(|java\\.lang\\.|org\\.springframework\\.|Exception:");

    private static final Set<String> SKIPPED_ACTIONS = Set.of("/logout");

    private static final int ROUNDS = 3;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    PreceptService precepts;

    @Autowired
    HearingService hearings;

    @Autowired
    QuestionService questions;

    @Autowired
    ReportService reports;

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    MeetingSchedule meetings;

    @Autowired
    ComplaintService complaints;

    private final List<String> failures = new ArrayList<>();
    private int cases;

    @Test
    void no_form_answers_bad_input_with_a_server_error_a_stack_trace_or_a_half_saved_record() throws Exception {
        long started = System.nanoTime();
        new OneOfEach(precepts, hearings, questions, reports, subscriptions, meetings, jdbc, complaints).open();
        FormCrawler crawler = new FormCrawler(mvc);
        List<FoundForm> tried = new ArrayList<>();
        // Some forms appear only once a record has moved on: OneOfEach puts a record in each such
        // state first, and after trying the forms found, each is sent once filled in as a person
        // would, and the site is read again for the forms that this has brought out.
        for (int round = 1; round <= ROUNDS; round++) {
            List<FoundForm> found = crawl(crawler).stream()
                    .filter(form -> !SKIPPED_ACTIONS.contains(form.action()))
                    .filter(form -> tried.stream().noneMatch(done -> done.sameAs(form)))
                    .toList();
            if (found.isEmpty()) {
                break;
            }
            for (FoundForm form : found) {
                tryForm(form);
            }
            for (FoundForm form : found) {
                fillIn(form);
            }
            tried.addAll(found);
        }
        System.out.printf(
                "Bad-input corpus (%d s): %d cases over %d forms (%d pages read)%n",
                (System.nanoTime() - started) / 1_000_000_000, cases, tried.size(), crawler.pagesRead());
        Files.write(Path.of("target", "bad-input-corpus.txt"), failures);

        assertThat(unreachedPostRoutes(tried))
                .as("every form the application accepts is found on some page, so the corpus tries it")
                .isEmpty();
        assertThat(failures).as("see target/bad-input-corpus.txt").isEmpty();
    }

    private List<FoundForm> crawl(FormCrawler crawler) throws Exception {
        crawler.forget();
        List<String> signedIn = List.of(
                "/manage",
                "/admin",
                "/reports",
                "/account",
                "/members/",
                "/opcc/plan",
                "/opcc/decisions",
                "/decisions");
        List<String> publicStart = new ArrayList<>(
                List.of("/", "/questions/new", "/complaints/new", "/complaint-reviews/new", "/updates/new", "/login"));
        for (String token : jdbc.queryForList("select token from subscription order by id limit 3", String.class)) {
            publicStart.add("/updates/confirm/" + token);
            publicStart.add("/updates/unsubscribe/" + token);
        }
        crawler.crawl(anonymous(), "anonymous", List.of("/"), publicStart.toArray(String[]::new));
        crawler.crawl(Users.OPCC, "opcc", signedIn, "/account", "/reports", "/opcc/plan", "/opcc/decisions");
        crawler.crawl(Users.MEMBER, "member", signedIn, "/account");
        crawler.crawl(
                Users.ADMIN, "admin", signedIn, "/manage", "/admin/users", "/account", "/reports", "/decisions/11");
        // The complaints register is not the administrator's: its own handlers' forms.
        crawler.crawl(Users.SECRETARIAT, "secretariat", List.of("/manage/complaints"), "/manage/complaints");
        // Complaint reviews are the office's review officer's and senior managers' (who see every form).
        crawler.crawl(
                Users.SENIOR_MANAGER,
                "senior-manager",
                List.of("/opcc"),
                "/opcc/complaint-reviews",
                "/opcc/chief-constable-complaints",
                "/opcc/review-figures");
        return crawler.forms();
    }

    /** Sends a form once with what a person would type in each empty field, to move its record on. */
    private void fillIn(FoundForm form) throws Exception {
        Map<String, List<String>> params = new LinkedHashMap<>(form.values());
        form.types().forEach((name, type) -> {
            List<String> current = params.get(name);
            if (current == null || current.isEmpty() || current.get(0).isEmpty()) {
                params.put(name, List.of(plausible(name, type)));
            }
        });
        AbstractMockHttpServletRequestBuilder<?> request;
        if (form.multipart()) {
            var builder = multipart(form.action());
            for (String file : form.fileFields()) {
                builder.file(new MockMultipartFile(
                        file, "report.pdf", "application/pdf", Papers.taggedPdf("A report for the corpus", 1)));
            }
            request = builder;
        } else {
            request = post(form.action()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        }
        params.forEach((name, values) -> {
            if (!form.fileFields().contains(name)) {
                request.param(name, values.toArray(String[]::new));
            }
        });
        try {
            int status = mvc.perform(request.with(form.user()).with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status >= 500) {
                failures.add(form.who() + " POST " + form.action() + " filled in as a person would: status " + status);
            }
        } catch (Exception e) {
            failures.add(form.who() + " POST " + form.action() + " filled in as a person would: " + rootCause(e));
        }
    }

    private static String plausible(String name, String type) {
        String field = name.toLowerCase();
        if (field.endsWith(".day") || field.endsWith("day")) {
            return "2";
        }
        if (field.endsWith(".month") || field.endsWith("month")) {
            return "6";
        }
        if (field.endsWith(".year") || field.endsWith("year")) {
            return "2027";
        }
        if (field.contains("time") || field.endsWith("start") || field.endsWith("end")) {
            return "10:00";
        }
        if (type.equals("email") || field.contains("email")) {
            return "corpus.person@example.com";
        }
        if (type.equals("number")
                || field.contains("votes")
                || field.contains("number")
                || field.contains("count")
                || field.contains("percent")
                || field.contains("increase")
                || field.contains("rise")) {
            return "1";
        }
        if (type.equals("password")) {
            return "a long enough passphrase";
        }
        return "Filled in by the bad-input corpus";
    }

    /** The POST routes that no crawled form posts to, other than Spring Security's own. */
    private Set<String> unreachedPostRoutes(List<FoundForm> forms) {
        AntPathMatcher matcher = new AntPathMatcher();
        Set<String> unreached = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                boolean found = forms.stream().anyMatch(form -> matcher.match(pattern, form.action()));
                if (!found) {
                    unreached.add(pattern);
                }
            }
        });
        return unreached;
    }

    private void tryForm(FoundForm form) throws Exception {
        Map<String, List<String>> baseline = form.values();
        // A megabyte in one field is enough to show that the form refuses it plainly; in every
        // field it would only make the suite slower (20,001 characters go in every field).
        var firstTextField =
                form.fieldNames().stream().filter(form::isTextField).findFirst();
        if (firstTextField.isPresent()) {
            Map<String, List<String>> params = new LinkedHashMap<>(baseline);
            params.put(firstTextField.get(), List.of(MEGABYTE));
            check(form, firstTextField.get() + "=a megabyte", params, false);
        }
        for (String field : form.fieldNames()) {
            List<String> values = form.isTextField(field) ? TEXT : VALUES;
            for (String value : values) {
                Map<String, List<String>> params = new LinkedHashMap<>(baseline);
                params.put(field, List.of(value));
                check(form, field + "=" + describe(value), params, false);
            }
            Map<String, List<String>> twice = new LinkedHashMap<>(baseline);
            twice.put(field, List.of("first", "second"));
            check(form, field + " twice", twice, false);
        }
        check(form, "no fields at all", Map.of(), false);
        check(form, "the wrong content type", baseline, true);
    }

    private void check(FoundForm form, String what, Map<String, List<String>> params, boolean wrongContentType)
            throws Exception {
        cases++;
        String label = form.who() + " POST " + form.action() + " (" + form.page() + ") with " + what;
        long revisionsBefore = revisions();
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request(form, params, wrongContentType)
                            .with(form.user())
                            .with(csrf()))
                    .andReturn()
                    .getResponse();
        } catch (Exception e) {
            failures.add(label + ": " + rootCause(e));
            return;
        }
        int status = response.getStatus();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (status >= 500) {
            failures.add(label + ": status " + status + " " + response.getErrorMessage());
            return;
        }
        if (STACK_TRACE.matcher(body).find()) {
            failures.add(label + ": the page shows a stack trace or class name");
        }
        boolean answeredWithErrors = body.contains("govuk-error-summary");
        if (answeredWithErrors) {
            if (revisions() != revisionsBefore) {
                failures.add(label + ": answered with errors but saved a change");
            }
            if (!body.contains("govuk-error-summary__list")
                    || !body.contains("<li")
                    || body.contains("govuk-error-summary__list\">\n</ul>")) {
                failures.add(label + ": an error summary without a message");
            }
        }
    }

    private AbstractMockHttpServletRequestBuilder<?> request(
            FoundForm form, Map<String, List<String>> params, boolean wrongContentType) {
        boolean multipart = form.multipart() != wrongContentType;
        AbstractMockHttpServletRequestBuilder<?> request;
        if (multipart) {
            var builder = multipart(form.action());
            for (String file : form.fileFields()) {
                builder.file(new MockMultipartFile(file, "report.pdf", "application/pdf", new byte[0]));
            }
            request = builder;
        } else {
            request = post(form.action()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        }
        params.forEach((name, values) -> {
            if (!form.fileFields().contains(name) || !multipart) {
                request.param(name, values.toArray(String[]::new));
            }
        });
        return request;
    }

    /** Revisions made by someone, leaving out the background work (pack builds, mail) stamped "system". */
    private long revisions() {
        return jdbc.queryForObject(
                "select count(*) from audit_revision where changed_by <> ?", Long.class, AuditRevisionListener.SYSTEM);
    }

    private static String describe(String value) {
        if (value.length() > 60) {
            return value.length() + " characters";
        }
        StringBuilder shown = new StringBuilder("\"");
        value.codePoints()
                .forEach(c -> shown.append(
                        c < 0x20
                                        || (c >= 0x7F && c <= 0x9F)
                                        || (c >= 0x202A && c <= 0x202E)
                                        || (c >= 0x2066 && c <= 0x2069)
                                ? String.format("\\u%04x", c)
                                : new String(Character.toChars(c))));
        return shown.append('"').toString();
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": "
                + String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
    }

    /** A form read from a page: where it posts, as whom, and the values its page put in it. */
    record FoundForm(
            String page,
            String who,
            RequestPostProcessor user,
            String action,
            boolean multipart,
            Map<String, List<String>> values,
            Map<String, String> types) {

        /** The same form, found again: the same kind of address and the same fields, for the same role. */
        boolean sameAs(FoundForm other) {
            return who.equals(other.who)
                    && FormCrawler.shape(action).equals(FormCrawler.shape(other.action))
                    && types.keySet().equals(other.types.keySet());
        }

        List<String> fieldNames() {
            return types.keySet().stream().filter(name -> !name.equals("_csrf")).toList();
        }

        boolean isTextField(String name) {
            String type = types.get(name);
            return type.equals("text")
                    || type.equals("textarea")
                    || type.equals("email")
                    || type.equals("search")
                    || type.equals("password")
                    || type.equals("tel")
                    || type.equals("url");
        }

        List<String> fileFields() {
            return types.entrySet().stream()
                    .filter(field -> field.getValue().equals("file"))
                    .map(Map.Entry::getKey)
                    .toList();
        }
    }
}
