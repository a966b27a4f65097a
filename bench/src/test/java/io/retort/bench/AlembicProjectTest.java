package io.retort.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlembicProjectTest {
    private static final Workload WORKLOAD = new Workload(12);

    @Test
    void revisionsUseTheOperationsAUserWritesAndNameThePreviousRevision() {
        List<Workload.Step> steps = WORKLOAD.steps();

        String first = AlembicProject.revisionSource(steps.get(0), null);
        String second = AlembicProject.revisionSource(steps.get(1), steps.get(0).id());
        String tenth = AlembicProject.revisionSource(steps.get(9), steps.get(8).id());

        assertThat(first).contains("revision = \"r00001\"\ndown_revision = None\n")
                .contains("op.create_table(\n        \"t1\",\n").contains("op.create_index(\"ix_t1_name_created_at\", \"t1\", [\"name\", \"created_at\"])")
                .doesNotContain("prev_id");
        assertThat(second).contains("revision = \"r00002\"\ndown_revision = \"r00001\"\n")
                .contains("sa.Column(\"prev_id\", sa.BigInteger(), sa.ForeignKey(\"t1.id\"))");
        assertThat(tenth).contains("op.add_column(\"t1\", sa.Column(\"extra10\", sa.String(50)))")
                .contains("op.drop_column(\"t1\", \"extra10\")");
    }

    @Test
    void everyFileCompilesAndAlembicSeesOneChainFromBaseToTheLastRevision(@TempDir Path temp) throws Exception {
        InstalledPrograms.assumeAlembic();
        AlembicProject project = new AlembicProject(temp.resolve("alembic"));
        project.writeRevisions(WORKLOAD);
        List<String> compile = new ArrayList<>(List.of(AlembicProject.PYTHON, "-m", "py_compile", project.root().resolve("env.py").toString()));
        try (Stream<Path> files = Files.list(project.versions())) {
            files.filter(f -> f.toString().endsWith(".py")).map(Path::toString).sorted().forEach(compile::add);
        }
        assertThat(compile).hasSize(4 + 12);
        InstalledPrograms.output(compile);

        Path ini = project.writeMigrationConfig("not_connected", true);
        assertThat(InstalledPrograms.output(AlembicCli.command(ini, "heads")).strip()).isEqualTo("r00012 (head)");
        String history = InstalledPrograms.output(AlembicCli.command(ini, "history"));
        assertThat(history.lines()).hasSize(12).first().asString().startsWith("r00011 -> r00012 (head)");
        assertThat(history.lines().reduce((a, b) -> b)).hasValueSatisfying(last -> assertThat(last).startsWith("<base> -> r00001"));
    }

    @Test
    void upgradeBuildsTheWorkloadsCatalogAndDowngradeToBaseRemovesIt(@TempDir Path temp) throws Exception {
        InstalledPrograms.assumeAlembic();
        AlembicProject project = new AlembicProject(temp.resolve("alembic"));
        project.writeRevisions(WORKLOAD);
        try (TestDatabase db = TestDatabase.create(AlembicProjectTest.class)) {
            for (boolean perMigration : List.of(false, true)) {
                Path ini = project.writeMigrationConfig(db.name(), perMigration);

                InstalledPrograms.output(AlembicCli.command(ini, "upgrade", "head"));
                assertThat(Scratch.catalog(db.name())).isEqualTo(WORKLOAD.expectedCatalog());
                assertThat(InstalledPrograms.output(AlembicCli.command(ini, "current"))).contains("r00012 (head)");

                InstalledPrograms.output(AlembicCli.command(ini, "downgrade", "base"));
                assertThat(Scratch.catalog(db.name())).isEqualTo(new Workload.Catalog(0, 0, 0, 0));
            }
        }
    }

    @Test
    void aColdRunDeletesTheBytecodeBesideEnvPyAndTheRevisions(@TempDir Path temp) {
        AlembicProject project = new AlembicProject(temp);
        AlembicCli alembic = new AlembicCli("Alembic", project, false);

        List<Invocation> oneTransaction = alembic.commands(Case.FRESH_UPGRADE_ONE_TRANSACTION, "db");

        assertThat(oneTransaction).extracting(Invocation::label).containsExactly(
                "alembic upgrade head (cold, no __pycache__, one transaction: begin_transaction())",
                "alembic upgrade head (warm __pycache__, one transaction: begin_transaction())");
        assertThat(oneTransaction.get(0).clearFirst()).containsExactly(temp.resolve("__pycache__"), temp.resolve("versions").resolve("__pycache__"));
        assertThat(oneTransaction.get(1).clearFirst()).isEmpty();
        assertThat(alembic.commands(Case.FRESH_UPGRADE, "db").get(0).label()).contains("transaction_per_migration=True");
    }
}
