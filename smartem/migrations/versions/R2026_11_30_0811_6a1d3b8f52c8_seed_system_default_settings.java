import io.retort.Migration;
import io.retort.Revision;
import io.retort.ops.Ops;
import io.retort.ops.TableRef;

import java.util.List;
import java.util.Map;

import static io.retort.ops.TableRef.col;
import static io.retort.ops.Types.*;

/** The system-wide default settings, as a user_preferences row of user {@code system}. */
@Revision(id = "6a1d3b8f52c8", down = "5f0c2a9e41b7", message = "Seed system default settings",
        created = "2026-11-30T08:11:00")
public class R2026_11_30_0811_6a1d3b8f52c8_seed_system_default_settings implements Migration {

    private static final TableRef USER_PREFERENCES = TableRef.table("user_preferences",
            col("user_id", VARCHAR), col("preference_key", VARCHAR), col("preference_value", JSONB));

    @Override
    public void upgrade(Ops op) {
        op.bulkInsert(USER_PREFERENCES, List.of(Map.of(
                "user_id", "system",
                "preference_key", "default_settings",
                "preference_value", Map.of("theme", "light", "page_size", 50))));
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DELETE FROM user_preferences WHERE user_id = ?", "system");
    }
}
