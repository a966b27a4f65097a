package io.retort.script.authoring;

import io.retort.RetortException;
import io.retort.script.RevisionHeaderReader;
import io.retort.script.RevisionSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes new revision files from the project's template ({@code script.java.tmpl}, which
 * {@link ProjectInitializer} puts next to {@code retort.toml}) and its {@code file_template}.
 * What it writes is read back with {@link RevisionHeaderReader}, so a template that breaks the
 * header fails here rather than at the next run.
 */
public final class RevisionWriter {
    /** The template's file name, next to {@code retort.toml}. */
    public static final String TEMPLATE_FILE = "script.java.tmpl";
    /** The default {@code file_template}. */
    public static final String DEFAULT_FILE_TEMPLATE = FileNameTemplate.DEFAULT;

    private final ScriptTemplate template;
    private final FileNameTemplate fileNames;

    /**
     * @param template     the template text
     * @param origin       where it came from, for messages
     * @param fileTemplate the {@code file_template} setting
     * @throws RetortException for an unknown placeholder or file-name field
     */
    public RevisionWriter(String template, String origin, String fileTemplate) {
        this.template = new ScriptTemplate(origin, template);
        this.fileNames = new FileNameTemplate(fileTemplate);
    }

    /** A writer using {@code <projectDir>/script.java.tmpl}, or the built-in template when there is none. */
    public static RevisionWriter forProject(Path projectDir, String fileTemplate) {
        Path file = projectDir.resolve(TEMPLATE_FILE);
        if (!Files.exists(file)) {
            return new RevisionWriter(defaultTemplate(), TEMPLATE_FILE + " (built in)", fileTemplate);
        }
        try {
            return new RevisionWriter(Files.readString(file), file.toString(), fileTemplate);
        } catch (IOException e) {
            throw new RetortException("cannot read the revision template " + file + ": " + e.getMessage(), e);
        }
    }

    /** The built-in template, as {@code retort init} writes it. */
    public static String defaultTemplate() {
        return resource(TEMPLATE_FILE);
    }

    /** A text resource of this package. */
    static String resource(String name) {
        try (InputStream in = RevisionWriter.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class (and file) name the revision gets. */
    public String className(NewRevision revision) {
        return fileNames.className(revision.id(), revision.message(), revision.created());
    }

    /** The text of the revision file. */
    public String render(NewRevision revision) {
        return template.fill(Map.ofEntries(
                Map.entry("package", revision.packageName().isEmpty() ? "" : "package " + revision.packageName() + ";"),
                Map.entry("imports", String.join("\n", newImports(revision.imports()))),
                Map.entry("class_name", className(revision)),
                Map.entry("id", revision.id()),
                Map.entry("down", array(revision.down())),
                Map.entry("branch_labels", array(revision.branchLabels())),
                Map.entry("depends_on", array(revision.dependsOn())),
                Map.entry("message", escape(revision.message())),
                Map.entry("created", revision.created().toString()),
                Map.entry("upgrades", revision.upgrades().strip()),
                Map.entry("downgrades", revision.downgrades().strip())))
                .replaceFirst("\\A(?:[ \\t]*\\R)+", ""); // an empty ${package} leaves no blank first line
    }

    /**
     * Writes the revision into {@code folder} (which must exist) and returns the new file.
     *
     * @throws RetortException when the file exists or the template breaks the header
     */
    public Path write(Path folder, NewRevision revision) {
        Path file = folder.resolve(className(revision) + ".java");
        String text = render(revision);
        RevisionSource written;
        try {
            written = RevisionHeaderReader.parse(file, text);
        } catch (RetortException e) {
            throw new RetortException("the revision template makes an unreadable revision: " + e.getMessage(), e);
        }
        if (!written.id().equals(revision.id())) {
            throw new RetortException("the revision template writes id '" + written.id() + "' instead of ${id}");
        }
        if (!Files.isDirectory(folder)) {
            throw new RetortException("script location " + folder + " does not exist; create it or fix script_locations");
        }
        try {
            Files.writeString(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new RetortException(file + " already exists; choose another message or id");
        } catch (IOException e) {
            throw new RetortException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private static String array(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "{", "}"));
    }

    /** Escapes a value for a Java string literal. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.chars().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c));
            }
        });
        return out.toString();
    }

    /** The generated code's imports the template does not already have: a revision states each once. */
    private List<String> newImports(List<String> imports) {
        Set<String> present = template.text().lines().map(String::strip).collect(Collectors.toSet());
        return imports.stream().filter(line -> !present.contains(line.strip())).toList();
    }
}
