package org.scrutiny.shared.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The count of every change to a record ({@code data_version}, raised by a trigger with every
 * audit revision), known to this node without asking the database on every request: a thread holds
 * one connection that listens on the channel {@code data_version}, which the trigger notifies as
 * the change commits, and reads the counter again on each notification. A node therefore hears of
 * a change made on any node within the time a notification takes to arrive (well under a
 * millisecond on one machine, measured in {@code TwoNodesTest}); a change made on this node is
 * known before the transaction that made it returns ({@link #changedHere()}), so the person who
 * made it never sees the page as it was.
 *
 * <p>While the listening connection is down (the database restarted, the network dropped), the
 * counter is read from the database on every call instead, so a page is never judged by a count
 * that may be old.
 */
@Component
public class ChangeCounter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeCounter.class);

    /** When a transaction on any node in this JVM last committed a change: counts read before it are old. */
    private static final AtomicLong lastLocalChange = new AtomicLong(System.nanoTime());

    /** The count and when it changed, as the database said at {@code readAt} (a {@link System#nanoTime()}). */
    public record Count(long revision, Instant changedAt) {}

    private record Known(Count count, long readAt) {}

    /** Read the counter again after this long without a notification, in case one was lost. */
    private static final Duration REREAD_WHEN_QUIET = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private volatile Known known;
    private volatile boolean running;
    private Thread listener;

    ChangeCounter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The current count: as last heard while listening, else read from the database now. */
    public Count current() {
        Known now = known;
        if (now != null && now.readAt() - lastLocalChange.get() > 0) {
            return now.count();
        }
        try (Connection connection = dataSource.getConnection()) {
            return read(connection);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("The change counter cannot be read", e);
        }
    }

    /**
     * Called by the audit trail when a transaction writes a revision: once it commits, this node
     * reads the counter afresh rather than wait for the notification.
     */
    public static void changedHere() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    lastLocalChange.set(System.nanoTime());
                }
            });
        } else {
            lastLocalChange.set(System.nanoTime());
        }
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "change-counter");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        known = null;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen data_version");
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                remember(connection);
                long lastRead = System.nanoTime();
                while (running) {
                    // Short waits, so that stopping gives the connection back to the pool promptly.
                    PGNotification[] heard = notifications.getNotifications(500);
                    boolean quietTooLong = System.nanoTime() - lastRead > REREAD_WHEN_QUIET.toNanos();
                    if ((heard != null && heard.length > 0) || quietTooLong) {
                        lastRead = System.nanoTime();
                        remember(connection);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                known = null;
                if (running) {
                    log.warn("Not listening for changes ({}); reading the counter on each request", e.getMessage());
                    pause();
                }
            } finally {
                known = null;
            }
        }
    }

    private void remember(Connection connection) throws SQLException {
        long readAt = System.nanoTime();
        known = new Known(read(connection), readAt);
    }

    private static Count read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select version, changed_at from data_version where id = 1")) {
            return row.next()
                    ? new Count(row.getLong(1), row.getTimestamp(2).toInstant())
                    : new Count(0, Instant.EPOCH);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
