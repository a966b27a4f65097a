/**
 * {@code retort.toml}: the project's settings and its database environments. Read it with
 * {@link io.retort.config.RetortConfig#load(java.nio.file.Path)} and pick an environment with
 * {@link io.retort.config.RetortConfig#environment(String, java.util.Map, String)}.
 */
package io.retort.config;
