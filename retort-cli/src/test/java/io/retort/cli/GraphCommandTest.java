package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.graph.RevisionGraph;
import io.retort.graph.RevisionNode;
import io.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code retort graph}: text like git log --graph, DOT and SVG; current revisions from a real database. */
class GraphCommandTest {
    static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:9/nothing";
    @TempDir static Path project;
    @TempDir Path out;
    static TestDatabase db;

    @BeforeAll
    static void setUp() throws IOException {
        db = TestDatabase.create(GraphCommandTest.class);
        BranchedProject.write(project);
        assertThat(CliRun.in(project, db.url(), "upgrade", "m").exitCode()).isZero();
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void textMarksTheCurrentRevision() {
        CliRun run = CliRun.in(project, db.url(), "graph");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(
                "* d (head) revision d",
                "* m (mergepoint) (current) revision m",
                "|\\",
                "| * c revision c",
                "* | b (feature) revision b",
                "|/",
                "* a (branchpoint) revision a");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void offlineReadsNoDatabase() {
        CliRun run = CliRun.in(project, UNREACHABLE, "graph", "--offline");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("* d (head) revision d\n").doesNotContain("current");
    }

    @Test
    void anUnreachableDatabaseIsANoteNotAFailure() {
        CliRun run = CliRun.in(project, UNREACHABLE, "graph");
        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("retort: note: current revisions not marked (").endsWith("--offline skips the database");
        assertThat(run.out()).contains("* a (branchpoint) revision a");
    }

    @Test
    void dotToAFile() throws IOException {
        Path file = out.resolve("g.dot");
        CliRun run = CliRun.in(project, db.url(), "graph", "--format", "dot", "-o", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Wrote the graph of 5 revision(s) to " + file);
        String dot = Files.readString(file);
        assertThat(dot).startsWith("digraph retort {").endsWith("}\n")
                .contains("\"b\" [label=\"b (feature)\\nrevision b\"];")
                .contains("\"m\" [label=\"m\\nrevision m\", style=filled, fillcolor=\"#ffe08a\"];")
                .contains("\"d\" [label=\"d\\nrevision d\", style=bold];")
                .contains("\"b\" -> \"m\";", "\"c\" -> \"m\";", "\"a\" -> \"b\";");
    }

    @Test
    void svgIsWellFormedWithOneBoxPerRevisionInLayers() throws Exception {
        Path file = out.resolve("g.svg");
        CliRun run = CliRun.in(project, db.url(), "graph", "--format", "svg", "-o", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(5);
        assertThat(svg.getElementsByTagName("line").getLength()).isEqualTo(5);
        String text = Files.readString(file);
        assertThat(text).contains("class=\"revision head\"", "class=\"revision current\"", ">b (feature)</text>");
        // b and c share a layer: same height, side by side; a (the base) is lowest, d (the head) highest.
        assertThat(y(text, "b")).isEqualTo(y(text, "c"));
        assertThat(y(text, "a")).isGreaterThan(y(text, "b"));
        assertThat(y(text, "m")).isLessThan(y(text, "b")).isGreaterThan(y(text, "d"));
        // a stands over its two children, m over its two parents.
        assertThat(x(text, "a")).isGreaterThan(x(text, "b")).isLessThan(x(text, "c"));
        assertThat(x(text, "m")).isEqualTo(x(text, "a"));
    }

    private static int y(String svg, String title) {
        return Integer.parseInt(textAt(svg, title).group(2));
    }

    private static int x(String svg, String title) {
        return Integer.parseInt(textAt(svg, title).group(1));
    }

    private static java.util.regex.Matcher textAt(String svg, String title) {
        var m = java.util.regex.Pattern.compile("x=\"(\\d+)\" y=\"(\\d+)\" font-weight=\"bold\">" + title + "[ <]").matcher(svg);
        assertThat(m.find()).as(title).isTrue();
        return m;
    }

    @Test
    void anUnwritableOutputIsOneLine() {
        Path file = out.resolve("no/such/folder/g.svg");
        CliRun run = CliRun.in(project, UNREACHABLE, "graph", "--offline", "--format", "svg", "-o", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("retort: error: cannot write " + file);
    }

    @Test
    void separateRootsAreSetApartAndMergesOfThreeFanOut() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionNode.of("x"), RevisionNode.of("y", "x"),
                RevisionNode.of("a"), RevisionNode.of("b", "a"), RevisionNode.of("c", "a"), RevisionNode.of("e", "a"),
                RevisionNode.of("m", "b", "c", "e")));
        List<String> rows = GraphLanes.draw(graph, RevisionNode::id);
        assertThat(String.join("\n", rows)).contains("* x\n\n*").contains("* m\n|\\\n| |\\\n");
        assertThat(rows.stream().filter(r -> r.contains("*")).count()).isEqualTo(7);
        assertThat(rows.get(rows.size() - 1)).endsWith("* a");
    }

    @Test
    void colourMarksHeadsAndCurrentOnlyWhenOn() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionNode.of("a"), RevisionNode.of("b", "a")));
        var coloured = new RevisionText(graph, List.of("a"), new TerminalColour(true));
        assertThat(coloured.graphLine(graph.find("b").orElseThrow())).isEqualTo("b (\u001b[32mhead\u001b[0m)");
        assertThat(coloured.graphLine(graph.find("a").orElseThrow())).isEqualTo("a (\u001b[1;33mcurrent\u001b[0m)");
        assertThat(new RevisionText(graph, List.of("a"), TerminalColour.NONE).graphLine(graph.find("a").orElseThrow()))
                .isEqualTo("a (current)");
    }
}
