/**
 * A neutral, immutable model of a database schema ({@link io.retort.schema.DatabaseSchema} →
 * {@link io.retort.schema.SchemaDef} → {@link io.retort.schema.TableDef} → columns, keys,
 * indexes), shared by inspection, comparison and tests. Two models are compared by
 * {@code io.retort.autogen.SchemaDiffer}, the one comparer.
 *
 * <p>Types, defaults, expressions and index definitions are held exactly as PostgreSQL prints them
 * ({@code format_type}, {@code pg_get_expr}, {@code pg_get_indexdef}), so two databases built the
 * same way compare equal without any normalisation on Retort's side. All collections are
 * unmodifiable and sorted by name, except columns, which keep table order.
 */
package io.retort.schema;
