package org.scrutiny.shared.database;

import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job on one node at a time: the job's transaction holds a PostgreSQL advisory
 * lock named after it, and a node that cannot take the lock skips its turn.
 */
@Component
public class ClusterJobs {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    ClusterJobs(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Runs {@code job} in a transaction if no other node is running the job of this name; else returns null. */
    public <T> T runAlone(String name, Supplier<T> job) {
        return transactions.execute(status -> {
            Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(hashtext(?))", Boolean.class, name);
            return Boolean.TRUE.equals(locked) ? job.get() : null;
        });
    }
}
