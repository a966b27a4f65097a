package io.retort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A simple name says which class is meant: no two top-level classes in the main sources of the
 * repository's modules share one, and no nested class takes the name of a top-level one (nested
 * names are read with their outer class, {@code TomlTables.Embedded}, so those may repeat).
 */
class ClassNamesTest {
    private static final Pattern DECLARATION =
            Pattern.compile("(?<![\\w.])(?:class|interface|record|enum|@interface)\\s+([A-Z]\\w*)");
    /** Comments, text blocks, strings and characters, which may say "class X" without declaring it. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'", Pattern.DOTALL);

    @Test
    void noTwoClassesShareASimpleName() throws IOException {
        Path root = repositoryRoot();
        Map<String, List<String>> topLevel = new TreeMap<>();
        Map<String, List<String>> nested = new TreeMap<>();
        for (Path file : mainSources(root)) {
            String code = NOT_CODE.matcher(Files.readString(file)).replaceAll(" ");
            Matcher m = DECLARATION.matcher(code);
            while (m.find()) {
                Map<String, List<String>> names = depth(code, m.start()) == 0 ? topLevel : nested;
                names.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(root.relativize(file).toString());
            }
        }

        assertThat(topLevel).as("top-level classes").containsKeys("Retort", "Main", "Acquisition");
        assertThat(topLevel.entrySet()).as("top-level classes sharing a name")
                .filteredOn(e -> e.getValue().size() > 1).isEmpty();
        assertThat(nested.entrySet()).as("nested classes named like a top-level one")
                .filteredOn(e -> topLevel.containsKey(e.getKey())).isEmpty();
    }

    private static int depth(String code, int position) {
        int depth = 0;
        for (int i = 0; i < position; i++) {
            depth += code.charAt(i) == '{' ? 1 : code.charAt(i) == '}' ? -1 : 0;
        }
        return depth;
    }

    /** The main sources of every module (a folder of the root with src/main/java). */
    private static List<Path> mainSources(Path root) throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path folder : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")).forEach(sources::add);
                }
            }
        }
        return sources;
    }

    /** The folder of the parent pom: the build runs tests in the module's folder. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("retort-core")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new UncheckedIOException(new IOException("no repository root above " + Path.of("").toAbsolutePath()));
    }
}
