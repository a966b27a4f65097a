/**
 * New revision files: {@link io.retort.script.authoring.RevisionAuthoring} places a
 * {@link io.retort.script.authoring.RevisionRequest} on the graph and
 * {@link io.retort.script.authoring.RevisionWriter} fills the project's template; also
 * {@code retort init}.
 */
package io.retort.script.authoring;
