package io.retort.script;

import io.retort.Migration;
import io.retort.RetortException;
import io.retort.Revision;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/** Turns a loaded revision class into a {@link Migration}, with errors that name the revision. */
public final class MigrationInstantiator {
    private MigrationInstantiator() {}

    /** Loads {@code script}'s class from {@code loader} and instantiates it. */
    public static Migration instantiate(RevisionScript script, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(script.className(), true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new RetortException(script.origin() + ": cannot load class " + script.className() + ": " + e
                    + "; recompile it against this Retort version", e);
        }
        return instantiate(script, type);
    }

    private static Migration instantiate(RevisionScript script, Class<?> type) {
        String where = script.origin() + ": class " + type.getName();
        if (!Migration.class.isAssignableFrom(type)) {
            throw new RetortException(where + " must implement io.retort.Migration");
        }
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null || !revision.id().equals(script.id())) {
            throw new RetortException(where + " carries @Revision id '" + (revision == null ? null : revision.id())
                    + "', not '" + script.id() + "'; rebuild it");
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new RetortException(where + " must not be abstract");
        }
        try {
            return (Migration) type.getConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new RetortException(where + " needs a public constructor without arguments", e);
        } catch (InvocationTargetException e) {
            throw new RetortException(where + ": its constructor failed: " + e.getCause(), e.getCause());
        } catch (InstantiationException e) {
            throw new RetortException(where + " cannot be instantiated: " + e, e);
        }
    }
}
