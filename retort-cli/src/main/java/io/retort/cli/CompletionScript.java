package io.retort.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The bash completion script, written from picocli's model of the commands so that a new command
 * or option completes without editing a script: commands, options, the values of {@code text|json}
 * options, files for {@code FILE} and revision ids and labels, which the script asks the hidden
 * {@code retort __complete-revisions} for (headers only, no database). zsh runs the same script
 * through bashcompinit.
 */
final class CompletionScript {
    /** The parameter labels whose values are revisions. */
    private static final Set<String> REVISION_LABELS = Set.of("REVISION", "REV", "TARGET", "RANGE", "START:END");
    /** Options without such a label that take revisions. */
    private static final Set<String> REVISION_OPTIONS = Set.of("--head", "--depends-on");
    private static final Set<String> FILE_LABELS = Set.of("FILE", "DIRECTORY", "DIR");

    private CompletionScript() {}

    static String bash(CommandLine top) {
        StringBuilder s = new StringBuilder("""
                # bash completion for retort; written by `retort completion bash`.
                # Revision ids and labels come from `retort __complete-revisions`, which reads the revision headers only.
                _retort_revisions() {
                    [ -z "${ZSH_VERSION-}" ] || setopt localoptions ksharrays # bash's arrays count from 0
                    local config=() i
                    for ((i=1; i<COMP_CWORD; i++)); do
                        case "${COMP_WORDS[i]}" in
                            -c|--config|--env) config+=("${COMP_WORDS[i]}" "${COMP_WORDS[i+1]}") ;;
                            -c=*|--config=*|--env=*) config+=("${COMP_WORDS[i]}") ;;
                        esac
                    done
                    "${COMP_WORDS[0]}" "${config[@]}" __complete-revisions 2>/dev/null
                }

                _retort() {
                    [ -z "${ZSH_VERSION-}" ] || setopt localoptions ksharrays
                    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" command="" i
                    for ((i=1; i<COMP_CWORD; i++)); do
                        case "${COMP_WORDS[i]}" in
                """);
        s.append("            ").append(String.join("|", valuedOptions(top.getCommandSpec()))).append(") ((i++)) ;;\n");
        s.append("""
                            -*) ;;
                            *) command="${COMP_WORDS[i]}"; break ;;
                        esac
                    done
                    local options="" words="" positional=""
                    case "$command" in
                """);
        s.append(branch("\"\"", top.getCommandSpec(), "words=" + quoted(visibleNames(top))));
        for (CommandLine sub : distinct(top)) {
            CommandSpec spec = sub.getCommandSpec();
            String positional = sub.getSubcommands().isEmpty() ? positional(spec) : "words=" + quoted(visibleNames(sub));
            s.append(branch(spec.name(), spec, positional));
        }
        s.append("""
                    esac
                    if [[ "$cur" == -* ]]; then
                        COMPREPLY=($(compgen -W "$options" -- "$cur"))
                    elif [[ "$positional" == revisions ]]; then
                        COMPREPLY=($(compgen -W "$(_retort_revisions)" -- "$cur"))
                    elif [[ "$positional" == files ]]; then
                        COMPREPLY=($(compgen -f -- "$cur"))
                    else
                        COMPREPLY=($(compgen -W "$words" -- "$cur"))
                    fi
                }
                complete -o filenames -F _retort retort
                """);
        return s.toString();
    }

    /** The same script for zsh, through zsh's bash-completion emulation. */
    static String zsh(CommandLine top) {
        return "# zsh completion for retort; written by `retort completion zsh`: the bash script through bashcompinit.\n"
                + "autoload -U +X compinit && compinit -u\nautoload -U +X bashcompinit && bashcompinit\n" + bash(top);
    }

    /** One {@code case} branch: the option values first, then the options and what the words after it are. */
    private static String branch(String name, CommandSpec spec, String positional) {
        String indent = "                ";
        List<String> files = new ArrayList<>();
        List<String> revisions = new ArrayList<>();
        List<String> others = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        Set<String> seen = new java.util.HashSet<>();
        for (OptionSpec option : options(spec)) {
            if (option.arity().max() == 0) {
                continue;
            }
            String names = String.join("|", option.names());
            if (!seen.add(names)) {
                continue;
            }
            String label = option.paramLabel();
            if (FILE_LABELS.contains(label)) {
                files.add(names);
            } else if (REVISION_LABELS.contains(label) || REVISION_OPTIONS.contains(option.longestName())) {
                revisions.add(names);
            } else if (label.contains("|")) {
                values.append(indent).append(names).append(") COMPREPLY=($(compgen -W ")
                        .append(quoted(List.of(label.split("\\|")))).append(" -- \"$cur\")); return ;;\n");
            } else {
                others.add(names);
            }
        }
        if (!files.isEmpty()) {
            values.append(indent).append(String.join("|", files)).append(") COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n");
        }
        if (!revisions.isEmpty()) {
            values.append(indent).append(String.join("|", revisions))
                    .append(") COMPREPLY=($(compgen -W \"$(_retort_revisions)\" -- \"$cur\")); return ;;\n");
        }
        if (!others.isEmpty()) {
            values.append(indent).append(String.join("|", others)).append(") return ;;\n");
        }
        return "        " + name + ")\n            case \"$prev\" in\n" + values + "            esac\n"
                + "            options=" + quoted(options(spec).stream().flatMap(o -> List.of(o.names()).stream()).distinct().toList())
                + "; " + positional + " ;;\n";
    }

    /** {@code positional=revisions} or {@code positional=files} by the label of the command's parameters, else nothing. */
    private static String positional(CommandSpec spec) {
        for (ArgSpec p : spec.positionalParameters()) {
            if (REVISION_LABELS.contains(p.paramLabel())) {
                return "positional=revisions";
            }
            if (FILE_LABELS.contains(p.paramLabel())) {
                return "positional=files";
            }
            if (p.paramLabel().contains("|")) {
                return "words=" + quoted(List.of(p.paramLabel().split("\\|")));
            }
        }
        return "positional=none";
    }

    private static List<OptionSpec> options(CommandSpec spec) {
        Set<OptionSpec> all = new LinkedHashSet<>(spec.options());
        if (spec.parent() != null) { // db's own subcommands: their options complete after db
            spec.subcommands().values().forEach(sub -> all.addAll(sub.getCommandSpec().options()));
        }
        return all.stream().filter(o -> !o.hidden()).toList();
    }

    private static List<String> valuedOptions(CommandSpec spec) {
        return spec.options().stream().filter(o -> o.arity().max() > 0).flatMap(o -> List.of(o.names()).stream()).toList();
    }

    private static List<String> visibleNames(CommandLine command) {
        return distinct(command).stream().map(CommandLine::getCommandName).toList();
    }

    /** The visible subcommands, each once (picocli lists aliases again). */
    private static List<CommandLine> distinct(CommandLine command) {
        return command.getSubcommands().values().stream().distinct()
                .filter(c -> !c.getCommandSpec().usageMessage().hidden()).toList();
    }

    private static String quoted(List<String> words) {
        return words.stream().collect(Collectors.joining(" ", "\"", "\""));
    }
}
