package io.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecksumTest {
    static final String ORIGINAL = """
            import io.retort.*;
            import java.util.List;

            @Revision(id = "a1", down = {"a0"}, message = "add t")
            public class R1_x implements Migration {
                // creates t
                public void upgrade(io.retort.ops.Ops op) {
                    List<List<String>> names = List.of(List.of("t"));
                    int n = 1 - -1;
                    op.createTable(names.get(0).get(0));
                }
                public void downgrade(io.retort.ops.Ops op) { op.dropTable("t"); }
            }
            """;

    static String checksum(String text) {
        return RevisionHeaderReaderTest.parse("R1_x", text).checksum();
    }

    @Test
    void survivesReformattingAndCommentEdits() {
        String reformatted = """
                import io.retort.*;
                import java.util.List;
                /** Adds t. */
                @Revision(
                    id = "a1",
                    down = { "a0" },
                    message = "add t"
                )
                public class R1_x
                        implements Migration
                {
                    /* builds the table t */
                    public void upgrade( io.retort.ops.Ops op )
                    {
                        List< List< String > > names = List.of( List.of( "t" ) );   // one name
                        int n = 1 -
                                -1;
                        op.createTable(
                                names.get( 0 ).get( 0 ) );
                    }

                    public void downgrade(io.retort.ops.Ops op) {
                        op.dropTable("t");
                    }
                }
                """;
        assertThat(checksum(reformatted)).isEqualTo(checksum(ORIGINAL));
        assertThat(checksum(ORIGINAL.replace("\n", "\r\n").replace("    ", "\t"))).isEqualTo(checksum(ORIGINAL));
    }

    @Test
    void changesWithAnyCodeEdit() {
        String original = checksum(ORIGINAL);
        assertThat(checksum(ORIGINAL.replace("dropTable(\"t\")", "dropTable(\"u\")"))).isNotEqualTo(original);
        assertThat(checksum(ORIGINAL.replace("dropTable(\"t\")", "dropTable(\" t\")"))).as("inside a string").isNotEqualTo(original);
        assertThat(checksum(ORIGINAL.replace("message = \"add t\"", "message = \"add table t\""))).isNotEqualTo(original);
        assertThat(checksum(ORIGINAL.replace("1 - -1", "1 -- 1"))).isNotEqualTo(original);
        assertThat(checksum(ORIGINAL.replace("names.get(0)", "names.get(1)"))).isNotEqualTo(original);
        assertThat(checksum(ORIGINAL.replace("int n", "long n"))).isNotEqualTo(original);
    }
}
