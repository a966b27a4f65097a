package sample.versions;

import io.retort.Migration;
import io.retort.Revision;
import io.retort.ops.Ops;
import static io.retort.ops.Column.column;
import static io.retort.ops.Types.*;

@Revision(id = "001", down = {}, message = "widgets", created = "2026-01-01T00:00:00")
public class R001_widgets implements Migration {
    @Override public void upgrade(Ops op) { op.createTable("widget", column("id", INTEGER).primaryKey(), column("name", TEXT)); }
    @Override public void downgrade(Ops op) { op.dropTable("widget"); }
}
