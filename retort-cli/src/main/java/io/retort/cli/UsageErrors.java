package io.retort.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistyped command line as the README promises every user error: one {@code retort: error:} line
 * with what to type instead, exit 1, no usage dump (picocli's default prints the whole help).
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    /** Flyway's and Alembic's words that are spelt differently here, with what to type instead. */
    static final Map<String, String> HABITS = Map.of(
            "migrate", "retort upgrade head",
            "info", "retort current, retort history --verbose --indicate-current or retort log",
            "baseline", "retort stamp REVISION",
            "clean", "retort downgrade base",
            "undo", "retort downgrade -1",
            "status", "retort current",
            "help", "retort --help, or retort COMMAND --help");

    private final TerminalColour colour;

    UsageErrors(TerminalColour colour) {
        this.colour = colour;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        e.getCommandLine().getErr().println(colour.error() + " " + line(e));
        return 1;
    }

    /** The one line for {@code e}, without the {@code retort: error:} prefix. */
    static String line(ParameterException e) {
        CommandLine where = e.getCommandLine();
        String command = where.getCommandSpec().qualifiedName();
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            List<String> suggestions = unmatched.getSuggestions().stream().limit(2).toList();
            if (word.startsWith("-")) {
                return "unknown option '" + word + "' for '" + command + "'; "
                        + (suggestions.isEmpty() ? "see " + command + " --help" : "did you mean " + String.join(" or ", suggestions) + "?");
            }
            if (where.getParent() == null && where.getSubcommands().size() > 0) {
                String habit = HABITS.get(word);
                if (habit != null) {
                    return "unknown command '" + word + "'; Retort says " + habit;
                }
                return "unknown command '" + word + "'; " + (suggestions.isEmpty() ? "see retort --help for the commands"
                        : "did you mean " + String.join(" or ", suggestions.stream().map(s -> "retort " + s).toList()) + "?");
            }
            return "unexpected argument '" + word + "' for '" + command + "'; usage: " + synopsis(where);
        }
        return message(e) + " (" + command + "); usage: " + synopsis(where);
    }

    /** picocli's message with its first letter lower-cased, to read as part of the line. */
    private static String message(ParameterException e) {
        String m = e.getMessage().strip();
        return m.isEmpty() ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    /** The command's synopsis on one line: {@code retort show [-hV] ... REVISION}; {@code retort db status|stop|...} for one with subcommands. */
    static String synopsis(CommandLine command) {
        if (!command.getSubcommands().isEmpty()) {
            return command.getCommandSpec().qualifiedName() + " " + String.join("|", command.getSubcommands().values().stream()
                    .filter(c -> !c.getCommandSpec().usageMessage().hidden()).map(CommandLine::getCommandName).distinct().toList());
        }
        return command.getHelp().synopsis(0).strip().replaceFirst("^Usage:\\s*", "").replaceAll("\\s+", " ");
    }
}
