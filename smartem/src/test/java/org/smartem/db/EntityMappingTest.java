package org.smartem.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartem.db.SmartemDatabases.*;

import io.retort.test.MigratedDatabase;
import io.retort.test.RetortDatabase;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The entities describe the migrated database: Hibernate validates every mapping against it
 * ({@code hbm2ddl.auto=validate}), then writes and reads an acquisition down to a micrograph.
 */
@RetortDatabase(config = "retort.toml")
class EntityMappingTest {
    static MigratedDatabase db;
    static SessionFactory sessions;

    @BeforeAll
    static void boot(MigratedDatabase database) {
        db = database;
        Configuration configuration = new Configuration()
                // Enum and jsonb values travel as untyped text, which PostgreSQL casts to the column's type.
                .setProperty("hibernate.connection.url", db.url() + "&stringtype=unspecified")
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .setProperty("hibernate.connection.pool_size", "1");
        entityClasses().forEach(configuration::addAnnotatedClass);
        sessions = configuration.buildSessionFactory();
    }

    @AfterAll
    static void close() {
        if (sessions != null) {
            sessions.close();
        }
    }

    /** The @Entity classes of org.smartem.db, read from the folder its classes were loaded from, by name. */
    static List<Class<?>> entityClasses() {
        try (Stream<Path> files = Files.list(Path.of(Acquisition.class.getResource("Acquisition.class").toURI()).getParent())) {
            List<Class<?>> entities = new ArrayList<>();
            for (String file : files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".class")).sorted().toList()) {
                Class<?> type = Class.forName("org.smartem.db." + file.substring(0, file.length() - ".class".length()));
                if (type.isAnnotationPresent(Entity.class)) {
                    entities.add(type);
                }
            }
            return entities;
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyTableAtHeadHasAnEntity() {
        int tables = inspect(db).tables().size();
        assertThat(tables).isEqualTo(27);
        assertThat(entityClasses()).hasSize(tables);
        assertThat(sessions.getMetamodel().getEntities()).hasSize(tables);
    }

    @Test
    void writesAndReadsAnAcquisitionDownToAMicrograph() {
        sessions.inTransaction(session -> {
            Acquisition acquisition = new Acquisition();
            acquisition.setUuid("acq-1");
            acquisition.setInstrumentModel("Krios");
            Grid grid = new Grid();
            grid.setUuid("grid-1");
            grid.setName("Grid_1");
            grid.setAcquisition(acquisition);
            GridSquare square = new GridSquare();
            square.setUuid("gs-1");
            square.setGrid(grid);
            square.setStatus(GridSquareStatus.REGISTERED);
            FoilHole hole = new FoilHole();
            hole.setUuid("fh-1");
            hole.setGridSquare(square);
            Micrograph micrograph = new Micrograph();
            micrograph.setUuid("mic-1");
            micrograph.setFoilHole(hole);
            micrograph.setStatus(MicrographStatus.CTF_COMPLETED);
            micrograph.setUpdatedAt(LocalDateTime.of(2026, 11, 30, 9, 0));
            session.persist(acquisition);
            session.persist(grid);
            session.persist(square);
            session.persist(hole);
            session.persist(micrograph);
        });

        sessions.inSession(session -> {
            Micrograph micrograph = session.find(Micrograph.class, "mic-1");
            assertThat(micrograph.getStatus()).isEqualTo(MicrographStatus.CTF_COMPLETED);
            GridSquare square = micrograph.getFoilHole().getGridSquare();
            assertThat(square.getStatus()).isEqualTo(GridSquareStatus.REGISTERED);
            assertThat(square.getGrid().getAcquisition().getName()).isEqualTo("Unknown");
            assertThat(square.getGrid().getAcquisition().getStatus()).isEqualTo(AcquisitionStatus.PLANNED);
            assertThat(square.getFoilHoles()).extracting(FoilHole::getUuid).containsExactly("fh-1");
        });
        assertThat(column(db, "SELECT status FROM gridsquare")).containsExactly("REGISTERED");
    }

    @Test
    void writesJsonbAndReadsItBack() {
        sessions.inTransaction(session -> {
            QualityPredictionModel model = session.find(QualityPredictionModel.class, "R2-D2");
            assertThat(model.getCanInfer()).isTrue();
            AgentSession agentSession = new AgentSession();
            agentSession.setSessionId("session-1");
            agentSession.setAgentId("agent-1");
            agentSession.setExperimentalParameters("{\"dose\": 40}");
            session.persist(agentSession);
        });
        assertThat(column(db, "SELECT experimental_parameters->>'dose' FROM agentsession")).containsExactly("40");
        sessions.inSession(session -> assertThat(session.createSelectionQuery(
                        "from UserPreference where userId = 'system'", UserPreference.class).getSingleResult().getPreferenceValue())
                .contains("\"page_size\": 50"));
    }
}
