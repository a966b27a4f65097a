package io.retort.embedded;

import io.retort.RetortException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The operating-system account the server runs as. PostgreSQL refuses to run as root, so when
 * Retort runs as root (as CI does) initdb and pg_ctl run as {@code nobody} instead.
 */
sealed interface ServerAccount {

    /** {@code command}, prefixed so that it runs as this account. */
    List<String> command(List<String> command);

    /** Gives {@code path} to this account. */
    void own(Path path) throws IOException;

    /** Whether files must be reachable by another account than the one running Retort. */
    boolean isOtherAccount();

    static ServerAccount detect() {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
        if (windows || new com.sun.security.auth.module.UnixSystem().getUid() != 0) {
            return new CurrentUser();
        }
        return Nobody.switched();
    }

    /** The account running Retort. */
    record CurrentUser() implements ServerAccount {
        @Override
        public List<String> command(List<String> command) {
            return command;
        }

        @Override
        public void own(Path path) {}

        @Override
        public boolean isOtherAccount() {
            return false;
        }
    }

    /** Debian's unprivileged {@code nobody}, reached from root through setpriv or runuser. */
    record Nobody(List<String> switchPrefix) implements ServerAccount {
        static final int UID = 65534;
        static final int GID = 65534;

        static Nobody switched() {
            Optional<Path> setpriv = onPath("setpriv");
            if (setpriv.isPresent()) {
                return new Nobody(List.of(setpriv.get().toString(),
                        "--reuid=" + UID, "--regid=" + GID, "--clear-groups", "--"));
            }
            return onPath("runuser")
                    .map(runuser -> new Nobody(List.of(runuser.toString(), "-u", "nobody", "--")))
                    .orElseThrow(() -> new RetortException("Retort runs as root, and PostgreSQL refuses to:"
                            + " install util-linux (for setpriv) so the embedded server can run as user nobody,"
                            + " or run Retort as a normal user"));
        }

        /** {@code program} on the PATH or in the usual system folders. */
        static Optional<Path> onPath(String program) {
            String path = System.getenv().getOrDefault("PATH", "");
            return Stream.concat(Stream.of(path.split(File.pathSeparator)), Stream.of("/usr/bin", "/usr/sbin", "/bin", "/sbin"))
                    .filter(folder -> !folder.isEmpty())
                    .map(folder -> Path.of(folder, program))
                    .filter(Files::isExecutable)
                    .findFirst();
        }

        @Override
        public List<String> command(List<String> command) {
            List<String> all = new ArrayList<>(switchPrefix);
            all.addAll(command);
            return all;
        }

        @Override
        public void own(Path path) throws IOException {
            Files.setAttribute(path, "unix:uid", UID);
            Files.setAttribute(path, "unix:gid", GID);
        }

        @Override
        public boolean isOtherAccount() {
            return true;
        }
    }
}
