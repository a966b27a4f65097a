package io.retort.graph;

import static io.retort.graph.Fixtures.graph;
import static io.retort.graph.Fixtures.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {

    /** a1 -> a2 -> a3 -> a4, a2 -> b3 (label b). */
    private final RevisionGraph graph = graph(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("a4", "a3"),
            rev("b3", "a2").withBranchLabels("b"));

    private List<String> history(String range, String... current) {
        return graph.history(range, List.of(current)).stream().map(RevisionNode::id).toList();
    }

    @Test
    void everythingNewestFirst() {
        assertThat(history(null)).containsExactly("b3", "a4", "a3", "a2", "a1");
        assertThat(history(":")).containsExactly("b3", "a4", "a3", "a2", "a1");
    }

    @Test
    void ranges() {
        assertThat(history("a2:a4")).containsExactly("a4", "a3", "a2");
        assertThat(history(":a3")).containsExactly("a3", "a2", "a1");
        assertThat(history("a3:")).containsExactly("a4", "a3");
        assertThat(history("a2:")).containsExactly("b3", "a4", "a3", "a2");
        assertThat(history("base:a2")).containsExactly("a2", "a1");
        assertThat(history("b@base:")).containsExactly("b3", "a4", "a3", "a2", "a1");
        assertThat(history(":b@head")).containsExactly("b3", "a2", "a1");
    }

    @Test
    void relativeEnds() {
        assertThat(history("a3:+1")).containsExactly("a4", "a3");
        assertThat(history("a1:+1")).containsExactly("a2", "a1");
        assertThat(history(":a4-2")).containsExactly("a2", "a1");
    }

    @Test
    void relativeStartsCountFromTheHeads() {
        RevisionGraph line = Fixtures.linear(5);
        assertThat(line.history("-2:", List.of())).map(RevisionNode::id).containsExactly("a5", "a4", "a3");
        assertThat(line.history("-1:current", List.of("a4"))).map(RevisionNode::id).containsExactly("a4");
        assertThat(history("current:b@+1", "a2")).containsExactly("b3", "a2");
    }

    @Test
    void current() {
        assertThat(history("current:", "a3")).containsExactly("a4", "a3");
        assertThat(history(":current", "a3", "b3")).containsExactly("b3", "a3", "a2", "a1");
        assertThat(history("current:", new String[0])).containsExactly("b3", "a4", "a3", "a2", "a1");
    }

    @Test
    void errors() {
        assertThatThrownBy(() -> history("a2"))
                .isInstanceOf(GraphException.class)
                .hasMessage("History range 'a2' must be start:end, start: or :end");
        assertThatThrownBy(() -> history("a4:a2"))
                .hasMessage("History range 'a4:a2': a4 is not an ancestor of a2");
        assertThatThrownBy(() -> history("b3:a4"))
                .hasMessageContaining("b3 is not an ancestor of a4");
        assertThatThrownBy(() -> history("zz:"))
                .hasMessageStartingWith("Unknown revision 'zz'");
    }
}
