package io.retort.embedded;

import io.retort.RetortException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where one project's embedded server keeps its files.
 *
 * <p>A normal user keeps the data in the project ({@code .retort/postgres-15}) and the binaries in
 * the user's cache folder. Root hands the server to {@code nobody}, who cannot enter {@code /root}
 * (mode 700) or wherever the project lives, so as root both live under {@code /var/tmp/retort-root}
 * and a pointer file in the project says where.
 *
 * @param dataDir the PostgreSQL data folder ({@code PGDATA})
 * @param lockFile the file locked while a command checks, creates, starts or stops the server
 * @param pointerFile as root, the file in the project that names the data folder
 * @param cacheRoot the folder the binaries are unpacked under
 * @param passwordFile the superuser's password, always in the project's {@code .retort} (root's, as root)
 */
record ServerLayout(Path projectDir, Path dataDir, Path lockFile, Optional<Path> pointerFile, Path cacheRoot,
        PasswordFile passwordFile) {
    static final Path ROOT_BASE = Path.of("/var/tmp/retort-root");
    /** The longest Unix socket path (sun_path less its final zero byte) on Linux; macOS allows less. */
    private static final int MAX_SOCKET_PATH = 103;
    private static final String LONGEST_SOCKET_NAME = "/.s.PGSQL.65535";

    static ServerLayout of(Path projectDir, EmbeddedSettings settings, ServerAccount account, Map<String, String> env) {
        Path project = canonical(projectDir);
        String major = settings.postgresVersion();
        Optional<Path> chosen = settings.dataDir().map(dir -> project.resolve(dir).toAbsolutePath().normalize());
        Path retortFolder = project.resolve(".retort");
        PasswordFile password = new PasswordFile(retortFolder.resolve("postgres-" + major + ".pgpass"));
        if (account.isOtherAccount()) {
            Path data = chosen.orElseGet(() -> ROOT_BASE.resolve("data").resolve(hash(project)));
            Optional<Path> pointer = chosen.isPresent()
                    ? Optional.empty() : Optional.of(retortFolder.resolve("postgres-" + major + ".location"));
            return new ServerLayout(project, data, lockFileOf(data), pointer, ROOT_BASE, password);
        }
        Path data = chosen.orElseGet(() -> retortFolder.resolve("postgres-" + major));
        String cache = env.getOrDefault("XDG_CACHE_HOME", "");
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        Path cacheBase = cache.isEmpty() ? Path.of(home, ".cache") : Path.of(cache);
        return new ServerLayout(project, data, lockFileOf(data), Optional.empty(), cacheBase.resolve("retort"), password);
    }

    Path logFile() {
        return dataDir.resolve("postgres.log");
    }

    /** The settings Retort owns, included from postgresql.conf. */
    Path retortConf() {
        return dataDir.resolve("retort.conf");
    }

    Path hbaFile() {
        return dataDir.resolve("pg_hba.conf");
    }

    /**
     * The folder of the server's Unix socket, inside the data folder, so only the server's account
     * (and root) may enter it; empty on Windows, or where the socket's path would be too long.
     */
    Optional<Path> socketDir() {
        Path folder = dataDir.resolve("socket");
        boolean fits = (folder + LONGEST_SOCKET_NAME).getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH;
        boolean windows = File.separatorChar == '\\';
        return fits && !windows ? Optional.of(folder) : Optional.empty();
    }

    /** The ways in that psql may take: 127.0.0.1, and the socket folder if there is one. */
    List<String> hosts() {
        List<String> hosts = new ArrayList<>(List.of(EmbeddedPostgres.HOST));
        socketDir().ifPresent(folder -> hosts.add(folder.toString()));
        return hosts;
    }

    Path pidFile() {
        return dataDir.resolve("postmaster.pid");
    }

    Path versionFile() {
        return dataDir.resolve("PG_VERSION");
    }

    boolean initialized() {
        return Files.exists(versionFile());
    }

    /**
     * Creates the project's {@code .retort}, owner-only since it holds the password, and the
     * folders around the data folder, where the lock file goes. For another account, every folder
     * on the way must be enterable by it, and {@code /var/tmp/retort-root} must really be root's.
     */
    void prepare(ServerAccount account) throws IOException {
        Path retortFolder = passwordFile.file().getParent();
        OwnerOnly.folder(retortFolder);
        Path ignore = retortFolder.resolve(".gitignore");
        if (!Files.exists(ignore)) {
            Files.writeString(ignore, "# Retort's local files (embedded PostgreSQL data, password): never commit them.\n*\n");
        }
        if (!account.isOtherAccount()) {
            Files.createDirectories(dataDir.getParent());
            return;
        }
        Path folder = ROOT_BASE;
        makeRootFolder(folder);
        if (dataDir.startsWith(ROOT_BASE)) {
            for (Path name : ROOT_BASE.relativize(dataDir.getParent())) {
                folder = folder.resolve(name);
                makeRootFolder(folder);
            }
        }
        Files.createDirectories(dataDir.getParent());
        for (Path above = dataDir.getParent(); above != null; above = above.getParent()) {
            if (!Files.getPosixFilePermissions(above).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new RetortException("the embedded PostgreSQL runs as user nobody when Retort runs as root, and nobody"
                        + " cannot enter " + above + " to reach the data folder " + dataDir
                        + ": choose an [embedded] data_dir elsewhere, or remove it to use " + ROOT_BASE);
            }
        }
    }

    /** Creates the socket folder, 0700 and the server account's, which PostgreSQL does not create itself. */
    void makeSocketFolder(ServerAccount account) throws IOException {
        if (socketDir().isPresent()) {
            OwnerOnly.folder(socketDir().get());
            account.own(socketDir().get());
        }
    }

    /**
     * Creates the empty data folder for initdb, owned by the server account, which could not
     * create it itself in root's folders. Call it holding the lock.
     */
    void makeDataFolder(ServerAccount account) throws IOException {
        if (account.isOtherAccount() && !Files.exists(dataDir)) {
            Files.createDirectory(dataDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            account.own(dataDir);
        }
    }

    /** Root's shared folder: created 755, and refused if someone else made it first. */
    private static void makeRootFolder(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Object owner = Files.getAttribute(folder, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !Integer.valueOf(0).equals(owner)) {
            throw new RetortException(folder + " is not a folder owned by root, so Retort will not keep a server there:"
                    + " remove it and retry");
        }
    }

    /** Writes the pointer file (as root) saying where the data lives. */
    void writePointer() throws IOException {
        if (pointerFile.isPresent()) {
            Files.writeString(pointerFile.get(), dataDir + "\n", StandardCharsets.UTF_8);
        }
    }

    private static Path lockFileOf(Path data) {
        return data.resolveSibling(data.getFileName() + ".lock");
    }

    private static Path canonical(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    private static String hash(Path project) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(project.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
