/**
 * Compiles revision source files in process, each on its own, into a cache of class folders keyed
 * by the file's bytes: {@link io.retort.script.compile.RevisionCompiler}. Needs a JDK.
 */
package io.retort.script.compile;
