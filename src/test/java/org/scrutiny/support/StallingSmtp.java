package org.scrutiny.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A mail server that can stop answering in the middle of a message: after it has accepted a given
 * number of the messages {@code watched} picks out, it receives the next one and never says it got
 * it, as a server would when the sender dies before the reply. Only a message it answered 250 to
 * counts as delivered.
 */
public final class StallingSmtp implements AutoCloseable {

    /** A delivered message: its subject and Message-ID. */
    public record Delivered(String subject, String messageId) {}

    private final ServerSocket server;
    private final Predicate<String> watched;
    private final List<Delivered> delivered = new CopyOnWriteArrayList<>();
    private final AtomicInteger acceptBeforeStalling = new AtomicInteger(Integer.MAX_VALUE);
    private final AtomicInteger watchedAccepted = new AtomicInteger();
    private volatile CountDownLatch stalled = new CountDownLatch(1);
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    public StallingSmtp(Predicate<String> watched) throws IOException {
        this.watched = watched;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "stalling-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** From now on, accept {@code count} more watched messages and stall on the next. */
    public void stallAfter(int count) {
        stalled = new CountDownLatch(1);
        watchedAccepted.set(0);
        acceptBeforeStalling.set(count);
    }

    /** Accept everything again; a connection left stalled is dropped. */
    public void acceptAll() throws IOException {
        acceptBeforeStalling.set(Integer.MAX_VALUE);
        for (Socket socket : open) {
            socket.close();
        }
    }

    public boolean awaitStall(long seconds) throws InterruptedException {
        return stalled.await(seconds, TimeUnit.SECONDS);
    }

    public List<Delivered> delivered() {
        return List.copyOf(delivered);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                Thread session = new Thread(() -> converse(socket), "stalling-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket;
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = socket.getOutputStream()) {
            say(out, "220 stalling-smtp ready");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> say(out, "250 stalling-smtp");
                    case "MAIL", "RCPT", "RSET", "NOOP" -> say(out, "250 OK");
                    case "QUIT" -> {
                        say(out, "221 Bye");
                        return;
                    }
                    case "DATA" -> {
                        say(out, "354 End data with <CR><LF>.<CR><LF>");
                        String subject = "";
                        String messageId = "";
                        String data;
                        while ((data = in.readLine()) != null && !data.equals(".")) {
                            if (subject.isEmpty() && data.startsWith("Subject: ")) {
                                subject = data.substring("Subject: ".length());
                            }
                            if (messageId.isEmpty() && data.regionMatches(true, 0, "Message-ID: ", 0, 12)) {
                                messageId = data.substring(12);
                            }
                        }
                        if (watched.test(subject) && watchedAccepted.get() >= acceptBeforeStalling.get()) {
                            stalled.countDown();
                            Thread.sleep(Long.MAX_VALUE);
                        }
                        if (watched.test(subject)) {
                            watchedAccepted.incrementAndGet();
                        }
                        delivered.add(new Delivered(subject, messageId));
                        say(out, "250 OK: queued");
                    }
                    default -> say(out, "502 Command not implemented");
                }
            }
        } catch (IOException | InterruptedException e) {
            // the sender went away, or the test dropped the connection
        } finally {
            open.remove(socket);
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        acceptAll();
    }
}
