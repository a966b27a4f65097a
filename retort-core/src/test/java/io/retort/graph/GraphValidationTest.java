package io.retort.graph;

import static io.retort.graph.Fixtures.graph;
import static io.retort.graph.Fixtures.rev;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphValidationTest {

    @Test
    void invalidIds() {
        assertThatThrownBy(() -> graph(rev("a-1").withOrigin("v/a-1.java")))
                .isInstanceOf(GraphException.class)
                .hasMessage("Invalid revision id 'a-1' in v/a-1.java: use 1 to 128 letters, digits or '_'");
        assertThatThrownBy(() -> graph(rev("")))
                .hasMessageContaining("Invalid revision id ''");
        assertThatThrownBy(() -> graph(rev("x".repeat(129))))
                .hasMessageContaining("1 to 128");
        assertThatThrownBy(() -> graph(rev("head")))
                .hasMessageContaining("'head'").hasMessageContaining("reserved");
        graph(rev("x".repeat(128)), rev("A_9"));
    }

    @Test
    void duplicateIdsNameBothOrigins() {
        assertThatThrownBy(() -> graph(rev("a1").withOrigin("v/one.java"), rev("a1").withOrigin("v/two.java")))
                .isInstanceOf(GraphException.class)
                .hasMessage("Revision id 'a1' is declared twice, in v/one.java and in v/two.java; give one of them a new id");
    }

    @Test
    void missingDownRevisionNamesTheRevisionAndItsFile() {
        assertThatThrownBy(() -> graph(rev("a1"), rev("b2", "zz").withOrigin("v/b2.java")))
                .isInstanceOf(GraphException.class)
                .hasMessage("Revision 'b2' (v/b2.java) names down revision 'zz', which does not exist; "
                        + "fix its down list or restore the missing revision");
    }

    @Test
    void downRevisionListedTwice() {
        assertThatThrownBy(() -> graph(rev("a1"), rev("b", "a1", "a1")))
                .hasMessageContaining("lists down revision 'a1' twice");
    }

    @Test
    void missingDependency() {
        assertThatThrownBy(() -> graph(rev("a1"), rev("b1").withDependsOn("nope").withOrigin("v/b1.java")))
                .isInstanceOf(GraphException.class)
                .hasMessage("Revision 'b1' (v/b1.java) depends on 'nope', which is neither a revision id nor a "
                        + "branch label; fix its depends_on");
    }

    @Test
    void cyclesArePrinted() {
        assertThatThrownBy(() -> graph(rev("a", "b"), rev("b", "a")))
                .isInstanceOf(GraphException.class)
                .hasMessageStartingWith("Revisions form a cycle: a -> b -> a ");
        assertThatThrownBy(() -> graph(rev("r"), rev("a", "r", "c"), rev("b", "a"), rev("c", "b"), rev("h", "c")))
                .hasMessageContaining("cycle: c -> a -> b -> c");
        assertThatThrownBy(() -> graph(rev("a", "a").withOrigin("v/a.java")))
                .hasMessageStartingWith("Revisions form a cycle: a -> a ")
                .hasMessageEndingWith("break the loop in one of: v/a.java");
    }

    @Test
    void dependencyCyclesAreCycles() {
        assertThatThrownBy(() -> graph(rev("a1").withDependsOn("b2"), rev("b1"), rev("b2", "b1").withDependsOn("a1")))
                .hasMessageContaining("cycle: a1 -> b2 -> a1");
    }

    @Test
    void aLabelOnTwoRevisions() {
        assertThatThrownBy(() -> graph(rev("a1").withBranchLabels("x").withOrigin("v/a1.java"),
                rev("b1").withBranchLabels("x").withOrigin("v/b1.java")))
                .isInstanceOf(GraphException.class)
                .hasMessage("Branch label 'x' is declared by two revisions, 'a1' (v/a1.java) and 'b1' (v/b1.java); "
                        + "a label names one branch, remove it from one of them");
    }

    @Test
    void badLabels() {
        assertThatThrownBy(() -> graph(rev("a1"), rev("b1").withBranchLabels("a1")))
                .hasMessageContaining("Branch label 'a1' on revision 'b1' is also a revision id");
        assertThatThrownBy(() -> graph(rev("a1").withBranchLabels("my@label")))
                .hasMessageContaining("Invalid branch label 'my@label'");
        assertThatThrownBy(() -> graph(rev("a1").withBranchLabels("heads")))
                .hasMessageContaining("Invalid branch label 'heads'");
    }

    @Test
    void theExceptionIsARetortException() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(rev("a", "b"))))
                .isInstanceOf(io.retort.RetortException.class);
    }
}
