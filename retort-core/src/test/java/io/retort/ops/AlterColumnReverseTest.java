package io.retort.ops;

import static io.retort.ops.Types.BIGINT;
import static io.retort.ops.Types.INTEGER;
import static org.assertj.core.api.Assertions.assertThat;

import io.retort.ops.Operation.AlterColumn;
import org.junit.jupiter.api.Test;

/** The reverse the README promises: derived from the existing* fields, empty where they are missing. */
class AlterColumnReverseTest {

    @Test
    void undoesEachChangeItKnowsTheEarlierStateOf() {
        AlterColumn alter = AlterColumn.of("grid", "count").type(BIGINT).existingType(INTEGER)
                .nullable(false).existingNullable(true)
                .setDefault(DefaultValue.sql("1")).existingDefault(DefaultValue.sql("0"))
                .comment("how many").existingComment("count")
                .identity(Column.Identity.ALWAYS).existingIdentity(Column.Identity.BY_DEFAULT)
                .rename("total");
        assertThat(alter.reverse()).contains(AlterColumn.of("grid", "total").rename("count")
                .type(INTEGER).existingType(BIGINT)
                .nullable(true).existingNullable(false)
                .setDefault(DefaultValue.sql("0")).existingDefault(DefaultValue.sql("1"))
                .comment("count").existingComment("how many")
                .identity(Column.Identity.BY_DEFAULT).existingIdentity(Column.Identity.ALWAYS));
        assertThat(alter.reverse().orElseThrow().reverse()).contains(alter);
    }

    @Test
    void whatWasAbsentIsRemovedAgain() {
        assertThat(AlterColumn.of("t", "c").setDefault(DefaultValue.sql("now()")).comment("new").identity(Column.Identity.ALWAYS).reverse())
                .contains(AlterColumn.of("t", "c").dropDefault().existingDefault(DefaultValue.sql("now()"))
                        .comment("").existingComment("new").dropIdentity().existingIdentity(Column.Identity.ALWAYS));
    }

    @Test
    void aChangeWhoseEarlierStateIsUnknownHasNoReverse() {
        assertThat(AlterColumn.of("t", "c").type(BIGINT).reverse()).isEmpty();
        assertThat(AlterColumn.of("t", "c").nullable(false).reverse()).isEmpty();
        assertThat(AlterColumn.of("t", "c").dropDefault().reverse()).isEmpty();
        assertThat(AlterColumn.of("t", "c").dropIdentity().reverse()).isEmpty();
        assertThat(AlterColumn.of("t", "c").comment("").reverse()).isEmpty();
    }
}
