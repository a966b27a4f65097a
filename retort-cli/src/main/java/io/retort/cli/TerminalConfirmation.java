package io.retort.cli;

import io.retort.Retort;
import io.retort.config.ResolvedEnvironment;
import java.io.Console;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The question an environment with {@code confirm = true} asks at the terminal before a command
 * changes its database. Without a terminal nothing is asked, and the core refuses unless {@code --yes}.
 */
final class TerminalConfirmation {
    private TerminalConfirmation() {}

    /**
     * The Retort a command runs with: confirmed when {@code yes} ({@code --yes}) or when the user,
     * shown {@code plan} at the terminal, answers yes to {@code question} (formatted with the plan's
     * size and the environment's name); empty when they answer no. Nothing is asked without a
     * terminal, when the environment does not ask, or when the plan is empty (nothing to do).
     */
    static Optional<Retort> retort(RetortCommand parent, boolean yes, Function<Retort, List<String>> plan, String question) {
        Retort retort = parent.project.retort(yes);
        Console console = System.console();
        var environment = retort.environment().filter(ResolvedEnvironment::confirm);
        if (yes || console == null || environment.isEmpty()) {
            return Optional.of(retort);
        }
        List<String> lines = plan.apply(retort);
        if (lines.isEmpty()) {
            return Optional.of(retort);
        }
        lines.forEach(parent.out()::println);
        parent.out().flush();
        if (!yes(console.readLine(question + " [y/N] ", lines.size(), environment.get().name()))) {
            parent.out().println("nothing changed");
            return Optional.empty();
        }
        return Optional.of(parent.project.retort(true));
    }

    /** Whether a typed answer says yes; no answer (end of input) is no. */
    static boolean yes(String answer) {
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes");
    }
}
