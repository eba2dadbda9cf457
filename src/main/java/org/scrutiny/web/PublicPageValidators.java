package org.scrutiny.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * <p>The validator says what the page was made from, read on every request from the database that
 * every node shares, so that a change made on any node changes it at once on all of them: the
 * count of changes in {@code data_version}, which a trigger raises with every audit revision (every
 * change to a record is audited, in the transaction that makes it),
 * the minute in London (what is upcoming, overdue or still open for questions turns with the
 * clock), the address, and the release (templates and static files). Only visitors who are not
 * signed in and have no session get validators; a signed-in page is never kept. A page this node
 * has already rendered under the current validator is sent as it was ({@link RenderedPages}).
 */
@Component
@Order(PublicPageValidators.ORDER)
class PublicPageValidators extends OncePerRequestFilter {

    /**
     * After the session and security filters (so the visitor is known and every security header is
     * set), before the dispatcher: a page answered from here costs no handler lookup at all.
     */
    static final int ORDER = 0;

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
            "/attendance/**");

    private static final List<PathPattern> PATTERNS =
            PAGES.stream().map(PathPatternParser.defaultInstance::parse).toList();

    private final ObjectProvider<JdbcTemplate> jdbc;
    private final Clock clock;
    private final RenderedPages rendered;
    private final String release;

    PublicPageValidators(
            ObjectProvider<JdbcTemplate> jdbc,
            Clock clock,
            @Value("${scrutiny.page-cache.max-bytes:16777216}") long keptPagesMaxBytes)
            throws IOException {
        this.jdbc = jdbc;
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
        JdbcTemplate database = jdbc.getIfAvailable();
        if (database == null || request.getSession(false) != null || signedIn()) {
            chain.doFilter(request, response);
            return;
        }
        DataVersion version = database.query(
                "select version, changed_at from data_version where id = 1",
                rs -> rs.next()
                        ? new DataVersion(rs.getLong(1), rs.getTimestamp(2))
                        : new DataVersion(0, new Timestamp(0)));
        LocalDateTime minute = LocalDateTime.now(clock.withZone(London.ZONE)).truncatedTo(ChronoUnit.MINUTES);
        String tag = digest(release + "|" + version.revision() + "|" + minute + "|" + request.getRequestURI() + "?"
                + request.getQueryString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
        response.setHeader(HttpHeaders.VARY, "Cookie");
        long lastModified = version.changedAt().getTime();
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
        rendered.render(tag, request, response, chain);
    }

    private record DataVersion(long revision, Timestamp changedAt) {}

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
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
