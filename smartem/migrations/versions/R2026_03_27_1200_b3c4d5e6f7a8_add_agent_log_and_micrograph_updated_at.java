import io.retort.Migration;
import io.retort.Revision;
import io.retort.ops.Ops;

import static io.retort.ops.Column.column;
import static io.retort.ops.Constraint.*;
import static io.retort.ops.Types.*;

/** Shipped agent log lines, and when a micrograph last changed. */
@Revision(id = "b3c4d5e6f7a8", down = "b2c3d4e5f6a7", message = "Add agent_log table and micrograph.updated_at column",
        created = "2026-03-27T12:00:00")
public class R2026_03_27_1200_b3c4d5e6f7a8_add_agent_log_and_micrograph_updated_at implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable("agentlog",
                column("id", SERIAL).notNull(),
                column("agent_id", VARCHAR).notNull(),
                column("session_id", VARCHAR).notNull(),
                column("timestamp", TIMESTAMP).notNull(),
                column("level", VARCHAR).notNull(),
                column("logger_name", VARCHAR).notNull(),
                column("message", VARCHAR).notNull(),
                column("created_at", TIMESTAMP).notNull(),
                primaryKey("id"));
        op.createIndex("ix_agentlog_agent_id", "agentlog", "agent_id");
        op.createIndex("ix_agentlog_session_id", "agentlog", "session_id");
        op.createIndex("ix_agentlog_timestamp", "agentlog", "timestamp");
        op.createIndex("ix_agentlog_level", "agentlog", "level");
        op.createIndex("ix_agentlog_agent_id_id", "agentlog", "agent_id", "id");

        op.addColumn("micrograph", column("updated_at", TIMESTAMP));
        op.createIndex("ix_micrograph_updated_at", "micrograph", "updated_at");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropIndex("ix_micrograph_updated_at");
        op.dropColumn("micrograph", "updated_at");
        op.dropTable("agentlog");
    }
}
