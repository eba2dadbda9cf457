package org.scrutiny.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.scrutiny.shared.London;
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
import org.springframework.web.context.request.ServletWebRequest;
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
 * the minute in London (what is upcoming, overdue or still open for questions turns with the
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

    private final ObjectProvider<ChangeCounter> changes;
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
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        return PATTERNS.stream().noneMatch(pattern -> pattern.matches(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ChangeCounter counter = changes.getIfAvailable();
        if (counter == null || hasSession(request)) {
            chain.doFilter(request, response);
            return;
        }
        ChangeCounter.Count version = counter.current();
        LocalDateTime minute = LocalDateTime.now(clock.withZone(London.ZONE)).truncatedTo(ChronoUnit.MINUTES);
        String tag = digest(release + "|" + version.revision() + "|" + minute + "|" + request.getRequestURI() + "?"
                + request.getQueryString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
        response.setHeader(HttpHeaders.VARY, "Cookie");
        long lastModified = version.changedAt().toEpochMilli();
        // A page can change without a new revision only when the clock turns, so the last
        // modification is never earlier than the start of the minute.
        long minuteStart = minute.atZone(London.ZONE).toInstant().toEpochMilli();
        if (new ServletWebRequest(request, response)
                .checkNotModified("W/\"" + tag + "\"", Math.max(lastModified, minuteStart))) {
            return;
        }
        Optional<RenderedPages.Page> page = rendered.kept(tag);
        if (page.isPresent()) {
            RenderedPages.send(page.get(), request, response);
            return;
        }
        request.setAttribute(RENDERING, Boolean.TRUE);
        rendered.render(
                tag, request, response, chain, rendering -> Boolean.TRUE.equals(rendering.getAttribute(ANONYMOUS)));
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
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String digest(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
