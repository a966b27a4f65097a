package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A mistyped command line: one {@code retort: error:} line with what to type instead, exit 1, no usage dump. */
class UsageErrorsTest {

    static String oneLine(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.errLines()).as(run.err()).hasSize(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain("Usage:");
        return run.errLines().get(0);
    }

    @Test
    void mistypedCommandSuggestsTheNearestOnes() {
        assertThat(oneLine("upgrad")).isEqualTo("retort: error: unknown command 'upgrad'; did you mean retort upgrade or retort downgrade?");
    }

    @Test
    void flywayHabitsPointAtRetortsCommands() {
        assertThat(oneLine("migrate")).endsWith("Retort says retort upgrade head");
        assertThat(oneLine("info")).contains("retort current").contains("history --verbose");
        assertThat(oneLine("baseline")).endsWith("retort stamp REVISION");
        assertThat(oneLine("clean")).endsWith("retort downgrade base");
        assertThat(oneLine("undo")).endsWith("retort downgrade -1");
        assertThat(oneLine("help")).endsWith("Retort says retort --help, or retort COMMAND --help");
    }

    @Test
    void validateIsACommandAlready() {
        assertThat(RetortCommand.SUBCOMMANDS).anyMatch(c -> c == ValidateCommand.class);
    }

    @Test
    void mistypedOptionSuggestsTheRightOne() {
        assertThat(oneLine("upgrade", "--sqll")).isEqualTo("retort: error: unknown option '--sqll' for 'retort upgrade'; did you mean --sql?");
    }

    @Test
    void unknownOptionOfTheTopCommand() {
        assertThat(oneLine("--bogus", "current")).startsWith("retort: error: unknown option '--bogus' for 'retort'");
    }

    @Test
    void missingParameterShowsTheSynopsis() {
        assertThat(oneLine("show")).startsWith("retort: error: missing required parameter: 'REVISION' (retort show); usage: retort show [")
                .endsWith("REVISION");
    }

    @Test
    void extraArgumentShowsTheSynopsis() {
        assertThat(oneLine("current", "extra")).startsWith("retort: error: unexpected argument 'extra' for 'retort current'; usage: retort current [");
    }

    @Test
    void noCommandListsThem() {
        assertThat(oneLine()).startsWith("retort: error: missing required subcommand (retort); usage: retort init|revision|");
    }

    @Test
    void missingSubcommandListsThem() {
        assertThat(oneLine("db")).isEqualTo("retort: error: missing required subcommand (retort db); usage: retort db list|prune|reset|status|stop");
    }

    @Test
    void optionWithoutItsValue() {
        assertThat(oneLine("history", "-r")).startsWith("retort: error: missing required parameter for option '--rev-range'");
    }

    @Test
    void colourOnlyAtATerminalWithoutNoColor() {
        assertThat(TerminalColour.of(true, Map.of()).error()).isEqualTo("\u001b[1;31mretort: error:\u001b[0m");
        assertThat(TerminalColour.of(true, Map.of("NO_COLOR", "1")).error()).isEqualTo("retort: error:");
        assertThat(TerminalColour.of(true, Map.of("NO_COLOR", "")).on()).isTrue();
        assertThat(TerminalColour.of(false, Map.of()).error()).isEqualTo("retort: error:");
    }
}
