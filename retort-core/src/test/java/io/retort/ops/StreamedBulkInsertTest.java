package io.retort.ops;

import static io.retort.ops.TableRef.col;
import static io.retort.ops.TableRef.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code bulkInsert} from a row source: read once, row by row, handed on in chunks. */
class StreamedBulkInsertTest {
    private static final TableRef PEOPLE = table("people", col("id", Types.INTEGER), col("name", Types.TEXT));

    /** Counts, at each operation, how many rows the source had given by then. */
    private static final class Collected extends OpsOptionsTest.Collected {
        int rowsRead;
        final List<Integer> rowsReadAtEachRun = new ArrayList<>();

        @Override public void run(Operation operation) {
            super.run(operation);
            rowsReadAtEachRun.add(rowsRead);
        }

        List<Operation.BulkInsert> inserts() {
            return operations.stream().map(Operation.BulkInsert.class::cast).toList();
        }
    }

    @Test
    void rowsAreReadOnceAndHandedOnInChunksOfTenThousand() {
        Collected op = new Collected();
        Iterator<List<Object>> source = IntStream.rangeClosed(1, 25_001)
                .mapToObj(i -> { op.rowsRead++; return Arrays.<Object>asList(i, i % 2 == 0 ? null : "n" + i); }).iterator();

        op.bulkInsert(PEOPLE, List.of("id", "name"), source);

        assertThat(op.inserts()).extracting(i -> i.rows().size()).containsExactly(10_000, 10_000, 5_001);
        assertThat(op.rowsReadAtEachRun).as("never more than one chunk read ahead").containsExactly(10_000, 20_000, 25_001);
        assertThat(op.inserts().get(0).rows().get(0)).containsEntry("id", 1).containsEntry("name", "n1");
        assertThat(op.inserts().get(0).rows().get(1)).containsEntry("id", 2).containsEntry("name", null);
        assertThat(op.inserts().get(2).rows().get(5_000)).containsEntry("id", 25_001);
        assertThat(op.inserts()).allMatch(i -> i.table().equals(PEOPLE));
    }

    @Test
    void anEmptySourceInsertsNothing() {
        Collected op = new Collected();

        op.bulkInsert(PEOPLE, List.of("id", "name"), List.of());

        assertThat(op.inserts()).isEmpty();
    }

    @Test
    void aRowWithTooFewValuesIsNamed() {
        Collected op = new Collected();

        assertThatThrownBy(() -> op.bulkInsert(PEOPLE, List.of("id", "name"), List.of(List.of(1, "a"), List.of(2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bulkInsert into people: row 2 has 1 values for the 2 columns [id, name]");
    }
}
