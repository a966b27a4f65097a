package io.retort.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code check} comparison's schema: {@code tables} tables {@code c<i>}, each with a bigint
 * primary key, a {@code varchar(100) NOT NULL} name with an index, an integer, a boolean, a
 * timestamp, a column of the native enum {@code ck_state}, and a {@code prev_id} column with a
 * foreign key to the table before it, except for every tenth table ({@code c1}, {@code c11}, ...):
 * chains of ten, because SQLAlchemy reflects a referenced table recursively and a chain of
 * a thousand exceeds Python's recursion limit. It is written three ways that mean the same schema: the SQL that creates it, JPA entities
 * for Retort's {@code [model]}, and SQLAlchemy models with an Alembic environment.
 */
record CheckWorkload(int tables) {
    static final String ENUM = "ck_state";
    static final List<String> LABELS = List.of("NEW", "ACTIVE", "DONE");
    static final String PACKAGE = "bench.model";

    CheckWorkload {
        if (tables < 1) {
            throw new IllegalArgumentException("the check workload needs at least one table, not " + tables);
        }
    }

    /** Whether {@code c<i>} has a foreign key to {@code c<i-1>}. */
    static boolean references(int i) {
        return i % 10 != 1;
    }

    static String table(int i) {
        return "c" + i;
    }

    private static String index(int i) {
        return "ix_" + table(i) + "_name";
    }

    /** The statements that create the schema, for {@code psql -1 -f}. */
    String createSql() {
        StringBuilder out = new StringBuilder("CREATE TYPE " + ENUM + " AS ENUM ("
                + LABELS.stream().map(l -> "'" + l + "'").collect(Collectors.joining(", ")) + ");\n");
        for (int i = 1; i <= tables; i++) {
            out.append("CREATE TABLE ").append(table(i)).append(" (\n")
                    .append("    id bigint PRIMARY KEY,\n")
                    .append("    name varchar(100) NOT NULL,\n")
                    .append("    quantity integer,\n")
                    .append("    active boolean NOT NULL,\n")
                    .append("    created_at timestamp,\n")
                    .append("    state ").append(ENUM).append(",\n")
                    .append("    prev_id bigint").append(references(i) ? " REFERENCES " + table(i - 1) + " (id)" : "").append("\n);\n")
                    .append("CREATE INDEX ").append(index(i)).append(" ON ").append(table(i)).append(" (name);\n");
        }
        return out.toString();
    }

    /** Writes one entity class per table and the enum into {@code sources} (a source root). */
    void writeEntities(Path sources) {
        Path folder = sources.resolve(PACKAGE.replace('.', '/'));
        WorkFolder.write(folder.resolve("CheckState.java"),
                "package " + PACKAGE + ";\n\npublic enum CheckState { " + String.join(", ", LABELS) + " }\n");
        for (int i = 1; i <= tables; i++) {
            WorkFolder.write(folder.resolve(entityClass(i) + ".java"), entitySource(i));
        }
    }

    static String entityClass(int i) {
        return "C" + i;
    }

    static String entitySource(int i) {
        String prev = references(i)
                ? "    @ManyToOne\n    @JoinColumn(name = \"prev_id\")\n    private " + entityClass(i - 1) + " prev;\n"
                : "    @Column(name = \"prev_id\")\n    private Long prevId;\n";
        return """
                package %s;

                import io.retort.entity.DbEnum;
                import jakarta.persistence.Column;
                import jakarta.persistence.Entity;
                import jakarta.persistence.EnumType;
                import jakarta.persistence.Enumerated;
                import jakarta.persistence.Id;
                import jakarta.persistence.Index;
                import jakarta.persistence.JoinColumn;
                import jakarta.persistence.ManyToOne;
                import jakarta.persistence.Table;
                import java.time.LocalDateTime;

                @Entity
                @Table(name = "%s", indexes = @Index(name = "%s", columnList = "name"))
                public class %s {
                    @Id
                    @Column(name = "id", nullable = false)
                    private Long id;

                    @Column(name = "name", length = 100, nullable = false)
                    private String name;

                    @Column(name = "quantity")
                    private Integer quantity;

                    @Column(name = "active", nullable = false)
                    private boolean active;

                    @Column(name = "created_at")
                    private LocalDateTime createdAt;

                    @Enumerated(EnumType.STRING)
                    @DbEnum(name = "%s")
                    @Column(name = "state", columnDefinition = "%s")
                    private CheckState state;

                %s}
                """.formatted(PACKAGE, table(i), index(i), entityClass(i), ENUM, ENUM, prev);
    }

    /** The SQLAlchemy declarative models of every table, as one module. */
    String sqlalchemyModels() {
        StringBuilder out = new StringBuilder("""
                from sqlalchemy import BigInteger, Boolean, Column, DateTime, Enum, ForeignKey, Index, Integer, String
                from sqlalchemy.orm import declarative_base

                Base = declarative_base()
                STATE = Enum(%s, name="%s")
                """.formatted(LABELS.stream().map(l -> "\"" + l + "\"").collect(Collectors.joining(", ")), ENUM));
        for (int i = 1; i <= tables; i++) {
            String foreignKey = references(i) ? ", ForeignKey(\"" + table(i - 1) + ".id\")" : "";
            out.append("\n\nclass ").append(entityClass(i)).append("(Base):\n")
                    .append("    __tablename__ = \"").append(table(i)).append("\"\n")
                    .append("    __table_args__ = (Index(\"").append(index(i)).append("\", \"name\"),)\n")
                    .append("    id = Column(BigInteger, primary_key=True, autoincrement=False)\n")
                    .append("    name = Column(String(100), nullable=False)\n")
                    .append("    quantity = Column(Integer)\n")
                    .append("    active = Column(Boolean, nullable=False)\n")
                    .append("    created_at = Column(DateTime)\n")
                    .append("    state = Column(STATE)\n")
                    .append("    prev_id = Column(BigInteger").append(foreignKey).append(")\n");
        }
        return out.toString();
    }

    /**
     * An Alembic environment in {@code project} comparing {@code models.py} with {@code database}:
     * {@code env.py} (online mode, {@code compare_type=True} so types are compared as Retort
     * compares them), a minimal {@code script.py.mako}, an empty {@code versions/} and
     * {@code alembic.ini}. Returns the ini file.
     */
    Path writeAlembic(AlembicProject project, String database) {
        Path folder = project.root();
        WorkFolder.write(folder.resolve("models.py"), sqlalchemyModels());
        project.writeEnvironment("""
                import os
                import sys

                from alembic import context
                from sqlalchemy import create_engine

                sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
                import models  # noqa: E402

                engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
                with engine.connect() as connection:
                    context.configure(connection=connection, target_metadata=models.Base.metadata, compare_type=True)
                    with context.begin_transaction():
                        context.run_migrations()
                """);
        WorkFolder.write(folder.resolve("script.py.mako"), """
                \"""${message}\"""
                ${imports if imports else ""}
                revision = ${repr(up_revision)}
                down_revision = ${repr(down_revision)}
                branch_labels = None
                depends_on = None


                def upgrade():
                    ${upgrades if upgrades else "pass"}


                def downgrade():
                    ${downgrades if downgrades else "pass"}
                """);
        return project.writeConfig("alembic", database);
    }

    /**
     * The operations in a revision file Alembic's autogenerate wrote: the lines of
     * {@code upgrade()} other than comments and {@code pass}; empty when it found no difference.
     */
    static List<String> operations(String revisionFile) {
        int start = revisionFile.indexOf("def upgrade():");
        int end = revisionFile.indexOf("def downgrade():");
        if (start < 0 || end < start) {
            return List.of("(no upgrade() in the file)");
        }
        List<String> out = new ArrayList<>();
        for (String line : revisionFile.substring(start + "def upgrade():".length(), end).split("\n")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#") && !s.equals("pass")) {
                out.add(s);
            }
        }
        return out;
    }
}
