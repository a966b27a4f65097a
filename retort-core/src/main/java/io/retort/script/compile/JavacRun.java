package io.retort.script.compile;

import io.retort.RetortException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * One javac run over revision sources. Kept apart from {@link RevisionCompiler} so that a command
 * whose classes are all cached never loads the compiler's API: verifying a class that calls javac
 * loads the types it passes.
 */
final class JavacRun {
    private JavacRun() {}

    /**
     * Compiles {@code units} against {@code classpath} into {@code work}.
     *
     * @throws RetortException listing every error as {@code file:line: message}
     */
    static void compile(JavaCompiler javac, String classpath, List<RoutedFileManager.Unit> units, Path work) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        boolean ok;
        try (StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            standard.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(work));
            // The file name and line numbers name a failing revision line in a stack trace; local
            // variable tables would serve only a debugger.
            List<String> options = List.of("-classpath", classpath, "-proc:none", "-implicit:none",
                    "-encoding", "UTF-8", "-nowarn", "-g:source,lines");
            ok = javac.getTask(output, new RoutedFileManager(standard), diagnostics, options, null, units).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!ok) {
            String errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(JavacRun::describe)
                    .collect(Collectors.joining("\n"));
            throw new RetortException("revision files do not compile:\n"
                    + (errors.isEmpty() ? output.toString().strip() : errors));
        }
    }

    private static String describe(Diagnostic<? extends JavaFileObject> d) {
        // javac's detail lines (symbol:, location:, required:, found:) stay lines of their own.
        String message = d.getMessage(Locale.ROOT).lines().map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.joining("\n    "));
        if (d.getSource() instanceof RoutedFileManager.Unit unit) {
            return unit.file + ":" + d.getLineNumber() + ": " + message;
        }
        return (d.getSource() == null ? "javac" : d.getSource().getName()) + ": " + message;
    }
}
