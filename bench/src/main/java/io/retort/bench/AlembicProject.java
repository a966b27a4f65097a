package io.retort.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Python Alembic project: {@code versions/} (revision files), {@code env.py} and one
 * {@code <database>.ini} per database it runs against. Python keeps compiled modules in
 * {@code __pycache__} beside {@code env.py} and beside the revisions; a cold run deletes both.
 */
record AlembicProject(Path root) {

    /** Debian's interpreter and Alembic command ({@code bench/setup} installs them). */
    static final String PYTHON = "/usr/bin/python3";
    static final Path COMMAND = Path.of("/usr/bin/alembic");

    /**
     * The online {@code env.py} of Alembic's generic template, without a model: with
     * {@code transaction_per_migration} from the ini (default false). PostgreSQL has
     * transactional DDL, so {@code begin_transaction()} then opens one transaction for the whole
     * run; with it true, each revision runs in its own transaction and the outer block is empty.
     */
    static final String MIGRATION_ENV = """
            from alembic import context
            from sqlalchemy import create_engine

            config = context.config
            per_migration = config.get_main_option("transaction_per_migration", "false") == "true"
            engine = create_engine(config.get_main_option("sqlalchemy.url"))
            with engine.connect() as connection:
                context.configure(connection=connection, target_metadata=None, transaction_per_migration=per_migration)
                with context.begin_transaction():
                    context.run_migrations()
            """;

    Path versions() {
        return root.resolve("versions");
    }

    /** Where Python caches the compiled {@code env.py} and revisions. */
    List<Path> bytecodeCaches() {
        return List.of(root.resolve("__pycache__"), versions().resolve("__pycache__"));
    }

    static String url(String database) {
        return "postgresql+psycopg2://" + Scratch.USER + "@" + Scratch.HOST + ":" + Scratch.PORT + "/" + database;
    }

    /** Writes {@code env.py} with {@code source}, and an empty {@code versions/}. */
    void writeEnvironment(String source) {
        WorkFolder.write(versions().resolve(".keep"), "");
        WorkFolder.write(root.resolve("env.py"), source);
    }

    /** Writes the workload's revisions as {@code versions/<id>_<slug>.py}, each naming the one before. */
    void writeRevisions(Workload workload) {
        writeEnvironment(MIGRATION_ENV);
        String parent = null;
        for (Workload.Step step : workload.steps()) {
            WorkFolder.write(versions().resolve(fileName(step)), revisionSource(step, parent));
            parent = step.id();
        }
    }

    /**
     * Writes {@code <name>.ini} for {@code database}, with {@code options} (key, value pairs)
     * added to its {@code [alembic]} section, and returns its path.
     */
    Path writeConfig(String name, String database, String... options) {
        List<String> lines = new ArrayList<>(List.of("[alembic]", "script_location = " + root.toAbsolutePath(),
                "sqlalchemy.url = " + url(database)));
        for (int i = 0; i < options.length; i += 2) {
            lines.add(options[i] + " = " + options[i + 1]);
        }
        lines.addAll(List.of("",
                "[loggers]", "keys = root", "",
                "[handlers]", "keys = console", "",
                "[formatters]", "keys = generic", "",
                "[logger_root]", "level = WARN", "handlers = console", "qualname =", "",
                "[handler_console]", "class = StreamHandler", "args = (sys.stderr,)", "level = NOTSET", "formatter = generic", "",
                "[formatter_generic]", "format = %(levelname)-5.5s [%(name)s] %(message)s", ""));
        Path ini = root.resolve(name + ".ini");
        WorkFolder.write(ini, String.join("\n", lines));
        return ini;
    }

    /** The ini of a migration run against {@code database}, one transaction per migration or for the run. */
    Path writeMigrationConfig(String database, boolean transactionPerMigration) {
        return writeConfig(database, database, "transaction_per_migration", String.valueOf(transactionPerMigration));
    }

    static String fileName(Workload.Step step) {
        return step.id() + "_" + step.slug() + ".py";
    }

    /** One revision as a user writes it with {@code op.create_table}, {@code op.create_index}, {@code op.add_column}. */
    static String revisionSource(Workload.Step step, String parent) {
        String[] body = step instanceof Workload.CreateTable t ? createTable(t) : addColumn((Workload.AddColumn) step);
        return """
                \"""%s\"""
                import sqlalchemy as sa
                from alembic import op

                revision = %s
                down_revision = %s
                branch_labels = None
                depends_on = None


                def upgrade():
                %s

                def downgrade():
                %s""".formatted(step.message(), quoted(step.id()), parent == null ? "None" : quoted(parent), body[0], body[1]);
    }

    private static String[] createTable(Workload.CreateTable t) {
        List<String> elements = new ArrayList<>(List.of(
                "sa.Column(\"id\", sa.BigInteger(), primary_key=True, autoincrement=False)",
                "sa.Column(\"name\", sa.String(100), nullable=False)",
                "sa.Column(\"created_at\", sa.TIMESTAMP(timezone=True), server_default=sa.text(\"now()\"))"));
        if (t.previousTable() != null) {
            elements.add("sa.Column(\"prev_id\", sa.BigInteger(), sa.ForeignKey(\"" + t.previousTable() + ".id\"))");
        }
        StringBuilder upgrade = new StringBuilder("    op.create_table(\n        \"" + t.table() + "\",\n");
        elements.forEach(e -> upgrade.append("        ").append(e).append(",\n"));
        upgrade.append("    )\n    op.create_index(\"").append(t.index()).append("\", \"").append(t.table())
                .append("\", [\"name\", \"created_at\"])\n");
        String downgrade = "    op.drop_index(\"" + t.index() + "\", table_name=\"" + t.table() + "\")\n"
                + "    op.drop_table(\"" + t.table() + "\")\n";
        return new String[] {upgrade.toString(), downgrade};
    }

    private static String[] addColumn(Workload.AddColumn a) {
        return new String[] {
            "    op.add_column(\"" + a.table() + "\", sa.Column(\"" + a.column() + "\", sa.String(50)))\n",
            "    op.drop_column(\"" + a.table() + "\", \"" + a.column() + "\")\n"
        };
    }

    private static String quoted(String id) {
        return "\"" + id + "\"";
    }

    /** Which Alembic, SQLAlchemy and Python are installed, for the report: {@code Alembic 1.8.1, SQLAlchemy 1.4.46, Python 3.11.2}. */
    static String installed() {
        return python("import alembic, sqlalchemy, sys; "
                + "print('Alembic %s, SQLAlchemy %s, Python %s' % (alembic.__version__, sqlalchemy.__version__, sys.version.split()[0]))")
                .orElse("Alembic: not importable by " + PYTHON);
    }

    /** The row name: {@code Alembic 1.8.1}, or {@code Alembic} when it cannot be imported. */
    static String contenderName() {
        return python("import alembic; print(alembic.__version__)").map(v -> "Alembic " + v).orElse("Alembic");
    }

    private static java.util.Optional<String> python(String code) {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", code).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor() == 0 ? java.util.Optional.of(out) : java.util.Optional.empty();
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }
}
