import io.retort.Migration;
import io.retort.Revision;
import io.retort.ops.Ops;

/**
 * Seeds four demo prediction models, each only when no row of that name exists, so running it
 * over a database that already has them changes nothing. The check is in the INSERT itself
 * (ON CONFLICT on the primary key, name), not a read first, so offline SQL passes through it.
 */
@Revision(id = "003", down = "002", message = "Add SciFi robot prediction models test data",
        created = "2025-09-18T16:30:00")
public class R2025_09_18_1630_003_add_scifi_robot_prediction_models implements Migration {

    /** Name → description, in insertion order. */
    private static final String[][] MODELS = {
            {"R2-D2", "A sassy trash can on wheels who speaks only in beeps but somehow "
                    + "always has the last word in every argument."},
            {"Claptrap", "An overly enthusiastic one-wheeled model which never stops talking "
                    + "and considers stairs to be it's greatest nemesis in the universe."},
            {"WALL-E", "A lonely garbage-compacting model which falls in love and accidentally "
                    + "saves humanity while pursuing it's passion for collecting shiny objects."},
            {"Bender", "A beer-guzzling, cigar-smoking model which dreams of becoming a folk "
                    + "singer but settles for petty theft and making sarcastic comments about humans."},
    };

    @Override
    public void upgrade(Ops op) {
        for (String[] model : MODELS) {
            op.execute("INSERT INTO qualitypredictionmodel (name, description) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                    model[0], model[1]);
        }
    }

    @Override
    public void downgrade(Ops op) {
        for (String[] model : MODELS) {
            op.execute("DELETE FROM qualitypredictionmodel WHERE name = ?", model[0]);
        }
    }
}
