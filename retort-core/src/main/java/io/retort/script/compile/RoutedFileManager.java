package io.retort.script.compile;

import io.retort.script.RevisionSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * Writes each source's classes (nested and extra top-level ones included) under that source's own
 * output folder, so one compiler run can fill many cache entries.
 */
final class RoutedFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {

    /** A source file held in memory: javac compiles exactly the bytes that were hashed. */
    static final class Unit extends SimpleJavaFileObject {
        final Path file;
        final Path output;
        private final String text;

        Unit(Path file, String text, Path output) {
            super(file.toAbsolutePath().toUri(), Kind.SOURCE);
            this.file = file;
            this.text = text;
            this.output = output;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    private static final class ClassFile extends SimpleJavaFileObject {
        private final Path path;

        ClassFile(Path path, Kind kind) {
            super(path.toUri(), kind);
            this.path = path;
        }

        @Override
        public OutputStream openOutputStream() throws IOException {
            Files.createDirectories(path.getParent());
            return Files.newOutputStream(path);
        }
    }

    RoutedFileManager(StandardJavaFileManager standard) {
        super(standard);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
            FileObject sibling) throws IOException {
        if (location == StandardLocation.CLASS_OUTPUT && sibling instanceof Unit unit) {
            return new ClassFile(unit.output.resolve(className.replace('.', '/') + kind.extension), kind);
        }
        return super.getJavaFileForOutput(location, className, kind, sibling);
    }
}
