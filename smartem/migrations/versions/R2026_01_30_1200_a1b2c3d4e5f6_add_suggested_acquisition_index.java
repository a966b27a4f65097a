import io.retort.Migration;
import io.retort.Revision;
import io.retort.ops.Operation.AlterColumn;
import io.retort.ops.Ops;

import static io.retort.ops.Column.column;
import static io.retort.ops.Types.*;

/**
 * A NOT NULL column added the data-safe way: nullable, backfilled with 0, then NOT NULL. (The
 * original file name carries no revision id; this one does.)
 */
@Revision(id = "a1b2c3d4e5f6", down = "87f8c5e11906",
        message = "add suggested_acquisition_index to overall_quality_prediction", created = "2026-01-30T12:00:00")
public class R2026_01_30_1200_a1b2c3d4e5f6_add_suggested_acquisition_index implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.addColumn("overallqualityprediction", column("suggested_acquisition_index", INTEGER));
        op.execute("UPDATE overallqualityprediction SET suggested_acquisition_index = 0 "
                + "WHERE suggested_acquisition_index IS NULL");
        op.alterColumn(AlterColumn.of("overallqualityprediction", "suggested_acquisition_index").nullable(false)
                .existingType(INTEGER).existingNullable(true));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropColumn("overallqualityprediction", "suggested_acquisition_index");
    }
}
