package io.retort.autogen;

import io.retort.dialect.Dialect;
import io.retort.schema.DatabaseSchema;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Reads JPA entities into the neutral schema model, the "desired" side of autogenerate and
 * {@code check}. The entities come from the packages of {@link ModelSettings}, in source folders
 * (compiled in one run and cached by content, like revisions, with the schema read from them) or
 * class folders and jars.
 *
 * <pre>{@code
 * DatabaseSchema desired = dialect.normalize(EntityModel.read(settings, dialect, cacheDir, getClass().getClassLoader()));
 * }</pre>
 *
 * What the reader cannot map (an {@code @ElementCollection}, say) is an error naming the class and
 * field, one line each; nothing is skipped silently.
 */
public final class EntityModel {
    private EntityModel() {}

    /**
     * The schema the entities describe, not yet normalised ({@link Dialect#normalize}).
     *
     * @param cacheDir where compiled entity sources are kept, normally {@code .retort/cache}
     * @param parent the class loader entity classes see: one with jakarta.persistence and Retort
     * @throws io.retort.RetortException when the entities cannot be compiled, found or mapped
     */
    public static DatabaseSchema read(ModelSettings settings, Dialect dialect, Path cacheDir, ClassLoader parent) {
        return readModel(settings, dialect, cacheDir, parent).schema();
    }

    /** As {@link #read}, with the renames the entities declare ({@code @RenamedFrom}). */
    public static ModelSchema readModel(ModelSettings settings, Dialect dialect, Path cacheDir, ClassLoader parent) {
        return readModel(settings, dialect, cacheDir, parent, ToolProvider::getSystemJavaCompiler);
    }

    /** As {@link #readModel}, with the compiler's source; tests count the compiler runs. */
    static ModelSchema readModel(ModelSettings settings, Dialect dialect, Path cacheDir, ClassLoader parent,
            Supplier<JavaCompiler> compilers) {
        Optional<Path> compiled = EntityClasses.compiledSources(settings, cacheDir, parent, compilers);
        if (compiled.isEmpty() || !settings.classpath().isEmpty()) {
            // Class folders and jars change without Retort seeing it: they are read each time.
            return EntityClasses.withEntities(settings, compiled, parent, new EntityReader(dialect)::read);
        }
        ModelSchemaCache cache = ModelSchemaCache.in(compiled.get(), settings, dialect);
        return cache.read().orElseGet(() -> {
            ModelSchema model = EntityClasses.withEntities(settings, compiled, parent, new EntityReader(dialect)::read);
            cache.write(model);
            return model;
        });
    }

    /** The schema of entity classes already loaded, not yet normalised. */
    public static DatabaseSchema of(Dialect dialect, java.util.List<Class<?>> entities) {
        return new EntityReader(dialect).read(entities).schema();
    }
}
