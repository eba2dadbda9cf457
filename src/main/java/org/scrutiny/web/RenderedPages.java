package org.scrutiny.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public pages as they were last rendered, kept by this node under what their validator
 * ({@link PublicPageValidators.Validator}) was made from: the change counter every node shares, the
 * minute, the scheme and the address. A page is served from here only while that is still current,
 * and every node hears of a change as it commits, so a change committed on any node stops every
 * node from serving what it kept, at once; nothing needs evicting across nodes. A page is rendered
 * after its key is read, so what is kept under a key is never older than it.
 *
 * <p>Only a complete {@code 200} answer to an anonymous {@code GET} that neither made a session nor
 * set a cookie is kept. The store holds at most {@code scrutiny.page-cache.max-bytes} (default 16
 * MB); when full it is emptied, since every entry expires with its minute anyway.
 */
class RenderedPages {

    /**
     * Headers that belong to one answer only, not to the page; the validator's are set on every
     * answer by {@link PublicPageValidators}.
     */
    private static final Set<String> ANSWER_HEADERS = Set.of(
            HttpHeaders.SET_COOKIE.toLowerCase(Locale.ROOT),
            HttpHeaders.ETAG.toLowerCase(Locale.ROOT),
            HttpHeaders.LAST_MODIFIED.toLowerCase(Locale.ROOT),
            HttpHeaders.CONTENT_LENGTH.toLowerCase(Locale.ROOT),
            HttpHeaders.TRANSFER_ENCODING.toLowerCase(Locale.ROOT),
            HttpHeaders.DATE.toLowerCase(Locale.ROOT));

    /**
     * One kept page: its body, its type and the headers it was sent with (such as the policy a
     * downloaded file is served under), which replace those of the answer it is sent in.
     */
    record Page(byte[] body, String contentType, Locale locale, List<Header> headers) {}

    /** One header of a kept page: the first of its name replaces any the answer has, the rest are added. */
    record Header(String name, String value, boolean first) {}

    /** How long a request waits for the same page being rendered by another. */
    private static final Duration WAIT_FOR_RENDERING = Duration.ofSeconds(5);

    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    /** The pages being rendered now, by key, for the requests that wait for them. */
    private final Map<String, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();

    private final AtomicLong bytes = new AtomicLong();
    private final long maxBytes;
    private final int maxPageBytes;

    RenderedPages(long maxBytes) {
        this.maxBytes = maxBytes;
        this.maxPageBytes = (int) Math.min(maxBytes / 8, 2L * 1024 * 1024);
    }

    /** The page kept under {@code key}, if this node rendered it. */
    Optional<Page> kept(String key) {
        return Optional.ofNullable(pages.get(key));
    }

    /** Answers with a kept page: its body and type, with the headers of this answer already set. */
    static void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(page.contentType());
        response.setLocale(page.locale());
        for (Header header : page.headers()) {
            if (header.first()) {
                response.setHeader(header.name(), header.value());
            } else {
                response.addHeader(header.name(), header.value());
            }
        }
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }

    /**
     * Renders a page under {@code key} and keeps it when it may be kept: a complete
     * {@code 200} to a {@code GET} that neither made a session nor set a cookie. While one request
     * renders a page, others for the same page under the same key wait for it (at most a few
     * seconds) instead of rendering it too: when the minute turns, every page's key changes at
     * once, and each is then rendered once, not once per visitor.
     */
    void render(
            String key,
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            Predicate<HttpServletRequest> mayKeep)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) || maxBytes <= 0) {
            chain.doFilter(request, response);
            return;
        }
        CompletableFuture<Page> mine = new CompletableFuture<>();
        CompletableFuture<Page> theirs = rendering.putIfAbsent(key, mine);
        if (theirs != null) {
            Page page = awaited(theirs);
            if (page != null) {
                send(page, request, response);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        Page kept = null;
        try {
            chain.doFilter(request, rendered);
            kept = mayKeep.test(request) ? keep(key, request, rendered) : null;
        } finally {
            mine.complete(kept);
            rendering.remove(key, mine);
            rendered.copyBodyToResponse();
        }
    }

    /** The page another request is rendering, or nothing if it could not be kept or took too long. */
    private static Page awaited(CompletableFuture<Page> rendering) {
        try {
            return rendering.get(WAIT_FOR_RENDERING.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private Page keep(String key, HttpServletRequest request, ContentCachingResponseWrapper rendered) {
        int size = rendered.getContentSize();
        if (rendered.getStatus() != HttpServletResponse.SC_OK
                || rendered.getContentType() == null
                || rendered.containsHeader(HttpHeaders.SET_COOKIE)
                || request.getSession(false) != null
                || size == 0
                || size > maxPageBytes) {
            return null;
        }
        List<Header> headers = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String name : rendered.getHeaderNames()) {
            if (!ANSWER_HEADERS.contains(name.toLowerCase(Locale.ROOT))
                    && !name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                    && names.add(name.toLowerCase(Locale.ROOT))) {
                boolean first = true;
                for (String value : rendered.getHeaders(name)) {
                    headers.add(new Header(name, value, first));
                    first = false;
                }
            }
        }
        if (bytes.addAndGet(size) > maxBytes) {
            pages.clear();
            bytes.set(size);
        }
        Page page = new Page(
                rendered.getContentAsByteArray(),
                rendered.getContentType(),
                rendered.getLocale(),
                List.copyOf(headers));
        pages.put(key, page);
        return page;
    }
}
