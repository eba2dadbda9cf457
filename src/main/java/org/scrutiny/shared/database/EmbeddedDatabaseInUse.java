package org.scrutiny.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The embedded database's folder is held by a PostgreSQL that is still running: one left behind by
 * an application that was stopped without closing it (killed, or its jar replaced under it), or one
 * serving another Scrutiny. Without this check the start waits ten seconds and fails with a message
 * that does not say why. The process is not stopped here, since it may be serving someone.
 */
class EmbeddedDatabaseInUse extends IllegalStateException {

    private final Path directory;
    private final long pid;

    private EmbeddedDatabaseInUse(Path directory, long pid) {
        super("The embedded database in " + directory + " is in use by PostgreSQL process " + pid);
        this.directory = directory;
        this.pid = pid;
    }

    /** Fails if the PostgreSQL named by the folder's lock file is running. */
    static void refuseIfHeld(Path directory) {
        Path lock = directory.resolve("postmaster.pid");
        Optional<Long> pid = firstLine(lock).flatMap(EmbeddedDatabaseInUse::number);
        Optional<ProcessHandle> holder = pid.flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.endsWith("postgres"))
                        .orElse(true));
        if (holder.isPresent()) {
            throw new EmbeddedDatabaseInUse(directory, holder.get().pid());
        }
    }

    private static Optional<String> firstLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(0).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Says so in a few lines at start-up, with what to do, instead of a stack trace. */
    static class Analyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseInUse> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseInUse cause) {
            return new FailureAnalysis(
                    "The embedded database in " + cause.directory + " is already in use by PostgreSQL (process "
                            + cause.pid + "): another Scrutiny is running on it, or one was stopped without"
                            + " closing it.",
                    "If no other Scrutiny uses that folder, stop the process (kill " + cause.pid
                            + ") and start again. To run a second Scrutiny beside the first, give it a folder of"
                            + " its own with --scrutiny.embedded-database.directory.",
                    cause);
        }
    }
}
