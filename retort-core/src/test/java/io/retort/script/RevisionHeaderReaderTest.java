package io.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.RetortException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RevisionHeaderReaderTest {
    static final String EXAMPLE = """
            import io.retort.Migration;
            import io.retort.Revision;
            import io.retort.ops.Ops;
            import static io.retort.ops.Column.column;
            import static io.retort.ops.Types.*;

            @Revision(id = "001", down = {}, message = "Create core SmartEM schema baseline", created = "2025-09-18T10:42:00")
            public class R2025_09_18_1042_001_create_core_schema implements Migration {
                @Override public void upgrade(Ops op) { op.createTable("t", column("id", INTEGER).primaryKey()); }
                @Override public void downgrade(Ops op) { op.dropTable("t"); }
            }
            """;

    static RevisionSource parse(String className, String text) {
        return RevisionHeaderReader.parse(Path.of("versions", className + ".java"), text);
    }

    /** A revision file with the given header arguments and class name R1_x. */
    static String revision(String arguments) {
        return "import io.retort.*;\n\n@Revision(" + arguments + ")\npublic class R1_x implements Migration {\n"
                + "    public void upgrade(io.retort.ops.Ops op) {}\n    public void downgrade(io.retort.ops.Ops op) {}\n}\n";
    }

    @Test
    void readsTheExample() {
        RevisionSource source = parse("R2025_09_18_1042_001_create_core_schema", EXAMPLE);
        assertThat(source.className()).isEqualTo("R2025_09_18_1042_001_create_core_schema");
        assertThat(source.header()).isEqualTo(new RevisionHeader("001", List.of(), List.of(), List.of(),
                "Create core SmartEM schema baseline", "2025-09-18T10:42:00", true));
        assertThat(source.checksum()).hasSize(64).matches("[0-9a-f]+");
        assertThat(source.origin()).isEqualTo(Path.of("versions", "R2025_09_18_1042_001_create_core_schema.java").toString());
    }

    @Test
    void readsEveryAttributeAndThePackage() {
        RevisionSource source = parse("R9", """
                // leading comment
                package org.example.migrations;

                import io.retort.Migration;

                /** Merges the two branches. */
                @SuppressWarnings({"unused", "x"})
                @io.retort.Revision(
                    id = "ae10_27",
                    down = {"a1", "b2",},
                    branchLabels = "smartem",
                    dependsOn = {},
                    message = "Merge \\"a\\" and " + "b\\t{}" + '''
                        , text block''',
                    created = "2025-09-18T10:42:00",
                    transactional = false)
                public final class R9 implements Migration {
                    @Override public void upgrade(io.retort.ops.Ops op) { String s = "@Revision(id = 1)"; }
                    @Override public void downgrade(io.retort.ops.Ops op) {}
                }
                """.replace("'''", "\"\"\""));
        assertThat(source.className()).isEqualTo("org.example.migrations.R9");
        assertThat(source.header()).isEqualTo(new RevisionHeader("ae10_27", List.of("a1", "b2"), List.of("smartem"),
                List.of(), "Merge \"a\" and b\t{}, text block", "2025-09-18T10:42:00", false));
    }

    @Test
    void ignoresAnnotationsInCommentsAndStrings() {
        RevisionSource source = parse("R1_x", """
                import io.retort.*;
                // @Revision(id = "comment")
                /* @Revision(id = "block")
                   still a comment */
                @Revision(id = "real", message = "has } and { and \\" and ) and // and /* too", down = {"p"})
                public class R1_x implements Migration {
                    static final String S = "@Revision(id = \\"string\\") }}}";
                    static final char C = '}';
                    static final char Q = '\\'';
                    static final String T = '''
                        @Revision(id = "block") \\''' }
                        ''';
                    public void upgrade(io.retort.ops.Ops op) {}
                    public void downgrade(io.retort.ops.Ops op) {}
                }
                """.replace("'''", "\"\"\""));
        assertThat(source.header().id()).isEqualTo("real");
        assertThat(source.header().message()).isEqualTo("has } and { and \" and ) and // and /* too");
        assertThat(source.header().downRevisions()).containsExactly("p");
    }

    @Test
    void acceptsUnicodeEscapesAndDefaults() {
        RevisionSource source = parse("R1_x", revision("id = \"x1\", message = \"caf\\u00e9 \\\\u0041\""));
        assertThat(source.header().message()).isEqualTo("café \\u0041");
        assertThat(source.header().downRevisions()).isEmpty();
        assertThat(source.header().transactional()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "id = ID                              | R1_x.java:3: @Revision id must be a string literal",
        "id = \"a\" + B                       | R1_x.java:3: @Revision id must be a string literal",
        "down = {}                            | R1_x.java:3: @Revision has no id",
        "id = \"a\", down = {P}               | R1_x.java:3: @Revision down must be a string literal or {...} of string literals",
        "id = \"a\", transactional = \"no\"   | R1_x.java:3: @Revision transactional must be true or false",
        "id = \"a\", id = \"b\"               | R1_x.java:3: @Revision id is given twice",
        "id = \"a\", parent = \"b\"           | R1_x.java:3: unknown @Revision attribute 'parent'",
        "\"a\"                                | R1_x.java:3: @Revision takes named attributes",
        "id = \"a\" down = {}                 | R1_x.java:3: expected , or ) after the value of @Revision id, found 'down'",
        "id = \"a\", down = {\"b\" \"c\"}     | R1_x.java:3: expected , or } in @Revision down, found '\"c\"'",
        "id = \"a-b\"                         | R1_x.java:3: @Revision id 'a-b' must be 1 to 128 letters, digits or _",
        "id = \"a\", dependsOn = {\"\"}       | R1_x.java:3: @Revision dependsOn '' must be 1 to 128 letters, digits or _",
        "id = \"bad\\q\"                      | R1_x.java:3: bad string in @Revision id",
    })
    void rejectsMalformedHeadersNamingFileAndLine(String arguments, String message) {
        assertThatThrownBy(() -> parse("R1_x", revision(arguments)))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining(message);
    }

    @Test
    void namesTheLineOfAValueOnItsOwnLine() {
        String text = revision("\n    id = \"a\",\n    down = {\n        Revisions.BASE }");
        assertThatThrownBy(() -> parse("R1_x", text))
                .hasMessageEndingWith("R1_x.java:6: @Revision down must be a string literal or {...} of string literals");
    }

    @Test
    void rejectsAClassNamedUnlikeItsFile() {
        assertThatThrownBy(() -> parse("R2_y", revision("id = \"a\"")))
                .hasMessageEndingWith("R2_y.java:4: class R1_x must be named R2_y, like its file (or rename the file)");
    }

    @Test
    void rejectsTwoAnnotations() {
        String text = revision("id = \"a\"").replace("public void upgrade", "@Revision(id = \"b\") class Inner {}\n public void upgrade");
        assertThatThrownBy(() -> parse("R1_x", text))
                .hasMessageEndingWith("R1_x.java:5: a second @Revision (the first is on line 3); a revision file holds one revision");
        String twoClasses = revision("id = \"a\"") + "@Revision(id = \"b\") class Other {}\n";
        assertThatThrownBy(() -> parse("R1_x", twoClasses)).hasMessageContaining("R1_x.java:8: a second @Revision");
    }

    @Test
    void rejectsAnAnnotationInsideTheClass() {
        String text = "public class R1_x {\n    @Revision(id = \"a\") static class Inner {}\n}\n";
        assertThatThrownBy(() -> parse("R1_x", text))
                .hasMessageEndingWith("R1_x.java:2: @Revision must annotate the file's top-level public class");
    }

    @Test
    void rejectsAMissingAnnotationSyntaxErrorsAndNonClasses() {
        assertThatThrownBy(() -> parse("R1_x", "public class R1_x {}"))
                .hasMessageStartingWith(Path.of("versions", "R1_x.java") + ":1: no @Revision header");
        assertThatThrownBy(() -> parse("R1_x", revision("id = \"a\"").replace("public class", "class")))
                .hasMessageEndingWith("R1_x.java:4: class R1_x must be public");
        assertThat(parse("R1_x", "public final @Revision(id = \"a\") class R1_x {}").id()).isEqualTo("a");
        assertThatThrownBy(() -> parse("R1_x", "@Revision(id = \"a\")\npublic interface R1_x {}"))
                .hasMessageEndingWith("R1_x.java:2: @Revision must annotate a class, not an interface");
        assertThatThrownBy(() -> parse("R1_x", "@Revision(id = \"a\"\npublic class R1_x {}"))
                .hasMessageContaining("R1_x.java:2: expected , or ) after the value of @Revision id, found 'public'");
        assertThatThrownBy(() -> parse("R1_x", "@Revision(id = \"a)\npublic class R1_x {}"))
                .hasMessageEndingWith("R1_x.java:1: unterminated string literal");
        assertThatThrownBy(() -> parse("R1_x", "/* open\n\n@Revision(id = \"a\") public class R1_x {}"))
                .hasMessageEndingWith("R1_x.java:1: unterminated /* comment");
        assertThatThrownBy(() -> parse("R1_x", "@Revision(id = \"a\")"))
                .hasMessageEndingWith("R1_x.java:1: @Revision must annotate the file's public class");
    }
}
