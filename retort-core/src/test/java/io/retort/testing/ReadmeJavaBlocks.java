package io.retort.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The README's {@code java} blocks as source files, compiled against the running tests' class path.
 * A block holds one source file, or several, each starting with a comment line naming its file
 * ({@code // versions/R1_x.java}). Each module compiles the blocks its class path serves.
 */
public final class ReadmeJavaBlocks {
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```java\\n(.*?)^```");
    private static final Pattern FILE_MARK = Pattern.compile("(?m)^// \\S+\\.java$");
    private static final Pattern PUBLIC_TYPE = Pattern.compile("(?m)^public\\s+(?:final\\s+)?(?:class|interface|record|enum)\\s+(\\w+)");

    private ReadmeJavaBlocks() {}

    /** The source files of the blocks {@code which} accepts (given a block's text). */
    public static List<JavaFileObject> sources(Predicate<String> which) {
        String readme = readme();
        List<JavaFileObject> units = new ArrayList<>();
        Matcher block = BLOCK.matcher(readme);
        while (block.find()) {
            if (!which.test(block.group(1))) {
                continue;
            }
            int line = lineOf(readme, block.start());
            for (String source : files(block.group(1))) {
                Matcher type = PUBLIC_TYPE.matcher(source);
                assertThat(type.find()).as("README.md:%d: a java block declares a public type", line).isTrue();
                units.add(new Source("README_" + line + "/" + type.group(1), source));
            }
        }
        return units;
    }

    /** Compiles each file on its own into {@code out}; a failure names the file and javac's errors. */
    public static void compileEach(List<JavaFileObject> units, Path out) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        for (JavaFileObject unit : units) {
            StringWriter errors = new StringWriter();
            boolean ok = javac.getTask(errors, null, null,
                    List.of("-proc:none", "-d", out.toString(), "-cp", System.getProperty("java.class.path")),
                    null, List.of(unit)).call();
            assertThat(ok).as("%s does not compile:%n%s", unit.getName(), errors).isTrue();
        }
    }

    private static List<String> files(String block) {
        List<String> out = new ArrayList<>();
        Matcher mark = FILE_MARK.matcher(block);
        List<Integer> starts = new ArrayList<>();
        while (mark.find()) {
            starts.add(mark.start());
        }
        if (starts.isEmpty() || starts.get(0) != 0) {
            starts.add(0, 0);
        }
        for (int i = 0; i < starts.size(); i++) {
            String part = block.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : block.length());
            if (!part.isBlank()) {
                out.add(part);
            }
        }
        return out;
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 2;
    }

    private static String readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("retort-core"))) {
                try {
                    return Files.readString(dir.resolve("README.md"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("no README.md above " + Path.of("").toAbsolutePath());
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String path, String text) {
            super(URI.create("string:///" + path + ".java"), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
