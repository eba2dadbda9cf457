package org.scrutiny.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.scrutiny.shared.database.ChangeCounter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Public pages that a browser or a proxy may keep and revalidate: each is sent with
 * {@code Cache-Control: public, no-cache}, an {@code ETag} and a {@code Last-Modified}, and a
 * repeat visit that sends them back is answered {@code 304 Not Modified} without the page being
 * rendered again.
 *
 * <p>The validator says what the page was made from, so that a change made on any node changes it on
 * all of them as it commits: the count of changes in {@code data_version}, which a trigger raises
 * with every audit revision (every change to a record is audited, in the transaction that makes
 * it) and which each node hears of by a notification ({@link ChangeCounter}),
 * the minute (what is upcoming, overdue or still open for questions turns with the
 * clock), the address, and the release (templates and static files). Only visitors without a
 * session cookie get validators; a signed-in page is never kept. A page this node
 * has already rendered under the current validator is sent as it was ({@link RenderedPages}).
 */
@Component
@Order(PublicPageValidators.ORDER)
class PublicPageValidators extends OncePerRequestFilter {

    /**
     * Before the session and security filters, after the one that turns a lost database into a
     * "service unavailable" page: a kept page or a {@code 304} costs neither a session lookup nor
     * the security chain. A visitor with a session cookie (signed in, or holding a form's token)
     * passes through to the page as ever, never kept; a page rendered for anyone else goes through
     * every filter and is kept once they have all run (if {@link AnonymousVisitor} finds its visitor
     * anonymous), so what is kept carries every
     * security header it was first sent with.
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    /** The public pages and feeds: none of them holds a form, so none holds a per-person token. */
    static final List<String> PAGES = List.of(
            "/",
            "/meetings",
            "/meetings/**",
            "/meetings.ics",
            "/meetings.atom",
            "/documents.atom",
            "/recommendations",
            "/recommendations/**",
            "/recommendations.atom",
            "/precept",
            "/precept/**",
            "/hearings",
            "/hearings/**",
            "/work-programme",
            "/members",
            "/about",
            "/people/**",
            "/about/**",
            "/actions",
            "/attendance",
            "/attendance/**",
            "/annual-report/**",
            "/costs",
            "/costs/**",
            "/attendance.csv",
            "/statistics/**",
            "/oparl/**",
            "/open-data",
            "/open-data/**");

    /** Set on a request whose page is being rendered to be kept; then on it if its visitor is anonymous. */
    private static final String RENDERING = PublicPageValidators.class.getName() + ".rendering";

    private static final String ANONYMOUS = PublicPageValidators.class.getName() + ".anonymous";

    private static final List<PathPattern> PATTERNS =
            PAGES.stream().map(PathPatternParser.defaultInstance::parse).toList();

    private static final int ADDRESSES_REMEMBERED = 10_000;

    /** Whether each address asked for lately is a public page. */
    private final Map<String, Boolean> addresses = new ConcurrentHashMap<>();

    private final ObjectProvider<ChangeCounter> changes;
    private volatile ChangeCounter counter;
    private final Clock clock;
    private final RenderedPages rendered;
    private final String release;
    private final String sessionCookie;

    PublicPageValidators(
            ObjectProvider<ChangeCounter> changes,
            Clock clock,
            @Value("${scrutiny.page-cache.max-bytes:16777216}") long keptPagesMaxBytes,
            @Value("${server.servlet.session.cookie.name:SCRUTINY_SESSION}") String sessionCookie)
            throws IOException {
        this.changes = changes;
        this.sessionCookie = sessionCookie;
        this.clock = clock;
        this.rendered = new RenderedPages(keptPagesMaxBytes);
        this.release = release();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return true;
        }
        return !publicPage(request.getRequestURI());
    }

    /**
     * Whether an address is one of the public pages, remembered for the addresses asked for lately
     * (matching the patterns on every request cost about a tenth of sending a kept page). The memory
     * is emptied when it holds {@value #ADDRESSES_REMEMBERED} addresses, so made-up addresses cannot
     * fill it.
     */
    private boolean publicPage(String address) {
        Boolean known = addresses.get(address);
        if (known != null) {
            return known;
        }
        PathContainer path = PathContainer.parsePath(address);
        boolean matches = PATTERNS.stream().anyMatch(pattern -> pattern.matches(path));
        if (addresses.size() >= ADDRESSES_REMEMBERED) {
            addresses.clear();
        }
        addresses.put(address, matches);
        return matches;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Validator validator = validator(request);
        if (validator == null) {
            chain.doFilter(request, response);
            return;
        }
        if (answered(validator, request, response)) {
            return;
        }
        request.setAttribute(RENDERING, Boolean.TRUE);
        rendered.render(
                validator.key(),
                request,
                response,
                chain,
                rendering -> Boolean.TRUE.equals(rendering.getAttribute(ANONYMOUS)));
    }

    /**
     * Answers a repeat visit ({@code 304}) or sends a kept page, in front of every filter
     * ({@link KeptPagesValve}); says whether it did. When it did not, the response is as it was,
     * unless the visit was conditional, when the caching headers it set are set again by this
     * filter, so that the page rendered carries the validator current when it is rendered.
     */
    boolean answeredEarly(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (shouldNotFilter(request)) {
            return false;
        }
        Validator validator = validator(request);
        if (validator == null
                || (rendered.kept(validator.key()).isEmpty()
                        && request.getHeader(HttpHeaders.IF_NONE_MATCH) == null
                        && request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) == null)) {
            return false;
        }
        return answered(validator, request, response);
    }

    /**
     * The current validator of a public page for this visitor, or none if the page may not be
     * kept: the visitor has a session, or there is no change counter to tell what the page was made
     * from.
     *
     * @param key what the page is kept under on this node: the count of changes, the minute, the
     *     scheme (a page sent over HTTPS carries a header that one sent over HTTP does not) and the
     *     address with its query
     * @param tag the entity tag: it need not name the address, since a browser or proxy keeps it
     *     with the address it came from
     */
    record Validator(String key, String tag, long lastModified) {}

    private Validator validator(HttpServletRequest request) {
        ChangeCounter counter = counter();
        if (counter == null || hasSession(request)) {
            return null;
        }
        ChangeCounter.Count version = counter.current();
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        long minutes = minute.getEpochSecond() / 60;
        String key = version.revision() + "|" + minutes + "|" + request.getScheme() + "|" + request.getRequestURI()
                + "?" + request.getQueryString();
        // A page can change without a new revision only when the clock turns, so the last
        // modification is never earlier than the start of the minute.
        long lastModified = Math.max(version.changedAt().toEpochMilli(), minute.toEpochMilli());
        return new Validator(key, "W/\"" + release + "-" + version.revision() + "-" + minutes + "\"", lastModified);
    }

    /** Sets the page's caching headers, then answers a repeat visit or sends the kept page, if it can. */
    private boolean answered(Validator validator, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
        response.setHeader(HttpHeaders.VARY, "Cookie");
        response.setHeader(HttpHeaders.ETAG, validator.tag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, validator.lastModified());
        if (unchanged(validator, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        Optional<RenderedPages.Page> page = rendered.kept(validator.key());
        if (page.isPresent()) {
            RenderedPages.send(page.get(), request, response);
            return true;
        }
        return false;
    }

    /**
     * Whether the visitor holds the page as it is now: the entity tag it sent is the current one
     * (compared weakly, as a {@code GET} may be) or, when it sent none, the page has not changed
     * since the time it sent. A date that cannot be read is not a match.
     */
    static boolean unchanged(Validator validator, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            String current = opaque(validator.tag());
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip)
                    .anyMatch(tag -> tag.equals("*") || opaque(tag).equals(current));
        }
        String ifModifiedSince = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return validator.lastModified() / 1000 <= since.getEpochSecond();
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** The change counter, looked up once it exists (a lookup per request cost a tenth of a kept page). */
    private ChangeCounter counter() {
        ChangeCounter counter = this.counter;
        if (counter == null) {
            counter = changes.getIfAvailable();
            this.counter = counter;
        }
        return counter;
    }

    /**
     * After the security filters, says whether a page being rendered to be kept was rendered for a
     * visitor who is not signed in. One signed in without a session cookie (which a browser never
     * is) is sent the page not to be stored, and it is not kept. The page is kept by the front
     * filter once every filter has run, so that it carries every security header it was sent with.
     */
    @Component
    @Order(0)
    static class AnonymousVisitor extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return request.getAttribute(RENDERING) == null;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (signedIn()) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            } else {
                request.setAttribute(ANONYMOUS, Boolean.TRUE);
            }
            chain.doFilter(request, response);
        }

        private static boolean signedIn() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null
                    && authentication.isAuthenticated()
                    && !(authentication instanceof AnonymousAuthenticationToken);
        }
    }

    /** Signing in, and a form's token, make a session; without its cookie a visitor is anonymous. */
    private boolean hasSession(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(cookie -> sessionCookie.equals(cookie.getName()));
    }

    /** A digest of every template and static file, the same on every node that runs this build. */
    private static String release() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> files = new ArrayList<>();
        files.addAll(Arrays.asList(resolver.getResources("classpath*:templates/**/*.*")));
        files.addAll(Arrays.asList(resolver.getResources("classpath*:static/**/*.*")));
        files.sort(Comparator.comparing(Resource::getDescription));
        MessageDigest sha = sha256();
        for (Resource file : files) {
            if (file.isReadable()) {
                try (InputStream in = file.getInputStream()) {
                    sha.update(in.readAllBytes());
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
