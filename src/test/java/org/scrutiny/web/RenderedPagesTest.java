package org.scrutiny.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RenderedPagesTest {

    private final AtomicInteger renderings = new AtomicInteger();

    /** A page that takes a while to render, as a real one does under load. */
    private final FilterChain slowPage = (request, response) -> {
        renderings.incrementAndGet();
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        response.setContentType("text/html;charset=UTF-8");
        ((HttpServletResponse) response).setHeader("Content-Security-Policy", "sandbox");
        response.getOutputStream().write("<p>Meeting of 23 March 2022</p>".getBytes(StandardCharsets.UTF_8));
    };

    private MockHttpServletResponse get(RenderedPages pages, String validator) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/meetings/4");
        MockHttpServletResponse response = new MockHttpServletResponse();
        pages.kept(validator)
                .ifPresentOrElse(
                        page -> {
                            try {
                                RenderedPages.send(page, request, response);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        () -> {
                            try {
                                pages.render(validator, request, response, slowPage, anonymous -> true);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
        return response;
    }

    @Test
    void visitors_asking_at_once_for_a_page_under_a_new_validator_wait_for_one_rendering() throws Exception {
        RenderedPages pages = new RenderedPages(1024 * 1024);
        int visitors = 8;
        ExecutorService pool = Executors.newFixedThreadPool(visitors);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
            for (int i = 0; i < visitors; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return get(pages, "W/\"minute-1\"");
                }));
            }
            start.countDown();
            for (Future<MockHttpServletResponse> answer : answers) {
                MockHttpServletResponse response = answer.get(10, TimeUnit.SECONDS);
                assertThat(response.getContentAsString()).isEqualTo("<p>Meeting of 23 March 2022</p>");
                assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("sandbox");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(renderings).as("rendered once for all who asked at once").hasValue(1);

        get(pages, "W/\"minute-1\"");
        assertThat(renderings).as("and then sent as kept").hasValue(1);
        get(pages, "W/\"minute-2\"");
        assertThat(renderings).as("a new validator renders the page again").hasValue(2);
    }

    @Test
    void a_page_that_may_not_be_kept_is_rendered_for_each_visitor() throws Exception {
        RenderedPages pages = new RenderedPages(1024 * 1024);
        FilterChain withCookie = (request, response) -> {
            renderings.incrementAndGet();
            ((HttpServletResponse) response).addHeader("Set-Cookie", "SCRUTINY_SESSION=abc");
            response.getWriter().write("<p>Signed in</p>");
        };
        for (int i = 0; i < 2; i++) {
            pages.render(
                    "W/\"minute-1\"",
                    new MockHttpServletRequest("GET", "/meetings/4"),
                    new MockHttpServletResponse(),
                    withCookie,
                    anonymous -> true);
        }
        assertThat(renderings).hasValue(2);
        assertThat(pages.kept("W/\"minute-1\"")).isEmpty();
    }
}
