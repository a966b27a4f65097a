package io.retort.script.index;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.retort.Revision;
import io.retort.script.JavaTokens;
import io.retort.script.RevisionHeader;
import io.retort.script.RevisionIds;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * An annotation processor that lists the compilation's {@code @Revision} classes in
 * {@code META-INF/retort/revisions.idx}, so that {@link ClasspathRevisions} can run precompiled
 * revisions without a Java compiler. javac finds it through {@code META-INF/services} when
 * retort-core is on the compile class path (or the processor path); nothing is written when the
 * compilation has no revision. Duplicate ids are left for the revision graph to report.
 */
@SupportedAnnotationTypes("io.retort.Revision")
@SupportedOptions(RevisionIndexProcessor.DISABLE_OPTION)
public final class RevisionIndexProcessor extends AbstractProcessor {
    /** {@code -Aretort.index=false} turns the processor off (for example for test sources). */
    public static final String DISABLE_OPTION = "retort.index";

    private final List<RevisionIndex.Entry> entries = new ArrayList<>();
    private final List<Element> origins = new ArrayList<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if ("false".equals(processingEnv.getOptions().get(DISABLE_OPTION))) {
            return false;
        }
        for (Element element : round.getElementsAnnotatedWith(Revision.class)) {
            if (check(element)) {
                TypeElement type = (TypeElement) element;
                Revision r = type.getAnnotation(Revision.class);
                String className = processingEnv.getElementUtils().getBinaryName(type).toString();
                entries.add(new RevisionIndex.Entry(className, checksum(type), new RevisionHeader(r.id(), List.of(r.down()),
                        List.of(r.branchLabels()), List.of(r.dependsOn()), r.message(), r.created(), r.transactional())));
                origins.add(type);
            }
        }
        if (round.processingOver() && !entries.isEmpty()) {
            write();
        }
        return false;
    }

    /**
     * A class Retort could not run is left out with a warning, not an error: test sources often
     * hold annotated classes that are not meant for an index, and must still compile.
     */
    private boolean check(Element element) {
        Revision r = element.getAnnotation(Revision.class);
        String problem = null;
        if (element.getKind() != ElementKind.CLASS
                || (((TypeElement) element).getNestingKind() != NestingKind.TOP_LEVEL && !element.getModifiers().contains(Modifier.STATIC))) {
            problem = "@Revision must annotate a top-level or static nested class";
        } else if (!element.getModifiers().contains(Modifier.PUBLIC)) {
            problem = "a @Revision class must be public";
        } else if (!implementsMigration(element.asType())) {
            problem = "a @Revision class must implement io.retort.Migration";
        } else if (!RevisionIds.isValid(r.id())) {
            problem = RevisionIds.problem("@Revision id", r.id());
        }
        if (problem != null) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING,
                    problem + "; left out of " + RevisionIndex.RESOURCE, element);
        }
        return problem == null;
    }

    private boolean implementsMigration(TypeMirror type) {
        TypeElement migration = processingEnv.getElementUtils().getTypeElement("io.retort.Migration");
        return migration != null && processingEnv.getTypeUtils().isAssignable(type, migration.asType());
    }

    /** The source's token checksum, when the compiler is javac and shows its sources. */
    private String checksum(TypeElement type) {
        try {
            TreePath path = Trees.instance(processingEnv).getPath(type);
            JavaFileObject file = path.getCompilationUnit().getSourceFile();
            return JavaTokens.of(file.getName(), file.getCharContent(true).toString()).fingerprint();
        } catch (IOException | RuntimeException | LinkageError e) {
            return "";
        }
    }

    private void write() {
        try (Writer out = processingEnv.getFiler()
                .createResource(StandardLocation.CLASS_OUTPUT, "", RevisionIndex.RESOURCE, origins.toArray(Element[]::new))
                .openWriter()) {
            RevisionIndex.write(out, entries);
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "cannot write " + RevisionIndex.RESOURCE + ": " + e.getMessage());
        }
    }
}
