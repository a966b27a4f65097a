package io.retort.runtime;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.RetortException;
import org.junit.jupiter.api.Test;

/** Servers that speak PostgreSQL's protocol but whose locks Retort cannot trust are refused by their version(). */
class DistributedSqlTest {
    @Test
    void cockroachIsRefusedWithOneLineNamingItAndWhy() {
        assertThatThrownBy(() -> DistributedSql.refuseUnsupported(
                "CockroachDB CCL v23.1.11 (x86_64-pc-linux-gnu, built 2023/09/27 01:53:43, go1.19.10)", "the database at db"))
                .isInstanceOf(RetortException.class)
                .hasMessage("the database at db is CockroachDB (CockroachDB CCL v23.1.11 (x86_64-pc-linux-gnu, built"
                        + " 2023/09/27 01:53:43, go1.19.10)), which Retort does not support yet: its advisory locks and DDL"
                        + " transactions differ from PostgreSQL's, so a run could apply a revision twice; nothing was changed");
    }

    @Test
    void yugabyteIsRefused() {
        assertThatThrownBy(() -> DistributedSql.refuseUnsupported(
                "PostgreSQL 11.2-YB-2.20.1.0-b0 on x86_64-pc-linux-gnu, compiled by clang", "db"))
                .hasMessageContaining("db is YugabyteDB");
    }

    @Test
    void postgresPasses() {
        assertThatCode(() -> DistributedSql.refuseUnsupported(
                "PostgreSQL 15.4 on x86_64-pc-linux-gnu, compiled by gcc", "db")).doesNotThrowAnyException();
    }
}
