/**
 * Revisions compiled ahead of time: the annotation processor
 * {@link io.retort.script.index.RevisionIndexProcessor} lists them in
 * {@code META-INF/retort/revisions.idx}, and {@link io.retort.script.index.ClasspathRevisions}
 * reads the index back without a compiler.
 */
package io.retort.script.index;
