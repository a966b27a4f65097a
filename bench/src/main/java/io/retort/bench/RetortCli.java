package io.retort.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Retort as users run it: the {@code retort} launcher at the repository root, one process per
 * command. Retort keeps compiled revisions in {@code <project>/.retort}; a cold run deletes it
 * first. The one-transaction upgrade runs cold and then warm (each on its own fresh database),
 * so the per-migration sequence that follows finds the cache warm; {@code coldSequence} makes the
 * sequence's fresh upgrade cold instead, for sizes where the one-transaction case is not run.
 */
record RetortCli(Path launcher, WorkFolder folder, boolean coldSequence) implements Contender {

    static List<String> command(Path launcher, Path toml, String... args) {
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "-c", toml.toString(), "--env", RetortProject.ENVIRONMENT));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * What the launcher starts the JVM with, read from its {@code options=(...)} line, and which
     * class-data archives it had written: for the report, so it names what was on.
     */
    static String launcherSetup(Path launcher) {
        String options;
        try {
            options = java.nio.file.Files.readAllLines(launcher).stream().map(String::strip)
                    .filter(l -> l.startsWith("options=(") && l.endsWith(")"))
                    .map(l -> l.substring("options=(".length(), l.length() - 1).replace("\"$heap\"", "-Xms32m (-Xms64m for check and revision)"))
                    .findFirst().orElse("(no options=(...) line found in the launcher)");
        } catch (java.io.IOException e) {
            options = "(launcher unreadable: " + e.getMessage() + ")";
        }
        return "`java " + options + " -jar retort-cli.jar`; " + versionLines(launcher);
    }

    /** What {@code retort --version} says of the JDK and the start-up cache the launcher chose. */
    private static String versionLines(Path launcher) {
        try {
            Process p = new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true).start();
            List<String> lines = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines().filter(l -> l.startsWith("java:") || l.startsWith("start-up cache:")).toList();
            p.waitFor();
            return lines.isEmpty() ? "`retort --version` named no JDK" : "`retort --version` after the run: "
                    + String.join("; ", lines).replace(launcher.toAbsolutePath().getParent().toString() + "/", "");
        } catch (java.io.IOException e) {
            return "`retort --version` failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "`retort --version` interrupted";
        }
    }

    @Override
    public String name() {
        return "Retort";
    }

    @Override
    public List<Invocation> commands(Case c, String database) {
        RetortProject project = folder.retort();
        RetortProject.TransactionPer mode = c == Case.FRESH_UPGRADE_ONE_TRANSACTION
                ? RetortProject.TransactionPer.RUN : RetortProject.TransactionPer.MIGRATION;
        Path toml = project.writeConfig(database, mode);
        List<String> upgrade = command(launcher, toml, "upgrade", "head");
        return switch (c) {
            case FRESH_UPGRADE -> List.of(coldSequence
                    ? new Invocation("retort upgrade head (cold revision cache)", upgrade).clearingFirst(project.cache())
                    : new Invocation("retort upgrade head (warm revision cache)", upgrade));
            case FRESH_UPGRADE_ONE_TRANSACTION -> List.of(
                    new Invocation("retort upgrade head (cold revision cache)", upgrade).clearingFirst(project.cache()),
                    new Invocation("retort upgrade head (warm revision cache)", upgrade));
            // The sequence's first upgrade filled the cache: say so on every row.
            case NOOP_UPGRADE -> List.of(new Invocation("retort upgrade head (warm revision cache)", upgrade));
            case STATUS -> List.of(
                    new Invocation("retort current (warm revision cache)", command(launcher, toml, "current")),
                    new Invocation("retort history (warm revision cache)", command(launcher, toml, "history")),
                    new Invocation("retort heads (warm revision cache)", command(launcher, toml, "heads")));
            case DOWNGRADE_BASE -> List.of(new Invocation("retort downgrade base (warm revision cache)", command(launcher, toml, "downgrade", "base")));
            case BULK_INSERT, CHECK, SMARTEM_UPGRADE, SMARTEM_CURRENT -> List.of();
        };
    }
}
