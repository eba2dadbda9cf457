package org.scrutiny.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How much of an answer Tomcat hands to the operating system in one write
 * ({@code scrutiny.tomcat.write-buffer}). Tomcat's own default, 8 KB, sends a 23 KB page of minutes
 * in three writes and most public pages in two; 32 KB sends them in one. Measured with
 * {@code bench/public-pages.sh}, in alternating rounds: a kept page of minutes went from about
 * 25,000 to 41,000 requests a second. Each open connection holds one such buffer, so
 * {@code server.tomcat.max-connections} bounds what they take together.
 */
@Component
class SocketWriteBuffer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final DataSize size;

    SocketWriteBuffer(@Value("${scrutiny.tomcat.write-buffer}") DataSize size) {
        this.size = size;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(
                connector -> connector.setProperty("socket.appWriteBufSize", Long.toString(size.toBytes())));
    }
}
