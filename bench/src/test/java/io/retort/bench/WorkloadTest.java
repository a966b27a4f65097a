package io.retort.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    @Test
    void everyTenthRevisionAddsAColumnToTheTableMadeNineRevisionsEarlier() {
        List<Workload.Step> steps = new Workload(20).steps();

        assertThat(steps).hasSize(20);
        assertThat(steps.get(9)).isEqualTo(new Workload.AddColumn(10, "t1", "extra10"));
        assertThat(steps.get(19)).isEqualTo(new Workload.AddColumn(20, "t11", "extra20"));
    }

    @Test
    void eachTableReferencesTheTableCreatedBeforeIt() {
        List<Workload.Step> steps = new Workload(12).steps();

        assertThat(steps.get(0)).isEqualTo(new Workload.CreateTable(1, "t1", null));
        assertThat(steps.get(1)).isEqualTo(new Workload.CreateTable(2, "t2", "t1"));
        assertThat(steps.get(10)).isEqualTo(new Workload.CreateTable(11, "t11", "t9"));
    }

    @Test
    void downgradeUndoesTheIndexBeforeTheTable() {
        Workload.Step step = new Workload(2).steps().get(1);

        assertThat(step.upgradeSql()).hasSize(2);
        assertThat(step.upgradeSql().get(0)).contains("prev_id bigint REFERENCES t1 (id)");
        assertThat(step.downgradeSql()).containsExactly("DROP INDEX ix_t2_name_created_at", "DROP TABLE t2");
    }

    @Test
    void revisionIdsArePaddedToFiveDigits() {
        assertThat(new Workload(10_000).steps().get(9_999).id()).isEqualTo("r10000");
        assertThat(new Workload(1).steps().get(0).id()).isEqualTo("r00001");
    }

    @Test
    void expectedCatalogCountsTablesColumnsIndexesAndForeignKeys() {
        assertThat(new Workload(20).expectedCatalog()).isEqualTo(new Workload.Catalog(18, 18 * 4 - 1 + 2, 36, 17));
    }

    @Test
    void aWorkloadNeedsARevision() {
        assertThatThrownBy(() -> new Workload(0)).hasMessageContaining("at least one revision");
    }
}
