package io.retort.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A project's server made and started the way Retort did before passwords: initdb with
 * {@code trust} for every connection, no Unix socket, no password file.
 */
final class OldStyleCluster {
    private OldStyleCluster() {}

    /** Makes and starts the cluster of {@code project}'s default data folder; returns its port. */
    static int start(Path project) throws IOException, InterruptedException {
        ServerAccount account = ServerAccount.detect();
        ServerLayout layout = ServerLayout.of(project, EmbeddedSettings.defaults(), account, System.getenv());
        PostgresBinaries binaries = BundledArchive.find(Platform.current(), "15").installInto(layout.cacheRoot());
        layout.prepare(account);
        layout.makeDataFolder(account);
        String data = layout.dataDir().toString();
        run(account, layout, binaries.program("initdb").toString(), "-D", data, "-U", "postgres", "--auth=trust",
                "-E", "UTF8", "--locale=C", "--no-instructions", "--no-sync");
        Files.writeString(layout.dataDir().resolve("postgresql.conf"), "\ninclude 'retort.conf'\n", StandardOpenOption.APPEND);
        int port = LoopbackPorts.pickFree();
        Files.writeString(layout.retortConf(),
                "listen_addresses = '127.0.0.1'\nport = " + port + "\nunix_socket_directories = ''\n");
        account.own(layout.retortConf());
        run(account, layout, binaries.program("pg_ctl").toString(), "start", "-D", data, "-l", layout.logFile().toString(), "-w");
        return port;
    }

    private static void run(ServerAccount account, ServerLayout layout, String... command)
            throws IOException, InterruptedException {
        Path folder = layout.dataDir().getParent();
        Path output = Files.createTempFile("retort-old-style-", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(account.command(new ArrayList<>(List.of(command))))
                    .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
            builder.environment().put("LC_ALL", "C");
            builder.environment().put("HOME", folder.toString());
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command[0] + " failed: " + Files.readString(output));
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
