import io.retort.Migration;
import io.retort.Revision;
import io.retort.ops.Ops;

import static io.retort.ops.Column.column;
import static io.retort.ops.Constraint.*;
import static io.retort.ops.Types.*;

/** Foil-hole groups, their shared predictions (history and current) and weight tracking columns. */
@Revision(id = "b2c3d4e5f6a7", down = "a1b2c3d4e5f6", message = "add foilhole groups and prediction weight tracking",
        created = "2026-03-20T00:01:00")
public class R2026_03_20_0001_b2c3d4e5f6a7_add_foilhole_groups_and_prediction_weight_tracking implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable("foilholegroup",
                column("uuid", VARCHAR).notNull(),
                column("grid_uuid", VARCHAR).notNull(),
                column("name", VARCHAR),
                foreignKey("grid_uuid", "grid", "uuid"),
                primaryKey("uuid"));

        op.createTable("foilholegroupmembership",
                column("group_uuid", VARCHAR).notNull(),
                column("foilhole_uuid", VARCHAR).notNull(),
                foreignKey("group_uuid", "foilholegroup", "uuid"),
                foreignKey("foilhole_uuid", "foilhole", "uuid"),
                primaryKey("group_uuid", "foilhole_uuid"));

        op.createTable("qualitygroupprediction",
                column("id", SERIAL).notNull(),
                column("timestamp", TIMESTAMP).notNull(),
                column("group_uuid", VARCHAR).notNull(),
                column("grid_uuid", VARCHAR).notNull(),
                column("value", DOUBLE).notNull(),
                column("prediction_model_name", VARCHAR).notNull(),
                column("metric_name", VARCHAR),
                foreignKey("group_uuid", "foilholegroup", "uuid"),
                foreignKey("grid_uuid", "grid", "uuid"),
                foreignKey("prediction_model_name", "qualitypredictionmodel", "name"),
                foreignKey("metric_name", "qualitymetric", "name"),
                primaryKey("id"));

        op.createTable("currentqualitygroupprediction",
                column("id", SERIAL).notNull(),
                column("group_uuid", VARCHAR).notNull(),
                column("grid_uuid", VARCHAR).notNull(),
                column("value", DOUBLE).notNull(),
                column("prediction_model_name", VARCHAR).notNull(),
                column("metric_name", VARCHAR),
                foreignKey("group_uuid", "foilholegroup", "uuid"),
                foreignKey("grid_uuid", "grid", "uuid"),
                foreignKey("prediction_model_name", "qualitypredictionmodel", "name"),
                foreignKey("metric_name", "qualitymetric", "name"),
                primaryKey("id"));

        op.addColumn("qualitypredictionmodelweight", column("prediction_value", DOUBLE));
        op.addColumn("qualitypredictionmodelweight", column("quality_score", DOUBLE));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropColumn("qualitypredictionmodelweight", "quality_score");
        op.dropColumn("qualitypredictionmodelweight", "prediction_value");
        op.dropTable("currentqualitygroupprediction");
        op.dropTable("qualitygroupprediction");
        op.dropTable("foilholegroupmembership");
        op.dropTable("foilholegroup");
    }
}
