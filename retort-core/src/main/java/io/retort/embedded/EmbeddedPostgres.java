package io.retort.embedded;

import io.retort.DurationText;
import io.retort.RetortException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.commons.io.file.PathUtils;
import org.postgresql.util.PasswordUtil;

/**
 * A PostgreSQL server Retort runs itself, one per project, so that a new user can run
 * {@code retort upgrade head} with nothing installed.
 *
 * <p>The server is started on first use and keeps running after the command ends, until it has
 * had no client for the settings' idle shutdown ({@link IdleWatchdog}) or {@link #stop()}; later
 * commands, also several at once, find and share it, and start it again when it has stopped. Each
 * server is listed in a per-user registry, so that {@link EmbeddedServers} finds them all and
 * removes those whose project is gone. It listens on
 * 127.0.0.1 only, on a port chosen when it is created, and on a Unix socket in an owner-only
 * folder. Its superuser is {@code postgres}, and every connection needs its password: a random
 * one made with the cluster and kept in {@link #passwordFile()}. A cluster made by an earlier
 * Retort, which trusted every local user, is locked down the same way at its next use. When Retort
 * runs as root the server runs as {@code nobody}, with its files under
 * {@code /var/tmp/retort-root}. Thread-safe.
 *
 * <pre>{@code
 * EmbeddedPostgres server = EmbeddedPostgres.forProject(Path.of("."), EmbeddedSettings.defaults());
 * String url = server.jdbcUrl("smartem"); // jdbc:postgresql://127.0.0.1:39127/smartem?user=postgres&password=...
 * }</pre>
 */
public final class EmbeddedPostgres {
    /** The superuser of every embedded server. */
    public static final String SUPERUSER = "postgres";
    static final String HOST = "127.0.0.1";
    private static final int START_TRIES = 5;
    private static final int LOG_TAIL_LINES = 6;

    private final ServerLayout layout;
    private final ServerAccount account;
    private final BundledArchive archive;
    private final Duration idleShutdown;
    private final IdleWatchdog watchdog;
    private final ServerRegistry registry;

    private EmbeddedPostgres(ServerLayout layout, ServerAccount account, BundledArchive archive, Duration idleShutdown) {
        this.layout = layout;
        this.account = account;
        this.archive = archive;
        this.idleShutdown = idleShutdown;
        this.watchdog = new IdleWatchdog(layout.dataDir());
        this.registry = ServerRegistry.of(account, System.getenv());
    }

    /**
     * The embedded server of the project in {@code projectDir}. Starts nothing yet; fails at once
     * if the binaries for this machine or for the wanted major version are not on the class path.
     */
    public static EmbeddedPostgres forProject(Path projectDir, EmbeddedSettings settings) {
        ServerAccount account = ServerAccount.detect();
        BundledArchive archive = BundledArchive.find(Platform.current(), settings.postgresVersion());
        return new EmbeddedPostgres(ServerLayout.of(projectDir, settings, account, System.getenv()), account, archive,
                settings.idleShutdown());
    }

    /** The PostgreSQL data folder. */
    public Path dataDir() {
        return layout.dataDir();
    }

    /**
     * The pgpass file that holds the superuser's password, in the project's {@code .retort}
     * (mode 0600, folder 0700): {@code PGPASSFILE=<it> psql -h 127.0.0.1 -p <port> -U postgres}.
     */
    public Path passwordFile() {
        return layout.passwordFile().file();
    }

    /**
     * The JDBC URL of {@code database}, after creating and starting the server and creating the
     * database as needed. It carries user {@code postgres} and the password: show it only through
     * {@code ConnectionSettings.redacted}.
     */
    public String jdbcUrl(String database) {
        if (database == null || database.isBlank()) {
            throw new RetortException("the embedded PostgreSQL needs a database name: set database = \"...\" in the environment");
        }
        EmbeddedServers.pruneSaying();
        return whileLocked(true, () -> {
            int port = ensureRunning();
            createIfMissing(port, database);
            return url(port, database, password());
        });
    }

    /** Stops the server if it runs; its data stays. */
    public void stop() {
        whileLocked(false, () -> {
            stopIfRunning();
            return null;
        });
    }

    /**
     * Stops the server unless a client other than the connections named {@code ownApplication}
     * (their {@code ApplicationName}) is connected: a test run that started it leaves no server
     * behind without cutting off another program's tests. Returns how many other clients kept it
     * running (0: stopped, or not running).
     */
    public long stopUnlessUsedByOthers(String ownApplication) {
        if (!status().running()) {
            return 0; // asking for a URL would start it again
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres") + "&ApplicationName=" + ownApplication);
                PreparedStatement others = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE backend_type ="
                        + " 'client backend' AND pid <> pg_backend_pid() AND application_name IS DISTINCT FROM ?")) {
            others.setString(1, ownApplication);
            try (ResultSet rs = others.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            return 0; // stopped meanwhile
        }
        stop();
        return 0;
    }

    /** Stops the server and deletes its data: the next {@link #jdbcUrl} starts from an empty cluster. */
    public void reset() {
        whileLocked(false, true, () -> {
            stopIfRunning();
            registry.forget(RegisteredServer.of(layout, 0));
            if (Files.exists(layout.dataDir())) {
                requireCluster();
                PathUtils.deleteDirectory(layout.dataDir());
            }
            if (layout.pointerFile().isPresent()) {
                Files.deleteIfExists(layout.pointerFile().get());
            }
            Files.deleteIfExists(passwordFile());
            Files.deleteIfExists(layout.lockFile()); // nothing of the server is left behind
            return null;
        });
    }

    /** Whether the server exists and runs, and where. */
    public Status status() {
        EmbeddedServers.pruneSaying();
        return whileLocked(false, () -> {
            Optional<PostmasterFile> running = layout.initialized() ? answering() : Optional.empty();
            int port = running.isPresent() ? running.get().port() : configuredPort().orElse(0);
            long pid = running.map(PostmasterFile::pid).orElse(0L);
            Optional<Path> socket = layout.socketDir().filter(dir -> Files.exists(dir.resolve(".s.PGSQL." + port)));
            boolean watched = running.isPresent() && watchdog.watchdogProcess().isPresent();
            Optional<EmbeddedServers.IdleTime> idle = watched
                    ? watchdog.idle().map(i -> EmbeddedServers.IdleTime.of(i.since(), i.deadline())) : Optional.empty();
            return new Status(layout.dataDir(), layout.initialized(), running.isPresent(), port, pid, archive.version(),
                    running.isPresent() ? socket : Optional.empty(), passwordFile(), idleShutdown, watched, idle);
        });
    }

    /**
     * What {@link #status()} found.
     *
     * @param initialized whether the data folder holds a cluster
     * @param port the port it listens on, or will at the next start; 0 before it is created
     * @param pid the server's process id; 0 when it does not run
     * @param postgresVersion the version of the bundled binaries, e.g. {@code 15.15.0}
     * @param socketDir the folder of the Unix socket the running server listens on, if any
     * @param passwordFile the pgpass file with the superuser's password
     * @param idleShutdown how long it runs without clients before it stops itself; zero for ever
     * @param watched whether its watchdog runs (not for a server started by a Retort without them)
     * @param idle while it runs without clients: since when, and when it stops
     */
    public record Status(Path dataDir, boolean initialized, boolean running, int port, long pid, String postgresVersion,
            Optional<Path> socketDir, Path passwordFile, Duration idleShutdown, boolean watched,
            Optional<EmbeddedServers.IdleTime> idle) {
        /**
         * For {@code retort db status}: one line, and when it runs two more: when it stops itself,
         * and the psql command that connects to {@code database} without typing the password (through the socket when
         * there is one). Never the password itself.
         */
        public String describe(String database) {
            String what = "embedded PostgreSQL " + postgresVersion + ": ";
            if (!initialized) {
                return what + "not created yet (it will live in " + dataDir + ")";
            }
            if (!running) {
                return what + "stopped, data in " + dataDir + ", password in " + passwordFile;
            }
            String host = socketDir.map(Path::toString).orElse(HOST);
            return what + "running on " + HOST + ":" + port + socketDir.map(dir -> " and in " + dir).orElse("")
                    + " (pid " + pid + "), data in " + dataDir + "\n" + whenIdle() + "\nconnect with: " + psqlCommand(host, database);
        }

        /** When it stops itself; the watchdog notes the idle time a few seconds after the last client leaves. */
        private String whenIdle() {
            if (idleShutdown.isZero() || !IdleWatchdog.supported()) {
                return "idle shutdown: never (it runs until `retort db stop`)";
            }
            String after = DurationText.format(idleShutdown);
            if (!watched) {
                return "idle shutdown: after " + after + " with no client, from the next command that connects";
            }
            return "idle shutdown: after " + after + " with no client; " + idle.map(EmbeddedServers.IdleTime::describe)
                    .orElse("in use, so not before " + after + " after the last client leaves");
        }

        /** The psql command line, paths and names quoted for a POSIX shell. */
        private String psqlCommand(String host, String database) {
            return "PGPASSFILE=" + ShellWord.quoted(passwordFile.toString()) + " psql -h " + ShellWord.quoted(host)
                    + " -p " + port + " -U " + SUPERUSER + " " + ShellWord.quoted(database);
        }
    }

    /**
     * Runs {@code work} holding the project's server lock. Without {@code create}, a project whose
     * data folder does not exist is left untouched: there is no server to stop or report.
     */
    private <T> T whileLocked(boolean create, ServerLock.Work<T> work) {
        return whileLocked(create, false, work);
    }

    /** With {@code thenRemoveLock}, the lock file is deleted before it is let go, as the data is gone. */
    private <T> T whileLocked(boolean create, boolean thenRemoveLock, ServerLock.Work<T> work) {
        try {
            if (!create && !Files.exists(layout.dataDir())) {
                return work.run();
            }
            layout.prepare(account);
            return thenRemoveLock ? ServerLock.holdingThenRemoving(layout.lockFile(), work)
                    : ServerLock.holding(layout.lockFile(), work);
        } catch (IOException e) {
            throw new RetortException("embedded PostgreSQL in " + layout.dataDir() + ": " + e, e);
        }
    }

    /** Returns the port of the running server, and leaves a watchdog and an entry in the registry for it. */
    private int ensureRunning() throws IOException {
        if (!layout.initialized()) {
            initialize();
        }
        checkMajorVersion();
        layout.writePointer();
        watchdog.markUse();
        lockDown();
        Optional<PostmasterFile> running = answering();
        int port = running.isPresent() ? running.get().port() : startStopped();
        long pid = PostmasterFile.read(layout.dataDir()).map(PostmasterFile::pid).orElse(0L);
        try {
            registry.record(RegisteredServer.of(layout, pid), account);
        } catch (IOException e) {
            System.err.println("retort: warning: cannot list the embedded PostgreSQL in " + registry.folder() + " (" + e
                    + "), so `retort db list` will not show it");
        }
        PostgresPrograms programs = programs();
        watchdog.ensure(pid, idleShutdown, layout.pointerFile().orElse(layout.projectDir()), programs.stopCommand(), programs);
        return port;
    }

    private int startStopped() throws IOException {
        PostgresPrograms programs = programs();
        if (serverProcessAlive()) {
            // Ours by its data folder, yet silent (hung, or moved to another port by hand): restart it.
            PostgresPrograms.Outcome stopped = programs.stop();
            if (!stopped.succeeded()) {
                throw new RetortException("a PostgreSQL server holds " + layout.dataDir() + " but does not answer, and pg_ctl"
                        + " cannot stop it (" + oneLine(stopped.output()) + "): end it by hand and retry");
            }
        }
        return start(programs);
    }

    private void initialize() throws IOException {
        layout.makeDataFolder(account);
        PostgresPrograms programs = programs();
        System.err.println("retort: creating the embedded PostgreSQL's cluster in " + layout.dataDir() + " (initdb)");
        PostgresPrograms.Outcome made = programs.initdb();
        if (!made.succeeded()) {
            throw new RetortException("initdb could not create the embedded PostgreSQL in " + layout.dataDir() + ": "
                    + oneLine(made.output()) + "; fix the cause, run `retort db reset`, and retry");
        }
        Files.writeString(layout.dataDir().resolve("postgresql.conf"),
                "\n# Retort's settings (port, listen address)\ninclude 'retort.conf'\n", StandardOpenOption.APPEND);
        writeConf(LoopbackPorts.pickFree());
        AccessRules.write(layout.hbaFile(), account);
        setPassword();
    }

    /**
     * Makes the password the only way in. A cluster made by an earlier Retort trusts every local
     * connection, and one whose password file was lost has no way in left: either gets Retort's
     * rules and a new password, set with the server stopped; the data stays.
     */
    private void lockDown() throws IOException {
        boolean open = AccessRules.letInWithoutPassword(layout.hbaFile());
        boolean lost = layout.passwordFile().read().isEmpty();
        if (!open && !lost) {
            return;
        }
        stopIfRunning();
        if (open) {
            AccessRules.write(layout.hbaFile(), account);
        }
        setPassword();
        System.err.println(open
                ? "retort: the embedded PostgreSQL in " + layout.dataDir() + " let every local user in without a password;"
                        + " it now asks for the password kept in " + passwordFile() + " (see `retort db status`)"
                : "retort: the password file of the embedded PostgreSQL in " + layout.dataDir() + " was missing;"
                        + " it has a new password, kept in " + passwordFile());
    }

    /**
     * Gives the superuser a new random password in single-user mode (the server must be stopped),
     * then writes it to the password file. The server gets only its SCRAM hash.
     */
    private void setPassword() throws IOException {
        String password = PasswordFile.generate();
        String statement;
        try {
            statement = PasswordUtil.genAlterUserPasswordSQL(SUPERUSER, password.toCharArray(), "scram-sha-256");
        } catch (SQLException e) {
            throw new IllegalStateException("pgjdbc hashes scram-sha-256 passwords", e);
        }
        PostgresPrograms.Outcome set = programs().alterSuperuser(statement);
        if (!set.succeeded()) {
            String output = set.output().lines().filter(line -> !line.contains("PASSWORD")).collect(Collectors.joining("\n"));
            throw new RetortException("cannot set the password of the embedded PostgreSQL in " + layout.dataDir() + ": "
                    + oneLine(output) + "; fix the cause and retry, or run `retort db reset` (its data is lost)");
        }
        layout.passwordFile().write(password, layout.hosts());
    }

    private void checkMajorVersion() throws IOException {
        String made = Files.readString(layout.versionFile()).trim();
        if (!made.equals(archive.major())) {
            throw new RetortException("the embedded PostgreSQL data folder " + layout.dataDir() + " was made by PostgreSQL "
                    + made + ", but Retort runs PostgreSQL " + archive.major() + ": run `retort db reset` to delete it"
                    + " (its data is lost), or set [embedded] postgres_version = \"" + made + "\" with matching binaries");
        }
    }

    private int start(PostgresPrograms programs) throws IOException {
        int port = configuredPort().orElseGet(LoopbackPorts::pickFree);
        for (int attempt = 1; ; attempt++) {
            if (!LoopbackPorts.isFree(port)) {
                port = LoopbackPorts.pickFree();
            }
            writeConf(port);
            System.err.println("retort: starting the embedded PostgreSQL on " + HOST + ":" + port + (idleShutdown.isZero()
                    ? "" : "; it stops after " + DurationText.format(idleShutdown) + " with no client"));
            long logStart = Files.exists(layout.logFile()) ? Files.size(layout.logFile()) : 0;
            PostgresPrograms.Outcome started = programs.start();
            if (started.succeeded()) {
                return port;
            }
            String log = logSince(logStart);
            String why = log.isBlank() ? started.output() : log;
            if (!why.contains("could not bind") && !why.contains("already in use")) {
                throw new RetortException("the embedded PostgreSQL did not start: " + oneLine(why) + "; see "
                        + layout.logFile());
            }
            if (attempt == START_TRIES) {
                throw new RetortException("the embedded PostgreSQL found no free port on " + HOST + " in " + START_TRIES
                        + " tries (last " + port + "): stop some local servers and retry, or configure a database url");
            }
            port = LoopbackPorts.pickFree();
        }
    }

    /** A guard against a data_dir that names a folder of other things, such as the project itself. */
    private void requireCluster() throws IOException {
        boolean empty;
        try (var entries = Files.list(layout.dataDir())) {
            empty = entries.findAny().isEmpty();
        }
        if (!empty && !layout.initialized()) {
            throw new RetortException(layout.dataDir() + " holds no PostgreSQL cluster (no PG_VERSION file), so Retort"
                    + " will not delete it: check [embedded] data_dir, or delete the folder yourself");
        }
    }

    private void stopIfRunning() throws IOException {
        watchdog.endAll();
        if (serverProcessAlive()) {
            PostgresPrograms.Outcome stopped = programs().stop();
            if (!stopped.succeeded()) {
                throw new RetortException("cannot stop the embedded PostgreSQL in " + layout.dataDir() + ": "
                        + oneLine(stopped.output()) + "; see " + layout.logFile());
            }
        }
    }

    private PostgresPrograms programs() {
        return new PostgresPrograms(archive.installInto(layout.cacheRoot()), account, layout);
    }

    private Optional<Integer> configuredPort() throws IOException {
        return RetortConf.port(layout.dataDir());
    }

    private void writeConf(int port) throws IOException {
        Files.writeString(layout.retortConf(), String.join("\n",
                "# Written by Retort, which may change the port when it is taken.",
                "listen_addresses = '" + HOST + "'",
                "port = " + port,
                "unix_socket_directories = '" + layout.socketDir().map(d -> d.toString().replace("'", "''")).orElse("") + "'",
                "unix_socket_permissions = 0700",
                "update_process_title = on  # the idle watchdog finds clients by their process titles",
                ""));
        account.own(layout.retortConf());
        layout.makeSocketFolder(account);
    }

    /**
     * Whether postmaster.pid names a live postgres process. A file naming a dead or foreign
     * process (its number reused after a reboot) is stale: it is deleted, so that no signal is
     * sent to that process and PostgreSQL does not refuse to start.
     */
    private boolean serverProcessAlive() throws IOException {
        boolean alive = PostmasterFile.read(layout.dataDir()).map(PostmasterFile::alive).orElse(false);
        if (!alive) {
            Files.deleteIfExists(layout.pidFile());
        }
        return alive;
    }

    /** The server named in postmaster.pid, if it answers and serves our data folder. */
    private Optional<PostmasterFile> answering() throws IOException {
        Optional<PostmasterFile> named = PostmasterFile.read(layout.dataDir()).filter(r -> r.port() > 0);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        PostmasterFile running = named.get();
        try (Connection c = connect(running.port(), "postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW data_directory")) {
            rs.next();
            return Files.isSameFile(Path.of(rs.getString(1)), layout.dataDir()) ? Optional.of(running) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private void createIfMissing(int port, String database) throws IOException {
        try (Connection c = connect(port, "postgres");
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // 42P04: made meanwhile by someone else
                throw new RetortException("cannot create database " + database + " in the embedded PostgreSQL: "
                        + e.getMessage(), e);
            }
        }
    }

    private Connection connect(int port, String database) throws SQLException, IOException {
        Properties props = new Properties();
        props.setProperty("user", SUPERUSER);
        layout.passwordFile().read().ifPresent(password -> props.setProperty("password", password));
        props.setProperty("connectTimeout", "2");
        props.setProperty("socketTimeout", "30");
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + port + "/" + database, props);
    }

    private static String url(int port, String database, String password) {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8)
                + "?user=" + SUPERUSER + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    /** The password; call it after {@link #ensureRunning}, which makes sure there is one. */
    private String password() throws IOException {
        return layout.passwordFile().read().orElseThrow(() -> new IllegalStateException("no password after lockDown"));
    }

    private String logSince(long offset) throws IOException {
        if (!Files.exists(layout.logFile())) {
            return "";
        }
        try (RandomAccessFile log = new RandomAccessFile(layout.logFile().toFile(), "r")) {
            byte[] added = new byte[(int) Math.max(0, log.length() - offset)];
            log.seek(offset);
            log.readFully(added);
            return new String(added, StandardCharsets.UTF_8);
        }
    }

    /** The last lines of a program's output, on one line. */
    private static String oneLine(String output) {
        List<String> lines = Arrays.stream(output.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()).stream()
                .collect(Collectors.joining(" | "));
    }
}
