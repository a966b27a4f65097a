package io.retort;

import io.retort.script.authoring.RevisionRequest;

/**
 * What {@code retort revision --autogenerate} asks for.
 *
 * @param revision the new revision's message, id, head and labels, as for a hand-written one
 * @param allowEmpty write a revision even when the model and the database match
 * @param fromRevisions compare with a scratch database the revisions are replayed into, instead of the environment's
 */
public record AutogenRequest(RevisionRequest revision, boolean allowEmpty, boolean fromRevisions) {}
