package io.retort.testing;

import io.retort.Migration;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles revision files as a build would, Retort's annotation processor writing the revision index beside the classes. */
public final class PrecompiledClasses {
    private PrecompiledClasses() {}

    /** Compiles {@code sources} into {@code classes}; fails the test on a compile error. */
    public static void compile(Path classes, Path... sources) throws IOException, URISyntaxException {
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classpath = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                + File.pathSeparator + System.getProperty("java.class.path");
        StringWriter out = new StringWriter();
        try (var files = javac.getStandardFileManager(null, null, null)) {
            boolean ok = javac.getTask(out, files, null, List.of("-classpath", classpath, "-d", classes.toString()),
                    null, files.getJavaFileObjects(sources)).call();
            if (!ok) {
                throw new AssertionError("the revisions do not compile:\n" + out);
            }
        }
    }
}
