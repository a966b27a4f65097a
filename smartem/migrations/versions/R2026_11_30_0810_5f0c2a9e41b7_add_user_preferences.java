import io.retort.Migration;
import io.retort.Revision;
import io.retort.ops.Ops;

import static io.retort.ops.Column.column;
import static io.retort.ops.Constraint.*;
import static io.retort.ops.Types.*;

/**
 * Per-user preferences, the table of the project's migration guide. The guide declares {@code id}
 * as a plain Integer primary key, which SQLAlchemy creates as SERIAL on PostgreSQL (an integer with
 * an owned sequence), so rows get ids without naming them; this revision does the same.
 */
@Revision(id = "5f0c2a9e41b7", down = "c4d5e6f7a8b9", message = "Add user preferences",
        created = "2026-11-30T08:10:00")
public class R2026_11_30_0810_5f0c2a9e41b7_add_user_preferences implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable("user_preferences",
                column("id", SERIAL).notNull(),
                column("user_id", VARCHAR).notNull(),
                column("preference_key", varchar(255)).notNull(),
                column("preference_value", JSONB),
                primaryKey("id"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("user_preferences");
    }
}
