import io.retort.Migration;
import io.retort.Revision;
import io.retort.ops.Ops;

import static io.retort.ops.Column.column;
import static io.retort.ops.Types.*;

/** What each prediction model may do; existing rows take the defaults. Head of the original chain. */
@Revision(id = "c4d5e6f7a8b9", down = "b3c4d5e6f7a8",
        message = "Add can_train, can_infer, can_update flags to qualitypredictionmodel",
        created = "2026-04-28T11:19:00")
public class R2026_04_28_1119_c4d5e6f7a8b9_add_prediction_model_capability_flags implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.addColumn("qualitypredictionmodel", column("can_train", BOOLEAN).notNull().defaultValue(false));
        op.addColumn("qualitypredictionmodel", column("can_infer", BOOLEAN).notNull().defaultValue(true));
        op.addColumn("qualitypredictionmodel", column("can_update", BOOLEAN).notNull().defaultValue(false));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropColumn("qualitypredictionmodel", "can_update");
        op.dropColumn("qualitypredictionmodel", "can_infer");
        op.dropColumn("qualitypredictionmodel", "can_train");
    }
}
