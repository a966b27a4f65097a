package sample.versions;

import io.retort.Migration;
import io.retort.Revision;
import io.retort.ops.Ops;
import static io.retort.ops.Column.column;
import static io.retort.ops.Types.*;

@Revision(id = "002", down = {"001"}, message = "widget colour", created = "2026-01-02T00:00:00")
public class R002_widget_colour implements Migration {
    @Override public void upgrade(Ops op) { op.addColumn("widget", column("colour", TEXT)); }
    @Override public void downgrade(Ops op) { op.dropColumn("widget", "colour"); }
}
