package io.retort.bench;

import java.nio.file.Path;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Liquibase as the benchmark runs it, one command per process, through its {@link CommandScope}
 * API (what its command line calls): {@code update}, {@code status}, {@code history} or
 * {@code rollbackCount <n>}. Each changeset runs in its own transaction (Liquibase's default).
 */
public final class LiquibaseMain {
    private LiquibaseMain() {}

    /** {@code LiquibaseMain <command> <database> <changelog file> [count]}. */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: LiquibaseMain update|status|history|rollbackCount <database> <changelog> [count]");
        }
        Path changelog = Path.of(args[2]).toAbsolutePath();
        CommandScope command = new CommandScope(args[0])
                .addArgumentValue("url", Scratch.jdbcUrl(args[1]))
                .addArgumentValue("username", Scratch.USER)
                .addArgumentValue("password", "")
                .addArgumentValue("changelogFile", changelog.getFileName().toString())
                .setOutput(System.out);
        if (args[0].equals("rollbackCount")) {
            command.addArgumentValue("count", Integer.parseInt(args[3]));
        }
        if (args[0].equals("status")) {
            command.addArgumentValue("verbose", true);
        }
        Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(changelog.getParent())),
                () -> command.execute());
    }
}
