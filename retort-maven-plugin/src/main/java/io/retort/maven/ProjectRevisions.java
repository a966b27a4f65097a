package io.retort.maven;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * The revisions the project's own build compiled: present when its classes hold the index that
 * Retort's annotation processor writes. Then they run as precompiled revisions, through a class
 * loader over the project's classes and compile class path; otherwise the goals read the source
 * folders of retort.toml.
 */
final class ProjectRevisions implements AutoCloseable {
    static final String INDEX = "META-INF/retort/revisions.idx";

    private final URLClassLoader loader;

    private ProjectRevisions(URLClassLoader loader) {
        this.loader = loader;
    }

    static ProjectRevisions of(MavenProject project) throws MojoExecutionException {
        if (!Files.isRegularFile(Path.of(project.getBuild().getOutputDirectory(), INDEX))) {
            return new ProjectRevisions(null);
        }
        try {
            List<URL> urls = new ArrayList<>();
            for (String element : project.getCompileClasspathElements()) {
                urls.add(Path.of(element).toUri().toURL());
            }
            // Parent first: io.retort classes come from the plugin, so the project's revisions
            // implement the very Migration interface the plugin's Retort runs.
            return new ProjectRevisions(new URLClassLoader(urls.toArray(URL[]::new), ProjectRevisions.class.getClassLoader()));
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new MojoExecutionException("retort: cannot read the class path of " + project.getId() + ": " + e.getMessage(), e);
        }
    }

    /** The loader of the project's compiled revisions, when it has any. */
    Optional<ClassLoader> loader() {
        return Optional.ofNullable(loader);
    }

    @Override
    public void close() throws IOException {
        if (loader != null) {
            loader.close();
        }
    }
}
