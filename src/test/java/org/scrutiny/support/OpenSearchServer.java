package org.scrutiny.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real OpenSearch node for the tests, started once per test run in a process of its own
 * ({@code src/test/opensearch/OpenSearchNode.java}, run by the JDK from source): its libraries
 * (Lucene, Netty, Jackson 2, Log4j) are resolved by Maven from {@code src/test/opensearch/pom.xml}
 * and never meet the application's. The node stops when the test JVM ends.
 */
public final class OpenSearchServer {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path CLASSPATH = PROJECT.resolve("target/opensearch-node.classpath");
    private static final Path LOG = PROJECT.resolve("target/opensearch-node.log");

    private static String uri;

    /** Held so that the pipe stays open (an unreachable stream would be closed, stopping the node). */
    private static OutputStream keepAlive;

    private OpenSearchServer() {}

    /** The node's address, e.g. {@code http://127.0.0.1:41234}, starting it if this JVM has not yet. */
    public static synchronized String uri() {
        if (uri == null) {
            try {
                uri = start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return uri;
    }

    private static String start() throws IOException, InterruptedException {
        if (!Files.exists(CLASSPATH)) {
            Process maven = new ProcessBuilder(
                            PROJECT.resolve("mvnw").toString(),
                            "-q",
                            "--batch-mode",
                            "-f",
                            "src/test/opensearch/pom.xml",
                            "dependency:build-classpath",
                            "-Dmdep.outputFile=" + CLASSPATH)
                    .directory(PROJECT.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(LOG.toFile())
                    .start();
            if (maven.waitFor() != 0 || !Files.exists(CLASSPATH)) {
                throw new IllegalStateException("Could not resolve the OpenSearch node's libraries; see " + LOG + ":\n"
                        + Files.readString(LOG));
            }
        }
        int port = freePort();
        Path home = Files.createTempDirectory("scrutiny-opensearch");
        Process node = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xms256m",
                        "-Xmx512m",
                        "-cp",
                        Files.readString(CLASSPATH).strip(),
                        PROJECT.resolve("src/test/opensearch/OpenSearchNode.java")
                                .toString(),
                        home.toString(),
                        Integer.toString(port)))
                .redirectErrorStream(true)
                .redirectOutput(LOG.toFile())
                .start();
        // The node runs until its standard input closes: when this JVM ends, whichever way.
        keepAlive = node.getOutputStream();
        String address = "http://127.0.0.1:" + port;
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!node.isAlive()) {
                throw new IllegalStateException("The OpenSearch node stopped:\n" + Files.readString(LOG));
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(
                                        URI.create(address + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return address;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        node.destroy();
        throw new IllegalStateException(
                "The OpenSearch node did not start within 3 minutes:\n" + Files.readString(LOG));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
