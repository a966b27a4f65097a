import io.retort.Migration;
import io.retort.RetortException;
import io.retort.Revision;
import io.retort.ops.DefaultValue;
import io.retort.ops.Operation.AlterColumn;
import io.retort.ops.Ops;

import java.util.List;
import java.util.Map;

import static io.retort.ops.Types.*;

/**
 * Adds REGISTERED to gridsquarestatus: Python's GridSquareStatus has it and the API assigns it, but
 * the migrated database rejected it. The label is committed at once, so later revisions in the same
 * run may use it. PostgreSQL cannot drop an enum label, so the downgrade swaps in a type without it,
 * and refuses while any grid square still holds REGISTERED.
 */
@Revision(id = "7b2e4c9063d9", down = "6a1d3b8f52c8", message = "Add REGISTERED to gridsquarestatus",
        created = "2026-11-30T08:12:00")
public class R2026_11_30_0812_7b2e4c9063d9_add_registered_gridsquare_status implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.nonTransactional(() -> op.addEnumValue("gridsquarestatus", "REGISTERED"));
    }

    @Override
    public void downgrade(Ops op) {
        if (!op.offline()) {
            refuseWhileRegistered(op);
        }
        op.createEnum("gridsquarestatus_new", "NONE", "FOIL_HOLES_DECISION_STARTED", "FOIL_HOLES_DECISION_COMPLETED");
        op.alterColumn(AlterColumn.of("gridsquare", "status").dropDefault());
        op.alterColumn(AlterColumn.of("gridsquare", "status").type(named("gridsquarestatus_new"))
                .using("status::text::gridsquarestatus_new").existingType(named("gridsquarestatus")));
        op.alterColumn(AlterColumn.of("gridsquare", "status").setDefault(DefaultValue.literal("NONE")));
        op.dropEnum("gridsquarestatus");
        // Ops has no enum rename.
        op.execute("ALTER TYPE gridsquarestatus_new RENAME TO gridsquarestatus");
    }

    private static void refuseWhileRegistered(Ops op) {
        List<Map<String, Object>> rows =
                op.query("SELECT count(*) AS n FROM gridsquare WHERE status::text = ?", "REGISTERED");
        long count = ((Number) rows.get(0).get("n")).longValue();
        if (count > 0) {
            throw new RetortException("Revision 7b2e4c9063d9 cannot remove REGISTERED from gridsquarestatus: "
                    + count + " gridsquare row(s) still hold it. Set them to another status first "
                    + "(UPDATE gridsquare SET status = 'NONE' WHERE status = 'REGISTERED'), then downgrade again.");
        }
    }
}
