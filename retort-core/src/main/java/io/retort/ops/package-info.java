/** The operations a migration calls, as immutable values, and the {@link io.retort.ops.Ops} object that runs them. */
package io.retort.ops;
