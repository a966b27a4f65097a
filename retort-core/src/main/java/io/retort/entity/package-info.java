/**
 * Mapping annotations for the database facts JPA has no word for. They sit next to
 * {@code jakarta.persistence} annotations on entity classes, are kept at run time, and change
 * nothing in how a JPA provider maps an entity: they tell Retort (and readers) what the database
 * really holds, so that an entity can describe a schema fully — a native enum type, a jsonb column,
 * an unbounded varchar, a server default, the data type of a serial column's sequence, an index's
 * method and WHERE condition, CHECK constraints, comments, ON DELETE and ON UPDATE, and renames.
 * Retort's model reader ({@code io.retort.autogen.EntityModel}) reads them.
 *
 * <pre>{@code
 * @Entity
 * @UnboundedVarchar
 * @Table(name = "acquisition")
 * public class Acquisition {
 *     @Id @Column(name = "uuid", nullable = false) String uuid;
 *
 *     @Column(name = "name", nullable = false) @ServerDefault("'Unknown'")
 *     String name = "Unknown";
 *
 *     @Enumerated(EnumType.STRING) @DbEnum(name = "acquisitionstatus")
 *     @Column(name = "status", columnDefinition = "acquisitionstatus") @ServerDefault("'PLANNED'")
 *     AcquisitionStatus status = AcquisitionStatus.PLANNED;
 * }
 * }</pre>
 */
package io.retort.entity;
