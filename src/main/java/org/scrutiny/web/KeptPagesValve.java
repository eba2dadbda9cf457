package org.scrutiny.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.concurrent.atomic.LongAdder;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Sends a kept public page, or answers a repeat visit with {@code 304}, as soon as Tomcat has read
 * the request and worked out the client's address, before the servlet's filters are assembled and
 * run: on two cores shared with the load, that pipeline cost about a third of serving a kept page.
 * What is sent, and when, is decided by {@link PublicPageValidators}, the filter that renders and
 * keeps the pages, so a page sent here is one that filter would send: anything else, and anything
 * that fails here (such as reading the change counter while the database is lost), goes on to the
 * filters as ever.
 */
class KeptPagesValve extends ValveBase {

    private static final Logger log = LoggerFactory.getLogger(KeptPagesValve.class);

    private final PublicPageValidators pages;

    private final LongAdder sent = new LongAdder();

    KeptPagesValve(PublicPageValidators pages) {
        super(true);
        this.pages = pages;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        boolean answered;
        try {
            answered = pages.answeredEarly(request, response);
        } catch (RuntimeException e) {
            log.debug("A kept page could not be sent before the filters; they will answer", e);
            answered = false;
        }
        if (answered) {
            sent.increment();
        } else {
            getNext().invoke(request, response);
        }
    }

    /** How many answers this valve has sent without the filters, since the node started. */
    long sent() {
        return sent.sum();
    }

    /**
     * Puts the valve in Tomcat's engine, after the one that takes the client's address from a
     * trusted proxy (added by Spring Boot's own customizer, which runs first).
     */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final PublicPageValidators pages;

        Installer(PublicPageValidators pages) {
            this.pages = pages;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addEngineValves(new KeptPagesValve(pages));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
