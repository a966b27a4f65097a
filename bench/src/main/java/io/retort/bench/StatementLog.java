package io.retort.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the statements a command sends to one database: the bench turns on
 * {@code log_statement = 'all'} for that database and counts its lines in the server log (whose
 * prefix, {@code %u@%d}, names the database). Each logged statement is one execution: a round
 * trip, or part of a pipelined batch.
 */
record StatementLog(Path serverLog) {
    static final Path DEBIAN_LOG = Path.of("/var/log/postgresql/postgresql-15-main.log");

    /** The server log, when this process can read it. */
    static Optional<StatementLog> find() {
        return Files.isReadable(DEBIAN_LOG) ? Optional.of(new StatementLog(DEBIAN_LOG)) : Optional.empty();
    }

    /** Starts logging every statement on {@code database}; the returned mark is where counting starts. */
    long start(String database) throws IOException {
        Scratch.execute("postgres", "ALTER DATABASE " + database + " SET log_statement = 'all'");
        return Files.size(serverLog);
    }

    /** The statements logged for {@code database} since {@code mark}. */
    int countSince(long mark, String database) throws IOException {
        Pattern line = Pattern.compile("@" + Pattern.quote(database) + " LOG:  (statement|execute [^:]*): ");
        byte[] tail;
        try (RandomAccessFile file = new RandomAccessFile(serverLog.toFile(), "r")) {
            file.seek(mark);
            tail = new byte[(int) (file.length() - mark)];
            file.readFully(tail);
        }
        Matcher m = line.matcher(new String(tail, StandardCharsets.UTF_8));
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }
}
