import io.retort.Migration;
import io.retort.Revision;
import io.retort.ops.Operation.CreateIndex;
import io.retort.ops.Ops;

/**
 * Two btree indexes for time-range queries. The original file is dated before its parent 001
 * (the chain was consolidated after the fact); order comes from {@code down}, never from dates.
 * 87f8c5e11906 drops both again.
 */
@Revision(id = "002", down = "001", message = "Add composite index for acquisition datetime queries",
        created = "2025-01-11T14:31:00")
public class R2025_01_11_1431_002_add_acquisition_time_index implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createIndex(CreateIndex.on("idx_gridsquare_acquisition_datetime_status", "gridsquare",
                "acquisition_datetime", "status").using("btree"));
        op.createIndex(CreateIndex.on("idx_micrograph_acquisition_datetime", "micrograph",
                "acquisition_datetime").using("btree"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropIndex("idx_micrograph_acquisition_datetime");
        op.dropIndex("idx_gridsquare_acquisition_datetime_status");
    }
}
