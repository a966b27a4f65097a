package io.retort.graph;

import static io.retort.graph.Fixtures.graph;
import static io.retort.graph.Fixtures.linear;
import static io.retort.graph.Fixtures.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetResolutionTest {

    /**
     * r -> a1 -> a2 -> a3 (label "acct" on a1), r -> c1 -> c2 (label "cart" on c1), and a second
     * root n1 -> n2 (label "net" on n1).
     */
    private final RevisionGraph graph = graph(rev("r"), rev("a1", "r").withBranchLabels("acct"), rev("a2", "a1"),
            rev("a3", "a2"), rev("c1", "r").withBranchLabels("cart"), rev("c2", "c1"),
            rev("n1").withBranchLabels("net"), rev("n2", "n1"));

    private List<String> resolve(String target, String... current) {
        return graph.resolve(target, List.of(current));
    }

    @Test
    void idsPrefixesAndLabels() {
        assertThat(resolve("a2")).containsExactly("a2");
        assertThat(resolve("n2")).containsExactly("n2");
    }

    @Test
    void uniquePrefixOfAnyLength() {
        RevisionGraph hex = graph(rev("1975ea83b712"), rev("ae1027a6acf", "1975ea83b712"),
                rev("ae2b", "1975ea83b712"));
        assertThat(hex.resolve("1", List.of())).containsExactly("1975ea83b712");
        assertThat(hex.resolve("ae10", List.of())).containsExactly("ae1027a6acf");
        assertThatThrownBy(() -> hex.resolve("ae", List.of()))
                .isInstanceOf(GraphException.class)
                .hasMessage("Revision prefix 'ae' is ambiguous: it matches ae1027a6acf, ae2b; type more characters");
    }

    @Test
    void anExactIdWinsOverALongerOne() {
        RevisionGraph numbered = graph(rev("1"), rev("10", "1"));
        assertThat(numbered.resolve("1", List.of())).containsExactly("1");
    }

    @Test
    void unknownTargetSuggestsHistory() {
        assertThatThrownBy(() -> resolve("zz9"))
                .isInstanceOf(GraphException.class)
                .hasMessage("Unknown revision 'zz9': no revision id, id prefix or branch label matches; run "
                        + "`retort history` to list revisions");
    }

    @Test
    void aBareLabelNamesTheRevisionDeclaringIt() {
        assertThat(resolve("acct")).containsExactly("a1");
    }

    @Test
    void headHeadsAndBase() {
        RevisionGraph single = linear(3);
        assertThat(single.resolve("head", List.of())).containsExactly("a3");
        assertThat(single.resolve("heads", List.of())).containsExactly("a3");
        assertThat(single.resolve("base", List.of())).isEmpty();
        assertThat(resolve("heads")).containsExactly("a3", "c2", "n2");
    }

    @Test
    void headWithSeveralHeadsNamesThemAndSuggestsWhatToDo() {
        assertThatThrownBy(() -> resolve("head"))
                .isInstanceOf(MultipleHeadsException.class)
                .satisfies(e -> assertThat(((MultipleHeadsException) e).heads()).containsExactly("a3", "c2", "n2"))
                .hasMessage("'head' is ambiguous: there are 3 heads (a3, c2, n2); name one (e.g. a3), use 'heads' "
                        + "for all of them, or run `retort merge` to join them");
    }

    @Test
    void branchAtSyntax() {
        assertThat(resolve("cart@head")).containsExactly("c2");
        assertThat(resolve("net@head")).containsExactly("n2");
        assertThat(resolve("a2@head")).containsExactly("a3");
        assertThat(resolve("a2@head")).containsExactly("a3");
        assertThatThrownBy(() -> resolve("a@head")).hasMessageStartingWith("Revision prefix 'a' is ambiguous");
        assertThat(resolve("net@heads")).containsExactly("n2");
        assertThat(resolve("net@base")).isEmpty();
        assertThat(resolve("acct@a2")).containsExactly("a2");
    }

    @Test
    void branchAtHeadsWhenTheBranchSplits() {
        RevisionGraph split = graph(rev("r").withBranchLabels("x"), rev("p", "r"), rev("q", "r"));
        assertThat(split.resolve("x@heads", List.of())).containsExactly("p", "q");
        assertThatThrownBy(() -> split.resolve("x@head", List.of()))
                .hasMessageStartingWith("'x@head' is ambiguous: there are 2 heads (p, q)")
                .hasMessageContaining("use 'x@heads'");
    }

    @Test
    void aRevisionOffTheBranchIsRejected() {
        assertThatThrownBy(() -> resolve("cart@a2"))
                .isInstanceOf(GraphException.class)
                .hasMessage("Revision 'a2' in 'cart@a2' is not on the branch of 'c1': it neither leads to nor descends from it");
        assertThatThrownBy(() -> resolve("nope@head"))
                .hasMessageStartingWith("No branch label or revision 'nope'");
    }

    @Test
    void relativeToCurrent() {
        assertThat(resolve("+1", "a1")).containsExactly("a2");
        assertThat(resolve("+2", "a1")).containsExactly("a3");
        assertThat(resolve("-1", "a3")).containsExactly("a2");
        assertThat(resolve("-4", "a3")).isEmpty(); // base
    }

    @Test
    void relativeFromBase() {
        RevisionGraph single = linear(3);
        assertThat(single.resolve("+1", List.of())).containsExactly("a1");
        assertThat(single.resolve("base+2", List.of())).containsExactly("a2");
    }

    @Test
    void relativeToASymbol() {
        assertThat(resolve("a1+2")).containsExactly("a3");
        assertThat(resolve("a3-2")).containsExactly("a1");
        assertThat(resolve("cart@head-1")).containsExactly("c1");
        assertThat(resolve("net@head-2")).isEmpty();
        assertThat(resolve("cart@r+1")).containsExactly("c1");
    }

    @Test
    void relativeOnABranch() {
        assertThat(resolve("cart@+1", "a3", "c1")).containsExactly("c2");
        assertThat(resolve("cart@-1", "a3", "c2")).containsExactly("c1");
        assertThat(resolve("net@+1", "a3")).containsExactly("n1");
        assertThat(resolve("cart@+1", "a1")).containsExactly("c1");
    }

    @Test
    void headMinusN() {
        RevisionGraph single = linear(5);
        assertThat(single.resolve("head-2", List.of())).containsExactly("a3");
    }

    @Test
    void stepsBeyondHeadOrBase() {
        assertThatThrownBy(() -> resolve("+3", "c1"))
                .isInstanceOf(GraphException.class)
                .hasMessage("Relative target '+3' goes beyond the head: only 1 revision(s) above c1");
        assertThatThrownBy(() -> resolve("-5", "a3"))
                .hasMessage("Relative target '-5' goes below base: a3 has only 4 revision(s) from it down to base");
        assertThatThrownBy(() -> resolve("-1"))
                .hasMessage("Relative target '-1' cannot go down: the database is at base");
        assertThatThrownBy(() -> resolve("+0", "a1"))
                .hasMessageContaining("moves zero steps");
    }

    @Test
    void ambiguousWalks() {
        assertThatThrownBy(() -> resolve("+1", "r"))
                .hasMessage("Relative target '+1' is ambiguous: r branches into a1, c1; name one (e.g. a1) or use <label>@+N");
        assertThatThrownBy(() -> resolve("-1", "a3", "c2"))
                .hasMessage("Relative target '-1' is ambiguous: the database has several heads (a3, c2); name the one "
                        + "to step down from, e.g. a3-1 or c2-1, or use <label>@-1");
        assertThatThrownBy(() -> resolve("+1", "a2", "c1"))
                .hasMessageStartingWith("Relative target '+1' is ambiguous: the database has several heads (a2, c1)");
        RevisionGraph merged = graph(rev("r"), rev("a", "r"), rev("b", "r"), rev("m", "a", "b"));
        assertThatThrownBy(() -> merged.resolve("-1", List.of("m")))
                .isInstanceOf(GraphException.class)
                .hasMessage("Relative target '-1' is ambiguous: m is a merge point of a, b; name the revision to go to "
                        + "instead (e.g. a)");
    }

    @Test
    void aRangeIsNotATarget() {
        assertThatThrownBy(() -> graph.upgrade(List.of(), "a1:a3"))
                .hasMessageStartingWith("Target 'a1:a3' is a range; ranges are for `retort history`");
    }

    @Test
    void emptyTarget() {
        assertThatThrownBy(() -> resolve(" ")).hasMessageStartingWith("Empty target");
    }
}
